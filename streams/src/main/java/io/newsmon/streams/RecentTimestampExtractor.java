package io.newsmon.streams;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Keeps an input record's timestamp unless it is more than a day old, and then uses the time of
 * processing instead. newsmon reasons with the dates inside the events (their own dates and their
 * articles' publication times), never with record timestamps; but every record this stage writes
 * (outputs, changelogs, repartition topics) inherits the input's timestamp, and a backfill stamped
 * with years-old publication times made exactly-once writes on the embedded broker fail with
 * OUT_OF_ORDER_SEQUENCE_NUMBER and stall (see docs/streams.md, "Measured").
 */
public final class RecentTimestampExtractor implements TimestampExtractor {
    static final Duration MAX_AGE = Duration.ofDays(1);

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        long now = System.currentTimeMillis();
        return record.timestamp() < now - MAX_AGE.toMillis() ? now : record.timestamp();
    }
}
