package io.newsmon.streams.topology;

import static io.newsmon.streams.topology.TopologyFixture.latest;
import static io.newsmon.streams.topology.TopologyFixture.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.DeadLetter;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.time.Instant;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirOriginAndProcessingGoesOn() {
        try (TopologyFixture t = new TopologyFixture()) {
            String trade = Topics.TRADE_EVENTS.name();
            t.sendRaw(trade, "BEL", "{not json");
            t.sendRaw(trade, "BEL", null);
            t.sendRaw(trade, "BEL", "{\"id\":\"x\",\"kind\":\"TRADE\",\"actor1\":\"Belgium\",\"actor2\":\"KAZ\",\"date\":\"2010\"}");
            t.sendRaw(trade, "BEL", "{\"id\":\"y\",\"kind\":\"TRADE\",\"actor1\":\"BEL\",\"actor2\":\"KAZ\",\"date\":\"2010-13\"}");
            t.sendRaw(trade, "BEL", "{\"id\":\"z\",\"kind\":\"TRADE\",\"actor1\":\"BEL\",\"actor2\":\"BEL\",\"date\":\"2010\"}");
            t.send(trade("BEL", "KAZ", "2010", "1000000", "USD", "a1", "2026-11-24T08:00:00Z", "s"));

            List<DeadLetter> dead = t.deadLetters.readValuesToList();
            assertThat(dead).hasSize(5);
            assertThat(dead).allSatisfy(d -> {
                assertThat(d.stage()).isEqualTo("streams");
                assertThat(d.origin()).startsWith(trade + "-0@");
                assertThat(d.at()).isNotNull();
            });
            assertThat(dead).extracting(DeadLetter::origin)
                    .containsExactly(trade + "-0@0", trade + "-0@1", trade + "-0@2", trade + "-0@3", trade + "-0@4");
            assertThat(dead.get(0).reason()).contains("not a valid NewsEvent");
            assertThat(dead.get(0).payload()).isEqualTo("{not json");
            assertThat(dead.get(1).reason()).contains("empty record");
            assertThat(dead.get(2).reason()).contains("ISO 3166-1 alpha-3").contains("Belgium");
            assertThat(dead.get(3).reason()).contains("2010-13");
            assertThat(dead.get(4).reason()).contains("actor1 equals actor2");
            assertThat(latest(t.pairAggregates)).containsKey("BEL-KAZ|2010");
        }
    }

    @Test
    void aRecordThatBreaksAProcessorIsParkedAndTheNextOneIsProcessed() {
        try (TopologyFixture t = new TopologyFixture()) {
            NewsEvent ok = trade("BEL", "KAZ", "2010", "1000000", "USD", "a1", "2026-11-24T08:00:00Z", "s");
            // readable, but published beyond the last LocalDate: the digest's calendar cannot file it
            NewsEvent farFuture = new NewsEvent("far", EventKind.VISIT, null, null, "BEL", "KAZ", EventDate.year(2011),
                    null, null, null, new SourceRef("a2", null, null, Instant.MAX), "newsmon");
            t.sendRaw(Topics.DIPLOMATIC_EVENTS.name(), "BEL",
                    new String(NewsmonSerdes.event().serialize("x", farFuture), java.nio.charset.StandardCharsets.UTF_8));
            t.send(ok);

            List<DeadLetter> dead = t.deadLetters.readValuesToList();
            assertThat(dead).isNotEmpty();
            assertThat(dead.get(0).reason()).startsWith("processing failed in digest").contains("DateTimeException");
            assertThat(dead.get(0).origin()).contains("events-by-scope-repartition");
            assertThat(dead.get(0).payload()).contains("\"far\"");
            assertThat(latest(t.digests)).containsKey("BEL-KAZ|2026-W48");
        }
    }
}
