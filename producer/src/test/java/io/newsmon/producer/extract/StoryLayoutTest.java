package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryLayoutTest {

    @Test
    void headlineDatelineAndLead() {
        String text = "U.S. SAYS JAPAN MUST ACT\nSAN JOSE, Calif., Feb 26 - The U.S. Commerce Dept. said Japan must act. "
                + "It gave no date.";
        StoryLayout layout = StoryLayout.of(text);

        assertThat(text.substring(0, layout.headlineEnd())).isEqualTo("U.S. SAYS JAPAN MUST ACT");
        assertThat(text.substring(layout.datelineStart(), layout.datelineEnd())).isEqualTo("SAN JOSE, Calif., Feb 26 - ");
        assertThat(text.substring(layout.datelineStart(), layout.placeEnd())).isEqualTo("SAN JOSE");
        assertThat(text.substring(layout.regionStart(), layout.regionEnd())).isEqualTo("Calif.");
        // "U.S." and "Dept." do not end the lead.
        assertThat(text.substring(layout.datelineEnd(), layout.leadEnd()))
                .isEqualTo("The U.S. Commerce Dept. said Japan must act.");
    }

    @Test
    void datelineForms() {
        assertThat(dateline("NEW YORK, March 3 - Acme said.")).isEqualTo("NEW YORK, March 3 - ");
        assertThat(dateline("LONDON (Reuters) - Oil rose.")).isEqualTo("LONDON (Reuters) - ");
        assertThat(dateline("Rio de Janeiro, Feb 26 - Oil rose.")).isEqualTo("Rio de Janeiro, Feb 26 - ");
        assertThat(dateline("TOKYO - Oil rose.")).isEqualTo("TOKYO - ");
        // a dash right after the place: the place's last word gives it back
        assertThat(dateline("LONDON-- Britain and France signed a treaty.")).isEqualTo("LONDON-- ");
        assertThat(dateline("ASTANA- Kazakhstan signed.")).isEqualTo("ASTANA- ");
        assertThat(dateline("WASHINGTON (AP) \u2014 Congress met.")).isEqualTo("WASHINGTON (AP) \u2014 ");
        assertThat(dateline("NEW YORK, March 3, 1987 (Reuters) - Stocks fell.")).isEqualTo("NEW YORK, March 3, 1987 (Reuters) - ");
        assertThat(StoryLayout.of("LONDON, Ontario, March 2 - x").regionEnd())
                .isEqualTo("LONDON, Ontario".length());
    }

    @Test
    void noDatelineWhereNoneIsWritten() {
        StoryLayout layout = StoryLayout.of("Acme Corp said - in a statement - that it would grow.");
        assertThat(layout.hasDateline()).isFalse();
        assertThat(layout.headlineEnd()).isZero();
        assertThat(layout.leadEnd()).isEqualTo("Acme Corp said - in a statement - that it would grow.".length());
    }

    @Test
    void aLongFirstLineIsNoHeadline() {
        String paragraph = "Belgium said on Monday that it would raise its contribution to the fund. It gave no figure.\n"
                + "A second paragraph.";
        StoryLayout layout = StoryLayout.of(paragraph);
        assertThat(layout.headlineEnd()).isZero();
        assertThat(layout.leadEnd()).isEqualTo(paragraph.indexOf(" It gave"));
    }

    @Test
    void partsMustBeInOrder() {
        assertThatThrownBy(() -> new StoryLayout(5, 2, 2, 2, 2, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String dateline(String text) {
        StoryLayout layout = StoryLayout.of(text);
        assertThat(layout.hasDateline()).isTrue();
        return text.substring(layout.datelineStart(), layout.datelineEnd());
    }
}
