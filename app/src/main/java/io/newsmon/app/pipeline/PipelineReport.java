package io.newsmon.app.pipeline;

import java.nio.file.Path;

/**
 * What one pipeline run did.
 *
 * @param articles       articles read and published
 * @param events         events published (extracted from text, or read from GDELT)
 * @param deadLetters    inputs parked on the dead-letter topic by the producer
 * @param alertsWritten  alerts written to alerts.jsonl by this run
 * @param digestsWritten digest files (re)written
 * @param alertsFile     where the alerts are
 * @param digestsDir     where the digests are
 * @param seconds        wall time of the run
 */
public record PipelineReport(long articles, long events, long deadLetters, long alertsWritten,
                             long digestsWritten, Path alertsFile, Path digestsDir, double seconds) {

    public String summary() {
        return String.format("""
                newsmon: %d articles, %d events published, %d inputs sent to the dead-letter topic
                         %d alerts written to %s
                         %d digests written under %s
                         done in %.1f s""",
                articles, events, deadLetters, alertsWritten, alertsFile, digestsWritten, digestsDir, seconds);
    }
}
