package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.diplomatic;
import static io.newsmon.streams.topology.TopologyFixture.latest;
import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.AlertType;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void aWeeksReportsMakeOneDigestPerScopeWithCountsArticlesTopEventsAlertsAndFigures() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "514500000", "USD", "w47", "2026-11-20T08:00:00Z", "2010 exports"));
            t.send(trade("BEL", "KAZ", "2011", "250000000", "USD", "w48a", "2026-11-23T08:00:00Z", "2011 exports"));
            t.send(trade("BEL", "KAZ", "2011", "250000000", "USD", "w48b", "2026-11-29T20:00:00Z", "2011 exports again"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-24", "w48b", "2026-11-29T20:00:00Z"));

            Map<String, Digest> digests = latest(t.digests);
            assertThat(digests).containsKeys("BEL-KAZ|2026-W47", "BEL-KAZ|2026-W48", "BEL|2026-W48", "KAZ|2026-W48");
            Digest week = digests.get("BEL-KAZ|2026-W48");
            assertThat(week.scope()).isEqualTo(Scope.PAIR);
            assertThat(week.period()).isEqualTo("2026-W48");
            assertThat(week.from()).isEqualTo(LocalDate.parse("2026-11-23"));
            assertThat(week.to()).isEqualTo(LocalDate.parse("2026-11-29"));
            assertThat(week.articles()).isEqualTo(2);
            assertThat(week.counts()).isEqualTo(Map.of(EventKind.TRADE, 1L, EventKind.VISIT, 1L));
            assertThat(week.amounts().get(EventKind.TRADE)).containsExactly(Map.entry("USD", new BigDecimal("250000000")));
            assertThat(week.topEvents()).extracting(NewsEvent::kind).containsExactly(EventKind.TRADE, EventKind.VISIT);
            // the 2011 drop, and the pair's first visit in the records (which reach back to 2010)
            assertThat(week.alerts()).extracting(a -> a.type()).containsExactlyInAnyOrder(AlertType.DROP, AlertType.FIRST);
            Digest.Figure trade = week.figures().stream().filter(f -> f.name().equals("BEL→KAZ trade (USD)"))
                    .findFirst().orElseThrow();
            assertThat(trade.points()).extracting(Digest.Point::period).containsExactly("2010", "2011");
            assertThat(trade.points()).extracting(Digest.Point::value)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("514500000"), new BigDecimal("250000000"));

            assertThat(week.figures()).extracting(Digest.Figure::name)
                    .as("all in USD: no converted series").doesNotContain("BEL→KAZ trade (USD, converted)");

            // the pair's drop is listed in both countries' digests too
            assertThat(digests.get("KAZ|2026-W48").alerts()).extracting(a -> a.type()).contains(AlertType.DROP);
            assertThat(digests.get("BEL|2026-W48").scope()).isEqualTo(Scope.COUNTRY);
            assertThat(digests.get("BEL-KAZ|2026-W47").alerts()).isEmpty();
        }
    }

    @Test
    void sumsInSeveralCurrenciesAlsoChartInConvertedDollars() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2022", "500000000", "USD", "a1", "2026-11-24T08:00:00Z", "2022 in dollars"));
            t.send(trade("BEL", "KAZ", "2023", "462500000", "EUR", "a2", "2026-11-24T09:00:00Z", "2023 in euros"));
            t.send(trade("BEL", "KAZ", "2023", "100000000", "USD", "a3", "2026-11-24T10:00:00Z", "2023 in dollars"));
            t.send(trade("BEL", "KAZ", "2024", "100000000", "XAF", "a4", "2026-11-24T11:00:00Z", "2024 in CFA francs"));

            Digest week = latest(t.digests).get("BEL-KAZ|2026-W48");
            assertThat(week.figures()).extracting(Digest.Figure::name).contains(
                    "BEL→KAZ trade (USD)", "BEL→KAZ trade (EUR)", "BEL→KAZ trade (XAF)", "BEL→KAZ trade (USD, converted)");
            Digest.Figure converted = week.figures().stream()
                    .filter(f -> f.name().equals("BEL→KAZ trade (USD, converted)")).findFirst().orElseThrow();
            assertThat(converted.unit()).isEqualTo("USD");
            // 2023: 462.5M EUR / 0.925 + 100M USD; 2024 has no XAF rate, so it is left out, not shown short
            assertThat(converted.points()).extracting(Digest.Point::period).containsExactly("2022", "2023");
            assertThat(converted.points()).extracting(Digest.Point::value).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("500000000"), new BigDecimal("600000000"));
        }
    }

    @Test
    void dailyDigestsAreLabelledByDay() {
        try (TopologyFixture t = new TopologyFixture(Map.of(NewsmonConfig.DIGEST_PERIOD, "DAY"))) {
            t.send(diplomatic(EventKind.MEETING, "BEL", "KAZ", "2026-11-24", "a1", "2026-11-24T08:00:00Z"));
            Map<String, Digest> digests = latest(t.digests);
            assertThat(digests).containsKey("BEL-KAZ|2026-11-24");
            assertThat(digests.get("BEL-KAZ|2026-11-24").from()).isEqualTo(LocalDate.parse("2026-11-24"));
        }
    }

    @Test
    void aRepeatedReportOfTheSameArticleAndFactLeavesTheDigestAsItWas() {
        try (TopologyFixture t = new TopologyFixture()) {
            NewsEvent visit = diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-24", "a1", "2026-11-24T08:00:00Z");
            t.send(visit);
            t.digests.readValuesToList();
            t.send(visit);
            assertThat(t.digests.readValuesToList()).isEmpty();
        }
    }
}
