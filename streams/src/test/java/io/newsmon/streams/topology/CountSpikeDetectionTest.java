package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.diplomatic;
import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountSpikeDetectionTest {
    private static final String PUB = "2026-11-24T08:00:00Z";

    /** Trade reports 2008–2011 give the pair a history with no diplomatic events in it. */
    private static void history(TopologyFixture t) {
        for (int year = 2008; year <= 2011; year++) {
            t.send(trade("BEL", "KAZ", Integer.toString(year), "100000000", "USD", "h" + year, PUB, "trade " + year));
        }
    }

    private static List<Alert> spikes(TopologyFixture t) {
        return t.alerts.readValuesToList().stream().filter(a -> a.type() == AlertType.SPIKE).toList();
    }

    @Test
    void fourDiplomaticEventsAfterYearsOfNoneAreASpikeForThePairAndBothCountries() {
        try (TopologyFixture t = new TopologyFixture()) {
            history(t);
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-03", "v1", PUB));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-09", "v2", PUB));
            t.send(diplomatic(EventKind.AGREEMENT, "BEL", "KAZ", "2012-03", "g1", PUB));
            t.send(diplomatic(EventKind.AGREEMENT, "BEL", "KAZ", "2012-10", "g2", PUB));

            List<Alert> spikes = spikes(t);
            assertThat(spikes).extracting(a -> a.actor1() + "-" + a.actor2())
                    .containsExactlyInAnyOrder("BEL-KAZ", "BEL-null", "KAZ-null");
            Alert pair = spikes.stream().filter(a -> "KAZ".equals(a.actor2())).findFirst().orElseThrow();
            assertThat(pair.period()).isEqualTo("2012");
            assertThat(pair.basePeriod()).isEqualTo("2008/2011");
            assertThat(pair.observed()).isEqualByComparingTo("4");
            assertThat(pair.baseline()).isEqualByComparingTo("0");
            assertThat(pair.unit()).isEqualTo("events");
            assertThat(pair.test()).contains("P(X ≥ 4 | λ = 0.50)").contains("< 0.01");
            assertThat(pair.reason()).contains("4 diplomatic events").contains("2012");
            assertThat(pair.evidence()).hasSize(4);
        }
    }

    @Test
    void threeEventsAfterYearsOfNoneAreNotSignificantAtOnePercent() {
        try (TopologyFixture t = new TopologyFixture()) {
            history(t);
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-03", "v1", PUB));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-09", "v2", PUB));
            t.send(diplomatic(EventKind.AGREEMENT, "BEL", "KAZ", "2012-03", "g1", PUB));
            // P(X >= 3 | 0.5) = 0.0144: above 0.01
            assertThat(spikes(t)).isEmpty();
        }
    }

    @Test
    void aBusyYearWithoutAnyEarlierRecordIsNotJudged() {
        try (TopologyFixture t = new TopologyFixture()) {
            for (int i = 1; i <= 6; i++) {
                t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-0" + i, "v" + i, PUB));
            }
            assertThat(spikes(t)).isEmpty();
        }
    }

    @Test
    void aBusyYearAgainstABusyBaselineIsNoSpike() {
        try (TopologyFixture t = new TopologyFixture()) {
            for (int year = 2009; year <= 2012; year++) {
                for (int m = 1; m <= 4; m++) {
                    t.send(diplomatic(EventKind.MEETING, "BEL", "KAZ", year + "-0" + m, "m" + year + m, PUB));
                }
            }
            assertThat(spikes(t)).isEmpty();
        }
    }

    @Test
    void anEarlierRecordArrivingLateGivesABurstItsBaseline() {
        try (TopologyFixture t = new TopologyFixture()) {
            for (int i = 1; i <= 4; i++) {
                t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-0" + i, "v" + i, PUB));
            }
            assertThat(spikes(t)).isEmpty();

            // an article about 2010 trade: the pair's records now reach back two years before 2012
            t.send(trade("BEL", "KAZ", "2010", "100000000", "USD", "late", PUB, "trade 2010"));
            List<Alert> spikes = spikes(t);
            assertThat(spikes).extracting(a -> a.actor1() + "-" + a.actor2() + " " + a.period() + " " + a.basePeriod())
                    .containsExactlyInAnyOrder("BEL-KAZ 2012 2010/2011", "BEL-null 2012 2010/2011", "KAZ-null 2012 2010/2011");
        }
    }

    @Test
    void aLaterFactThatRaisesTheSeverityReEmitsTheSameIdWithTheNewFigures() {
        try (TopologyFixture t = new TopologyFixture()) {
            history(t);
            for (int day = 1; day <= 7; day++) {
                t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-03-0" + day, "v" + day,
                        "2026-11-2" + day + "T08:00:00Z"));
            }
            List<Alert> pair = spikes(t).stream().filter(a -> "KAZ".equals(a.actor2())).toList();
            // 4 visits: p = 0.0018 (LOW); 5: 1.7e-4 (MEDIUM); 6: 1.4e-5 (HIGH); the 7th raises nothing higher
            assertThat(pair).extracting(Alert::id).containsOnly(pair.get(0).id());
            assertThat(pair).extracting(a -> a.severity() + " " + a.observed().intValue())
                    .containsExactly("LOW 4", "MEDIUM 5", "HIGH 6");
            assertThat(pair).extracting(Alert::raisedAt).as("still the change first raised on the 24th")
                    .containsOnly(java.time.Instant.parse("2026-11-24T08:00:00Z"));
            assertThat(pair.get(2).evidence()).hasSize(5);

            // the digest of the week it was raised in lists the latest version, once
            io.newsmon.model.Digest week = TopologyFixture.latest(t.digests).get("BEL-KAZ|2026-W48");
            assertThat(week.alerts()).filteredOn(a -> a.id().equals(pair.get(0).id()))
                    .extracting(Alert::severity).containsExactly(io.newsmon.model.Severity.HIGH);
        }
    }
}
