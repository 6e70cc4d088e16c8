package io.newsmon.consumer;

/**
 * What a {@link NewsmonConsumer} has done since it started.
 *
 * @param alertsWritten     alerts appended to alerts.jsonl
 * @param duplicatesSkipped alerts not written because their id was already in the file
 * @param digestsWritten    digest versions rendered to Markdown and HTML
 * @param deadLetters       records parked on the dead-letter topic
 */
public record DeliveryStats(long alertsWritten, long duplicatesSkipped, long digestsWritten, long deadLetters) {
}
