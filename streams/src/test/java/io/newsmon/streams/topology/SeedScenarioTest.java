package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.diplomatic;
import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scenario newsmon is built for: exports halving two years running raise drop alerts naming
 * both countries, the figures and the sentences; a burst of visits and agreements in one year after
 * years of none raises an activity spike.
 */
class SeedScenarioTest {

    @Test
    void exportsHalvingTwiceAndABurstOfDiplomacyRaiseDropsAndASpike() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2009", "520000000", "USD", "r1", "2026-11-02T08:00:00Z",
                    "Belgium's exports to Kazakhstan stood at $520 million in 2009."));
            t.send(trade("BEL", "KAZ", "2010", "514500000", "USD", "r2", "2026-11-03T08:00:00Z",
                    "Belgian exports to Kazakhstan reached $514.5 million in 2010."));
            t.send(trade("BEL", "KAZ", "2011", "257000000", "USD", "r3", "2026-11-10T08:00:00Z",
                    "Belgian exports to Kazakhstan halved to $257 million in 2011."));
            t.send(trade("BEL", "KAZ", "2012", "128000000", "USD", "r4", "2026-11-17T08:00:00Z",
                    "Belgian exports to Kazakhstan halved again, to $128 million, in 2012."));
            t.send(diplomatic(EventKind.VISIT, "KAZ", "BEL", "2012-02-10", "d1", "2026-11-18T08:00:00Z"));
            t.send(diplomatic(EventKind.AGREEMENT, "KAZ", "BEL", "2012-02-11", "d1", "2026-11-18T08:00:00Z"));
            t.send(diplomatic(EventKind.VISIT, "KAZ", "BEL", "2012-06-01", "d2", "2026-11-19T08:00:00Z"));
            t.send(diplomatic(EventKind.AGREEMENT, "KAZ", "BEL", "2012-06-02", "d2", "2026-11-19T08:00:00Z"));
            t.send(diplomatic(EventKind.VISIT, "KAZ", "BEL", "2012-11-20", "d3", "2026-11-20T08:00:00Z"));

            List<Alert> alerts = t.alerts.readValuesToList();
            List<Alert> drops = alerts.stream().filter(a -> a.type() == AlertType.DROP).toList();
            assertThat(drops).extracting(Alert::period).containsExactly("2011", "2012");
            assertThat(drops).allSatisfy(drop -> {
                assertThat(drop.actor1()).isEqualTo("BEL");
                assertThat(drop.actor2()).isEqualTo("KAZ");
                assertThat(drop.kind()).isEqualTo(EventKind.TRADE);
                assertThat(drop.reason()).contains("BEL→KAZ trade fell");
                assertThat(drop.evidence()).extracting(Alert.Quote::sentence).anyMatch(s -> s.contains("halved"));
                assertThat(drop.evidence()).allSatisfy(q -> assertThat(q.source().url()).startsWith("https://"));
            });
            assertThat(drops.get(1).observed()).isEqualByComparingTo("128000000");
            assertThat(drops.get(1).baseline()).isEqualByComparingTo("257000000");

            // KAZ→BEL has no records before 2012, but the country BEL (and KAZ) do: 2009–2011 had no diplomacy
            List<Alert> spikes = alerts.stream().filter(a -> a.type() == AlertType.SPIKE).toList();
            assertThat(spikes).isNotEmpty();
            assertThat(spikes).allSatisfy(s -> assertThat(s.period()).isEqualTo("2012"));
            assertThat(spikes).extracting(Alert::actor1).contains("BEL", "KAZ");
            // raised LOW when the 4th event crossed the threshold; the 5th made it MEDIUM: same id, new figures
            Alert first = spikes.stream().filter(s -> s.actor1().equals("BEL") && s.actor2() == null).findFirst().orElseThrow();
            assertThat(spikes).filteredOn(s -> s.id().equals(first.id()))
                    .extracting(s -> s.severity() + " " + s.evidence().size())
                    .containsExactly("LOW 4", "MEDIUM 5");
            assertThat(first.reason()).contains("4 diplomatic events").contains("0.0 a year in 2009–2011");
            assertThat(spikes.get(spikes.size() - 1).reason()).contains("5 diplomatic events");

            // a version follows only a higher severity: per id, severities strictly rise
            Map<String, List<Alert>> versions = alerts.stream().collect(java.util.stream.Collectors.groupingBy(Alert::id));
            versions.values().forEach(v -> assertThat(v).extracting(Alert::severity).isSorted().doesNotHaveDuplicates());
        }
    }
}
