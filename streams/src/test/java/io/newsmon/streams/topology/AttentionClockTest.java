package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.diplomatic;
import static io.newsmon.streams.topology.TopologyFixture.latest;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.EventKind;
import io.newsmon.model.Scope;
import io.newsmon.model.Attention;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttentionClockTest {

    @Test
    void rollingCountsByPublicationTimeCountEachArticleOnce() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-10-01", "old", "2026-10-20T10:00:00Z"));   // 35 days before: gone
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-01", "m1", "2026-11-01T10:00:00Z"));    // within 30 d
            t.send(diplomatic(EventKind.MEETING, "BEL", "KAZ", "2026-11-20", "w1", "2026-11-20T10:00:00Z"));  // within 7 d
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-24", "d1", "2026-11-24T09:00:00Z"));    // within 24 h
            t.send(diplomatic(EventKind.AGREEMENT, "BEL", "KAZ", "2026-11-24", "d1", "2026-11-24T09:00:00Z")); // same article
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-23", "d2", "2026-11-24T08:00:00Z"));    // late, within grace

            Map<String, Attention> attention = latest(t.attention);
            Attention pair = attention.get("BEL-KAZ");
            assertThat(pair.scope()).isEqualTo(Scope.PAIR);
            assertThat(pair.asOf()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
            assertThat(pair.articles24h()).isEqualTo(2);
            assertThat(pair.articles7d()).isEqualTo(3);
            assertThat(pair.articles30d()).isEqualTo(4);
            assertThat(attention.get("KAZ").articles30d()).isEqualTo(4);
        }
    }

    @Test
    void anArticleLaterThanTheGraceIsNotCounted() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-24", "now", "2026-11-24T09:00:00Z"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-20", "late", "2026-11-20T09:00:00Z")); // 4 days late
            assertThat(t.attention.readValuesToList()).hasSize(3); // BEL, KAZ, BEL-KAZ for the first only
        }
    }

    @Test
    void aClosedDaysFinalCountsAreForwardedOnceUnderTheDaysKey() {
        try (TopologyFixture t = new TopologyFixture()) {
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-24", "a1", "2026-11-24T08:00:00Z"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-24", "a2", "2026-11-24T22:00:00Z"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-25", "b1", "2026-11-25T12:00:00Z"));
            // a late article about the 24th, within the grace: it still counts for that day
            t.send(diplomatic(EventKind.MEETING, "BEL", "KAZ", "2026-11-24", "a3", "2026-11-24T23:30:00Z"));
            assertThat(latest(t.attention)).doesNotContainKey("BEL-KAZ|2026-11-24"); // not closed yet
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-26", "c1", "2026-11-26T01:00:00Z"));
            // the 24th is closed now (its end plus a day's grace has passed): too late for it from here on
            t.send(diplomatic(EventKind.MEETING, "BEL", "KAZ", "2026-11-24", "a4", "2026-11-24T23:00:00Z"));
            t.send(diplomatic(EventKind.VISIT, "BEL", "KAZ", "2026-11-27", "d1", "2026-11-27T00:30:00Z"));

            var records = t.attention.readKeyValuesToList();
            assertThat(records).filteredOn(r -> r.key.equals("BEL-KAZ|2026-11-24")).hasSize(1);
            Map<String, Attention> attention = new java.util.HashMap<>();
            records.forEach(r -> attention.put(r.key, r.value));
            Attention the24th = attention.get("BEL-KAZ|2026-11-24");
            assertThat(the24th.asOf()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
            assertThat(the24th.articles24h()).isEqualTo(3);
            assertThat(the24th.articles7d()).isEqualTo(3);
            Attention the25th = attention.get("BEL-KAZ|2026-11-25");
            assertThat(the25th.articles24h()).isEqualTo(1);
            assertThat(the25th.articles7d()).isEqualTo(4);
            assertThat(attention).containsKeys("BEL|2026-11-24", "KAZ|2026-11-25")
                    .doesNotContainKey("BEL-KAZ|2026-11-26"); // open until the 28th
            assertThat(attention.get("BEL-KAZ").articles7d()).isEqualTo(6); // rolling, as before: a4 came too late
        }
    }
}
