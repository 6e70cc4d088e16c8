package io.newsmon.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;

class RetriedAppendFilterTest {

    private static LoggingEvent event(String logger, Throwable thrown) {
        LoggerContext context = new LoggerContext();
        return new LoggingEvent(RetriedAppendFilterTest.class.getName(), context.getLogger(logger), Level.ERROR,
                "Error processing append operation on partition newsmon.attention-1", thrown, null);
    }

    @Test
    void theBrokersRetriedSequenceRejectionIsDroppedAndEverythingElseKept() {
        RetriedAppendFilter filter = new RetriedAppendFilter();
        OutOfOrderSequenceException retried = new OutOfOrderSequenceException("Invalid sequence number for producer 0");
        assertThat(filter.decide(event("kafka.server.ReplicaManager", retried))).isEqualTo(FilterReply.DENY);
        // another error of the broker, or the same exception reported by a client, still shows
        assertThat(filter.decide(event("kafka.server.ReplicaManager", new IllegalStateException("disk full"))))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("org.apache.kafka.streams.processor.internals.RecordCollectorImpl", retried)))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("kafka.server.ReplicaManager", null))).isEqualTo(FilterReply.NEUTRAL);
    }
}
