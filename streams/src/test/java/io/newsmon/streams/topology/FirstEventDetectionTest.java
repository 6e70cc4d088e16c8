package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.diplomatic;
import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstEventDetectionTest {
    private static final String PUB = "2026-11-24T08:00:00Z";

    private static List<Alert> firsts(TopologyFixture t) {
        return t.alerts.readValuesToList().stream().filter(a -> a.type() == AlertType.FIRST).toList();
    }

    @Test
    void aFirstVisitAfterYearsOfOtherRecordsIsAFirst() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2009", "100000000", "USD", "a1", PUB, "trade 2009"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-05", "a2", PUB));

            List<Alert> firsts = firsts(t);
            assertThat(firsts).hasSize(1);
            assertThat(firsts.get(0).kind()).isEqualTo(EventKind.VISIT);
            assertThat(firsts.get(0).period()).isEqualTo("2012");
            assertThat(firsts.get(0).basePeriod()).isEqualTo("2009/2011");
            assertThat(firsts.get(0).reason()).contains("first visit");
            assertThat(firsts.get(0).evidence()).hasSize(1);
        }
    }

    @Test
    void aVisitWithinTheWindowOfAnEarlierOneIsNotAFirst() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(trade("BEL", "KAZ", "2009", "100000000", "USD", "a1", PUB, "trade 2009"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2010-05", "a2", PUB));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-05", "a3", PUB));
            assertThat(firsts(t)).extracting(Alert::period).containsExactly("2010");
        }
    }

    @Test
    void aVisitOutsideTheWindowIsAFirstAgain() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2003-05", "a1", PUB));
            t.send(trade("BEL", "KAZ", "2009", "100000000", "USD", "a2", PUB, "trade 2009"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-05", "a3", PUB)); // none in 2007–2011
            // the 2009 trade is itself a first (records reach back to 2003)
            assertThat(firsts(t)).extracting(a -> a.kind() + " " + a.period()).containsExactly("TRADE 2009", "VISIT 2012");
        }
    }

    @Test
    void withoutAnyEarlierRecordNothingIsCalledFirst() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-05", "a1", PUB));
            assertThat(firsts(t)).isEmpty();
        }
    }

    @Test
    void anEarlierRecordArrivingLateMakesALaterVisitAFirst() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2012-05", "a1", PUB));
            assertThat(firsts(t)).isEmpty();
            t.send(trade("BEL", "KAZ", "2010", "100000000", "USD", "a2", PUB, "trade 2010"));
            assertThat(firsts(t)).extracting(a -> a.kind() + " " + a.period()).containsExactly("VISIT 2012");
        }
    }
}
