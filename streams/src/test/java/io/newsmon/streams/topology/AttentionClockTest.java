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
}
