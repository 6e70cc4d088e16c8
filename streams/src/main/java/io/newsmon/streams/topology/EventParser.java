package io.newsmon.streams.topology;

import io.newsmon.model.DeadLetter;
import io.newsmon.model.NewsEvent;
import io.newsmon.serde.NewsmonSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads an event record's bytes. Anything that is not a usable {@link NewsEvent} becomes a
 * {@link DeadLetter} naming its topic-partition@offset and the reason, so that one bad record
 * neither stops the application nor disappears. (Kafka Streams' own dead-letter queue, KIP-1034,
 * forwards the raw record with headers; newsmon's dead-letter topic holds DeadLetter JSON.)
 */
final class EventParser implements FixedKeyProcessor<String, byte[], ParsedEvent> {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private FixedKeyProcessorContext<String, ParsedEvent> context;

    @Override
    public void init(FixedKeyProcessorContext<String, ParsedEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        context.forward(record.withValue(parse(record.value())));
    }

    private ParsedEvent parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return reject("empty record: an event topic holds NewsEvent JSON, never tombstones", bytes);
        }
        NewsEvent event;
        try {
            event = NewsmonSerdes.event().deserialize(origin(), bytes);
        } catch (SerializationException e) {
            return reject(e.getMessage(), bytes);
        }
        if (event == null) {
            return reject("JSON null is not a NewsEvent", bytes);
        }
        Optional<String> problem = problem(event);
        return problem.isPresent() ? reject(problem.get(), bytes) : ParsedEvent.ok(event);
    }

    /** What makes a well-formed event unusable here, if anything. */
    static Optional<String> problem(NewsEvent event) {
        if (event.id().isBlank()) {
            return Optional.of("event id is blank");
        }
        if (!ISO3.matcher(event.actor1()).matches() || !ISO3.matcher(event.actor2()).matches()) {
            return Optional.of("actors must be ISO 3166-1 alpha-3 codes, got '" + event.actor1() + "' and '"
                    + event.actor2() + "'");
        }
        if (event.actor1().equals(event.actor2())) {
            return Optional.of("actor1 equals actor2 (" + event.actor1() + "): newsmon follows relations between countries");
        }
        return Optional.empty();
    }

    private ParsedEvent reject(String reason, byte[] bytes) {
        String payload = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        return ParsedEvent.rejected(new DeadLetter("streams", origin(), reason, payload,
                Instant.ofEpochMilli(context.currentSystemTimeMs())));
    }

    private String origin() {
        return context.recordMetadata()
                .map(EventParser::origin)
                .orElse("unknown");
    }

    private static String origin(RecordMetadata m) {
        return m.topic() + "-" + m.partition() + "@" + m.offset();
    }
}
