package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReutersCorpusTest {

    static final Path DIR = Path.of("../../shared/data/reuters21578");

    @BeforeAll
    static void needsCollection() {
        assumeTrue(ReutersCorpus.isPresent(DIR),
                "Reuters-21578 is not at " + DIR.toAbsolutePath().normalize() + ": skipping tests on the real files");
    }

    @Test
    void readsEveryStoryOfAFile() {
        List<ReutersStory> first = ReutersCorpus.read(DIR.resolve("reut2-000.sgm"));
        List<ReutersStory> last = ReutersCorpus.read(DIR.resolve("reut2-021.sgm"));

        assertThat(first).hasSize(1000);
        assertThat(first.stream().filter(ReutersStory::hasBody)).hasSize(925);
        assertThat(last).hasSize(578);
        assertThat(last.get(last.size() - 1).newId()).isEqualTo(21578);
    }

    @Test
    void readsAKnownStory() {
        ReutersStory story = ReutersCorpus.read(DIR.resolve("reut2-000.sgm")).get(0);

        assertThat(story.newId()).isEqualTo(1);
        assertThat(story.id()).isEqualTo("reuters-1");
        assertThat(story.title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(story.lewisSplit()).isEqualTo("TRAIN");
        assertThat(story.date()).isEqualTo(Instant.parse("1987-02-26T15:01:01Z"));
        assertThat(story.places()).containsExactly("el-salvador", "usa", "uruguay");
        assertThat(story.topics()).containsExactly("cocoa");
        assertThat(story.body()).startsWith("Showers continued throughout the week in the Bahia cocoa zone,")
                .doesNotEndWith("Reuter")
                .doesNotContain("\u0003");
        assertThat(story.dateline()).isEqualTo("SALVADOR, Feb 26 -");
        assertThat(story.fullText()).startsWith("BAHIA COCOA REVIEW\nSALVADOR, Feb 26 - Showers continued");
        assertThat(story.toArticle().extra()).containsEntry("dateline", "SALVADOR, Feb 26 -");
    }

    @Test
    void aStoryWithoutDatelineReadsAsTitleAndBody() {
        ReutersStory story = new ReutersStory(9, "x.sgm", "TEST", null, "TITLE", "", "Body.", List.of(), List.of());

        assertThat(story.fullText()).isEqualTo("TITLE\nBody.");
        assertThat(story.toArticle().extra()).doesNotContainKey("dateline");
    }

    @Test
    void decodesEntitiesInTitlesAndBodies() {
        ReutersStory story = ReutersCorpus.read(DIR.resolve("reut2-000.sgm")).get(1);

        assertThat(story.title()).isEqualTo("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT");
        assertThat(story.body()).contains("Plc <BP>, which also owns").doesNotContain("&lt;");
    }

    @Test
    void theWholeCollectionHasItsDocumentedSize() {
        List<ReutersStory> all = new ReutersCorpus(DIR).stories();

        assertThat(all).hasSize(21578);
        assertThat(all.stream().filter(s -> s.lewisSplit().equals("TEST"))).hasSize(6188);
        assertThat(all.stream().filter(s -> s.lewisSplit().equals("TEST") && s.hasBody() && !s.places().isEmpty()))
                .hasSize(5385);
    }

    @Test
    void decodesNumericEntities() {
        assertThat(ReutersCorpus.decodeEntities("a &lt;b&gt; &amp; &#65;")).isEqualTo("a <b> & A");
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() {
        String sgml = """
                <REUTERS TOPICS="YES" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
                <DATE> 8-APR-1987 01:02:03.00</DATE><TOPICS><D>trade</D></TOPICS><PLACES><D>usa</D><D>japan</D></PLACES>
                <TEXT>&#2;<TITLE>U.S. &amp; JAPAN</TITLE><BODY>Japan said its exports
                to the U.S. rose.
                    A second paragraph
                follows.
                 Reuter
                &#3;</BODY></TEXT></REUTERS>""";

        ReutersStory story = ReutersCorpus.parse(sgml, "test.sgm").get(0);

        assertThat(story.body()).isEqualTo("Japan said its exports to the U.S. rose.\nA second paragraph follows.");
        assertThat(story.title()).isEqualTo("U.S. & JAPAN");
        assertThat(story.date()).isEqualTo(Instant.parse("1987-04-08T01:02:03Z"));
        assertThat(story.toArticle().id()).isEqualTo("reuters-7");
        assertThat(story.toArticle().published()).isEqualTo(story.date());
    }

    @Test
    void saysClearlyWhenTheCollectionIsMissing() {
        assertThatThrownBy(() -> new ReutersCorpus(Path.of("no/such/dir")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Reuters-21578 not found");
    }
}
