package io.newsmon.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RecentTimestampExtractorTest {
    private final RecentTimestampExtractor extractor = new RecentTimestampExtractor();

    private static ConsumerRecord<Object, Object> at(Instant time) {
        return new ConsumerRecord<>("newsmon.events.trade", 0, 0L, time.toEpochMilli(), TimestampType.CREATE_TIME,
                0, 0, "BEL", new byte[0], new RecordHeaders(), Optional.empty());
    }

    @Test
    void aRecentTimestampIsKept() {
        Instant recent = Instant.now().minus(Duration.ofHours(2));
        assertThat(extractor.extract(at(recent), 0L)).isEqualTo(recent.toEpochMilli());
    }

    @Test
    void aYearsOldTimestampIsReplacedByTheTimeOfProcessing() {
        long before = System.currentTimeMillis();
        long extracted = extractor.extract(at(Instant.parse("2010-06-01T00:00:00Z")), 0L);
        assertThat(extracted).isBetween(before, System.currentTimeMillis());
    }
}
