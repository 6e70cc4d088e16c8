package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void abbreviationsInitialsAndDecimalsDoNotSplit() {
        String text = "Mr. Smith met U.S. officials on Jan. 5 to discuss a 2.5 pct rise. J. Doe agreed. The talks ended!";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Mr. Smith met U.S. officials on Jan. 5 to discuss a 2.5 pct rise.", "J. Doe agreed.", "The talks ended!");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one. Second one.";
        for (Sentence s : SentenceSplitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void dottedAcronymEndsASentenceOnlyBeforeAnOpener() {
        assertThat(SentenceSplitter.split("Exports went to the U.S. The deficit grew.")).hasSize(2);
        // Reuters-21578 often capitalises after "U.S." mid-sentence: "exports to the U.S. In 1986 rose"
        assertThat(SentenceSplitter.split("Chinese exports to the U.S. In 1986 rose 65 pct.")).hasSize(1);
    }

    @Test
    void reutersParagraphsBreak() {
        assertThat(SentenceSplitter.split("first paragraph without stop\n    Second paragraph.")).hasSize(2);
    }
}
