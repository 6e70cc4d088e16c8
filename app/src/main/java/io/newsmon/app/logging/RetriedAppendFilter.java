package io.newsmon.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the embedded broker's rejections that its clients retry off the console. With transactions v2
 * (Kafka 4) a broker rejects a transaction's batch that reaches a partition before the batch with sequence 0
 * (KAFKA-18202) and logs it at ERROR as an {@code OutOfOrderSequenceException}; the producer retries and the
 * run loses nothing (the demo's alerts and digests are the same with and without the line). A producer that
 * fails for good still says so through its own client's log.
 */
public final class RetriedAppendFilter extends Filter<ILoggingEvent> {

    static final String BROKER_LOGGER = "kafka.server.ReplicaManager";
    static final String RETRIED = "org.apache.kafka.common.errors.OutOfOrderSequenceException";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        return BROKER_LOGGER.equals(event.getLoggerName()) && thrown != null && RETRIED.equals(thrown.getClassName())
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
