package io.newsmon.consumer;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.Amount;
import io.newsmon.model.Digest;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.Scope;
import io.newsmon.model.Severity;
import io.newsmon.model.SourceRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Invented test records (no third-party text). */
public final class Samples {
    private Samples() {
    }

    public static Alert alert(String id, String actor1, String actor2, Severity severity, String sentence, String url) {
        return new Alert(id, AlertType.DROP, severity, actor1, actor2, EventKind.TRADE, "2026-W47", "previous 4 weeks",
                new BigDecimal("120000000"), new BigDecimal("250000000"), "USD",
                "period-over-period change -52.0% (threshold 30%)",
                "Trade from " + actor1 + " fell by half against the previous four weeks.",
                List.of(new Alert.Quote(sentence, new SourceRef("a-" + id, url, "Example Wire", Instant.parse("2026-11-20T10:00:00Z")))),
                Instant.parse("2026-11-20T10:00:00Z"));
    }

    public static Alert alert(String id) {
        return alert(id, "BEL", "KAZ", Severity.HIGH, "Exports fell to $120 million this week.", "https://news.example.org/a/" + id);
    }

    public static NewsEvent event(String sentence, String url) {
        EventDate date = EventDate.parse("2026-11-18");
        Amount amount = Amount.of("514500000", "USD");
        return new NewsEvent(NewsEvent.factId(EventKind.TRADE, "BEL", "KAZ", date, amount, null), EventKind.TRADE,
                null, null, "BEL", "KAZ", date, amount, null, new Evidence(sentence, 0, sentence.length()),
                new SourceRef("art-1", url, "Example <b>Wire</b>", Instant.parse("2026-11-19T08:00:00Z")), "newsmon");
    }

    public static Digest digest(String country, String partner, String period, String sentence, String url, long articles) {
        String scope = partner == null ? country : country + "-" + partner;
        return new Digest(scope + "|" + period, partner == null ? Scope.COUNTRY : Scope.PAIR, country, partner, period,
                LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-22"),
                Map.of(EventKind.TRADE, 4L, EventKind.VISIT, 1L),
                Map.of(EventKind.TRADE, Map.of("USD", new BigDecimal("514500000"))),
                List.of(new Digest.Figure("BEL\u2192KAZ exports", "USD", List.of(
                        new Digest.Point("2023", new BigDecimal("300000000")),
                        new Digest.Point("2024", new BigDecimal("410000000")),
                        new Digest.Point("2025", new BigDecimal("514500000"))))),
                List.of(event(sentence, url)),
                List.of(alert("al-" + scope + "-" + period)),
                articles);
    }
}
