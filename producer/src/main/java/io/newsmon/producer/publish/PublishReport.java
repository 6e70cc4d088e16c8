package io.newsmon.producer.publish;

/**
 * What a publishing run put on Kafka.
 *
 * @param articles    articles published to newsmon.articles
 * @param events      events published to the event topics (extracted and GDELT)
 * @param deadLetters inputs parked on newsmon.deadletter with their reason
 */
public record PublishReport(long articles, long events, long deadLetters) {
    public static final PublishReport NONE = new PublishReport(0, 0, 0);
}
