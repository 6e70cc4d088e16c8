package io.newsmon.streams;

import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed mix of events on both event topics that raises every alert type: per pair a trade drop
 * in one currency, a drop across currencies (USD then EUR), a burst of visits after a quiet year
 * (spike and firsts), and a fact reported by two articles.
 */
final class ScenarioEvents {
    static final List<String[]> PAIRS = List.of(new String[] {"BEL", "KAZ"}, new String[] {"FRA", "DEU"},
            new String[] {"USA", "CHN"}, new String[] {"JPN", "KOR"}, new String[] {"ITA", "ESP"}, new String[] {"GBR", "IRL"});

    private ScenarioEvents() {
    }

    static List<NewsEvent> all() {
        List<NewsEvent> events = new ArrayList<>();
        int article = 0;
        for (String[] p : PAIRS) {
            String a = p[0];
            String b = p[1];
            events.add(event(EventKind.TRADE, a, b, "2010", Amount.of("500000000", "USD"), "art-" + article++, 0));
            events.add(event(EventKind.TRADE, a, b, "2011", Amount.of("200000000", "USD"), "art-" + article++, 1));
            events.add(event(EventKind.TRADE, a, b, "2011", Amount.of("200000000", "USD"), "art-" + article++, 2)); // again
            events.add(event(EventKind.TRADE, a, b, "2022", Amount.of("500000000", "USD"), "art-" + article++, 3));
            events.add(event(EventKind.TRADE, a, b, "2023", Amount.of("277500000", "EUR"), "art-" + article++, 4));
            events.add(event(EventKind.MEETING, a, b, "2014-05-02", null, "art-" + article++, 5));
            for (int day = 1; day <= 5; day++) {
                events.add(event(EventKind.VISIT, a, b, "2015-03-0" + day, null, "art-" + article++, 5 + day));
            }
            events.add(event(EventKind.AGREEMENT, b, a, "2015-06-01", null, "art-" + article++, 11));
        }
        return events;
    }


    private static NewsEvent event(EventKind kind, String a1, String a2, String date, Amount amount, String articleId,
                                   int hour) {
        EventDate when = EventDate.parse(date);
        String sentence = a1 + " " + kind.name().toLowerCase() + " " + a2 + " " + date
                + (amount == null ? "" : " " + amount.value() + " " + amount.currency()) + ".";
        return new NewsEvent(NewsEvent.factId(kind, a1, a2, when, amount, Modality.FACT), kind, null, Modality.FACT,
                a1, a2, when, amount, null, new Evidence(sentence, 0, sentence.length()),
                new SourceRef(articleId, null, null, Instant.parse("2026-11-24T00:00:00Z").plusSeconds(3600L * hour)),
                "newsmon");
    }
}
