package io.newsmon.app.pipeline;

import io.newsmon.consumer.SubscriptionStats;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one pipeline run did.
 *
 * @param articles       articles read and published
 * @param events         events published (extracted from text, or read from GDELT)
 * @param deadLetters    inputs parked on the dead-letter topic by the producer
 * @param alertsWritten  alerts written to alerts.jsonl by this run
 * @param alertsInFile   alerts in alerts.jsonl after the run (earlier runs' included, each once)
 * @param digestsWritten digests on disk (one Markdown and one HTML page each)
 * @param subscriptions  what each analyst subscription delivered, by name
 * @param alertsFile     where the alerts are
 * @param digestsDir     where the digests are
 * @param seconds        wall time of the run
 */
public record PipelineReport(long articles, long events, long deadLetters, long alertsWritten, long alertsInFile,
                             long digestsWritten, Map<String, SubscriptionStats> subscriptions, Path alertsFile, Path digestsDir, double seconds) {

    public PipelineReport {
        subscriptions = Map.copyOf(subscriptions);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder(String.format("""
                newsmon: %d articles, %d events published, %d inputs sent to the dead-letter topic
                         %d new alerts written to %s (%d alerts in it; none is written twice)
                         %d digests (Markdown and HTML) under %s""",
                articles, events, deadLetters, alertsWritten, alertsFile, alertsInFile, digestsWritten, digestsDir));
        subscriptions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(String.format(
                "%n         subscription %s: %d delivered, %d filtered out, %d parked on the dead-letter topic",
                e.getKey(), e.getValue().delivered(), e.getValue().filteredOut(), e.getValue().parked())));
        return sb.append(String.format("%n         done in %.1f s", seconds)).toString();
    }
}
