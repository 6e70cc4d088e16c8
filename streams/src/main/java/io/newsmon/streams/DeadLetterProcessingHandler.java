package io.newsmon.streams;

import io.newsmon.model.DeadLetter;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks a record whose processing threw on the dead-letter topic, as newsmon's {@link DeadLetter}
 * JSON with the input's topic-partition@offset and raw bytes, and goes on with the next record.
 * Parsing already turns unreadable events into dead letters; this catches what a bug or an
 * unforeseen value would otherwise turn into a stopped application (Kafka Streams' KIP-1034 hook:
 * the dead-letter records in the response are written in the same transaction).
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure: the topic is newsmon's dead-letter topic
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return Response.resume(List.of(deadLetterRecord(context, exception, Instant.now())));
    }

    static ProducerRecord<byte[], byte[]> deadLetterRecord(ErrorHandlerContext context, Exception exception, Instant now) {
        String origin = context.topic() + "-" + context.partition() + "@" + context.offset();
        String reason = "processing failed in " + context.processorNodeId() + ": " + exception;
        LOG.warn("dead letter {}: {}", origin, reason);
        byte[] raw = context.sourceRawValue();
        DeadLetter letter = new DeadLetter("streams", origin, reason,
                raw == null ? null : new String(raw, StandardCharsets.UTF_8), now);
        return new ProducerRecord<>(Topics.DEAD_LETTER.name(), origin.getBytes(StandardCharsets.UTF_8),
                NewsmonSerdes.deadLetter().serialize(Topics.DEAD_LETTER.name(), letter));
    }
}
