package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<NewsEvent> extract(String text, String published) {
        return EXTRACTOR.extract(new Article("a1", "https://example.org/a1", "t", text,
                published == null ? null : Instant.parse(published), "text", null));
    }

    private static NewsEvent only(List<NewsEvent> events, EventKind kind) {
        List<NewsEvent> ofKind = events.stream().filter(e -> e.kind() == kind).toList();
        assertThat(ofKind).as("events of kind %s in %s", kind, events).hasSize(1);
        return ofKind.get(0);
    }

    @Test
    void tradeFigureWithDirectionAmountYearAndChange() {
        String text = "Belgian exports to Kazakhstan reached $514.5 million in 2010, up 12% on 2009.";
        NewsEvent e = only(extract(text, "2011-03-01T10:00:00Z"), EventKind.TRADE);
        assertThat(e.pair()).isEqualTo("BEL-KAZ");
        assertThat(e.amount().value()).isEqualByComparingTo("514500000");
        assertThat(e.amount().currency()).isEqualTo("USD");
        assertThat(e.date().iso()).isEqualTo("2010");
        assertThat(e.change().percent()).isEqualByComparingTo("12");
        assertThat(e.change().base().iso()).isEqualTo("2009");
        assertThat(e.cameo()).isEqualTo("061");
        assertThat(e.modality()).isEqualTo(Modality.FACT);
        assertThat(e.evidence().sentence()).isEqualTo(text);
        assertThat(e.evidence().start()).isZero();
        assertThat(e.evidence().end()).isEqualTo(text.length());
        assertThat(e.origin()).isEqualTo("newsmon");
        assertThat(e.source().articleId()).isEqualTo("a1");
    }

    @Test
    void importsFromReadAsTheExporterFirst() {
        NewsEvent e = only(extract("Kazakhstan's imports from Belgium fell to EUR 240 million last year.",
                "2024-02-10T00:00:00Z"), EventKind.TRADE);
        assertThat(e.pair()).isEqualTo("BEL-KAZ");
        assertThat(e.date().iso()).isEqualTo("2023");
        assertThat(e.amount().currency()).isEqualTo("EUR");
        assertThat(e.amount().value()).isEqualByComparingTo("240000000");
    }

    @Test
    void stateVisitWithExplicitDayAndFollowingAgreementFromContext() {
        String text = "Kazakh President Kassym-Jomart Tokayev paid a state visit to Belgium on 5 October 2010. "
                + "The two countries signed a memorandum on investment cooperation.";
        List<NewsEvent> events = extract(text, "2010-10-06T08:00:00Z");
        NewsEvent visit = only(events, EventKind.VISIT);
        assertThat(visit.pair()).isEqualTo("KAZ-BEL");
        assertThat(visit.date().iso()).isEqualTo("2010-10-05");
        assertThat(visit.cameo()).isEqualTo("042");
        NewsEvent agreement = only(events, EventKind.AGREEMENT);
        assertThat(agreement.pair()).isEqualTo("KAZ-BEL");
        assertThat(agreement.date().iso()).isEqualTo("2010-10-05");
        assertThat(agreement.evidence().start()).isEqualTo(text.indexOf("The two countries"));
    }

    @Test
    void intentionIsMarked() {
        NewsEvent e = only(extract("Japanese Prime Minister is scheduled to visit Kazakhstan next month.",
                "2026-11-20T00:00:00Z"), EventKind.VISIT);
        assertThat(e.pair()).isEqualTo("JPN-KAZ");
        assertThat(e.modality()).isEqualTo(Modality.INTENT);
        assertThat(e.date().iso()).isEqualTo("2026-12");
    }

    @Test
    void repeatedFactMergesIntoOneEvent() {
        String text = "Belgian exports to Kazakhstan reached $514.5 million in 2010. "
                + "Officials said Belgian exports to Kazakhstan reached $514.5 million in 2010, a record.";
        List<NewsEvent> events = extract(text, "2011-01-01T00:00:00Z");
        assertThat(events.stream().filter(e -> e.kind() == EventKind.TRADE)).hasSize(1);
    }

    @Test
    void sameFactFromTwoArticlesHasTheSameId() {
        NewsEvent a = only(extract("Belgian exports to Kazakhstan reached $514.5 million in 2010.", "2011-01-01T00:00:00Z"),
                EventKind.TRADE);
        NewsEvent b = only(extract("In 2010, exports from Belgium to Kazakhstan reached US$514.5 million.", "2012-05-01T00:00:00Z"),
                EventKind.TRADE);
        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void reutersTradeSentenceWithDlrsAndTwoFigures() {
        // Reuters-21578, Distribution 1.0 (style of reut2-000.sgm trade stories)
        String text = "Japan's exports to the U.S. rose to 5.6 billion dlrs in January from 4.9 billion a year earlier.";
        List<NewsEvent> events = extract(text, "1987-02-20T00:00:00Z");
        assertThat(events).extracting(NewsEvent::pair).containsOnly("JPN-USA");
        assertThat(events).extracting(e -> e.date().iso()).containsExactly("1987-01", "1986-01");
        assertThat(events).extracting(e -> e.amount().value())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5600000000"), new BigDecimal("4900000000"));
    }

    @Test
    void noPublicationDateAndNoYearSkipsTheEvent() {
        assertThat(extract("Belgian exports to Kazakhstan rose sharply.", null)).isEmpty();
    }

    @Test
    void sanctionTargetIsActor2() {
        NewsEvent e = only(extract("The United States imposed sanctions on Iran on Monday.", "2026-11-18T12:00:00Z"),
                EventKind.SANCTION);
        assertThat(e.pair()).isEqualTo("USA-IRN");
        assertThat(e.date().iso()).isEqualTo("2026-11-16");
    }
}
