package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.diplomatic;
import static io.newsmon.streams.topology.TopologyFixture.event;
import static io.newsmon.streams.topology.TopologyFixture.latest;
import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Amount;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.Scope;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatesTest {

    @Test
    void sameFactFromTwoArticlesCountsOnceButBothReportsCount() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "514500000", "USD", "a1", "2026-11-23T08:00:00Z",
                    "Belgian exports to Kazakhstan reached $514.5 million in 2010."));
            t.send(trade("BEL", "KAZ", "2010", "514500000", "USD", "a2", "2026-11-24T08:00:00Z",
                    "Exports from Belgium to Kazakhstan were $514.5 million in 2010."));

            Aggregate pair = latest(t.pairAggregates).get("BEL-KAZ|2010");
            assertThat(pair.scope()).isEqualTo(Scope.PAIR);
            assertThat(pair.counts()).containsExactly(Map.entry(EventKind.TRADE, 1L));
            assertThat(pair.amounts().get(EventKind.TRADE)).containsExactly(Map.entry("USD", new BigDecimal("514500000")));
            assertThat(pair.reports()).isEqualTo(2);
            assertThat(pair.goldsteinSum()).isEqualTo(6.4);
        }
    }

    @Test
    void bothCountriesGetACountryAggregate() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2011-05-12", "a1", "2026-11-24T08:00:00Z"));

            Map<String, Aggregate> countries = latest(t.countryAggregates);
            assertThat(countries).containsKeys("BEL|2011", "KAZ|2011", "BEL|2011-Q2", "KAZ|2011-05");
            assertThat(countries.get("KAZ|2011").counts()).containsExactly(Map.entry(EventKind.VISIT, 1L));
            assertThat(countries.get("KAZ|2011").partner()).isNull();
            assertThat(latest(t.pairAggregates)).containsOnlyKeys("BEL-KAZ|2011", "BEL-KAZ|2011-Q2", "BEL-KAZ|2011-05");
        }
    }

    @Test
    void aYearOnlyDateFillsOnlyTheYearAndARangeAcrossYearsAddsNoAmount() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2010", "1000000", "USD", "a1", "2026-11-24T08:00:00Z", "s1"));
            t.send(event(EventKind.INVESTMENT, "BEL", "KAZ", "2005/2010", Amount.of("2000000000", "USD"),
                    "a2", "2026-11-24T08:00:00Z", "Belgium invested $2 billion in 2005-2010."));

            Map<String, Aggregate> pairs = latest(t.pairAggregates);
            assertThat(pairs).containsOnlyKeys("BEL-KAZ|2010");
            Aggregate pair = pairs.get("BEL-KAZ|2010");
            assertThat(pair.counts()).containsEntry(EventKind.INVESTMENT, 1L);
            assertThat(pair.amounts()).doesNotContainKey(EventKind.INVESTMENT);
        }
    }

    @Test
    void anIntentionIsReportedButNotCounted() {
        try (TopologyFixture t = new TopologyFixture()) {
            NewsEvent fact = diplomatic(EventKind.VISIT, "BEL", "KAZ", "2011", "a1", "2026-11-24T08:00:00Z");
            NewsEvent planned = new NewsEvent(NewsEvent.factId(EventKind.VISIT, "BEL", "KAZ", fact.date(), null, Modality.INTENT),
                    EventKind.VISIT, null, Modality.INTENT, "BEL", "KAZ", fact.date(), null, null, null, fact.source(), "newsmon");
            t.send(fact);
            t.send(planned);

            Aggregate pair = latest(t.pairAggregates).get("BEL-KAZ|2011");
            assertThat(pair.counts()).containsExactly(Map.entry(EventKind.VISIT, 1L));
            assertThat(pair.reports()).isEqualTo(2);
            assertThat(pair.lastEventId()).isEqualTo(planned.id());
        }
    }
}
