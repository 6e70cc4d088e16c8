package io.newsmon.producer.publish;

/**
 * Kafka did not take the records: the broker is unreachable, a topic is missing, or it refused
 * them. Reading stops at the first such failure, because every later record would fail the same
 * way; {@link #delivered()} says what had been acknowledged by then.
 */
public final class PublishFailedException extends RuntimeException {
    private final transient PublishReport delivered;

    public PublishFailedException(String message, PublishReport delivered, Throwable cause) {
        super(message, cause);
        this.delivered = delivered;
    }

    /** Records Kafka acknowledged before the failure. */
    public PublishReport delivered() {
        return delivered;
    }
}
