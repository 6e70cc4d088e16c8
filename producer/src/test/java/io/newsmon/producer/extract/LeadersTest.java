package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadersTest {

    private static final CountryRecognizer RECOGNIZER = new CountryRecognizer();

    private static List<String> inOffice(String text, int year) {
        CountryRecognizer.Found found = RECOGNIZER.findAll(text, StoryLayout.of(text));
        return Leaders.bundled().inOffice(found.leaders(), year, text, found.countries()).stream()
                .map(m -> m.surface() + "=" + m.iso3()).toList();
    }

    @Test
    void aNameStandsForItsStateOnlyInItsYearsInOffice() {
        assertThat(inOffice("Reagan met Nakasone at the White House.", 1987)).containsExactly("Reagan=USA", "Nakasone=JPN");
        assertThat(inOffice("Reagan met Nakasone at the White House.", 2026)).isEmpty();
        // one name, two terms: Chirac was prime minister, later president
        assertThat(inOffice("Chirac arrived in Bonn.", 1987)).containsExactly("Chirac=FRA");
        assertThat(inOffice("Chirac arrived in Bonn.", 1990)).isEmpty();
        assertThat(inOffice("Chirac arrived in Bonn.", 2000)).containsExactly("Chirac=FRA");
    }

    @Test
    void notASpeakerNorANameItsCountryAlreadyIntroduces() {
        assertThat(inOffice("Putin said exports to China would rise.", 2026)).isEmpty();
        assertThat(inOffice("Russian President Vladimir Putin met Modi.", 2026)).containsExactly("Modi=IND");
    }

    @Test
    void theCountryRecognizerReportsNoLeaderAsACountry() {
        assertThat(RECOGNIZER.find("Modi met Putin in Moscow.")).extracting(CountryMention::iso3).containsExactly("RUS");
        assertThat(RECOGNIZER.countriesNamed("Erdogan hosted Zelensky.")).isEmpty();
    }

    @Test
    void leadersAreSidesOfEvents() {
        EventExtractor extractor = new EventExtractor();
        List<NewsEvent> met = extractor.extract(new Article("a", null, null, "Modi met Putin in Kazan on 22 October.",
                Instant.parse("2026-11-20T09:00:00Z"), "text", null));
        assertThat(met).filteredOn(e -> e.kind() == EventKind.MEETING).extracting(e -> e.pair() + " " + e.date().iso())
                .containsExactly("IND-RUS 2026-10-22");
        List<NewsEvent> hosted = extractor.extract(new Article("b", null, null, "Erdogan hosted Zelensky in Istanbul on Friday.",
                Instant.parse("2026-11-20T09:00:00Z"), "text", null));
        assertThat(hosted).filteredOn(e -> e.kind() == EventKind.VISIT).extracting(NewsEvent::pair).containsExactly("UKR-TUR");
    }

    @Test
    void badLinesAreRejected() {
        assertThatThrownBy(() -> Leaders.parse(List.of("USA\t1981\t1989")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> Leaders.parse(List.of("USA\t1981\t1989\tde Gaulle")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capital");
    }
}
