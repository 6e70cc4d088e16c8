package io.newsmon.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** --published: the publication date given to plain files that carry none. */
final class PublishedOption {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of plain-text inputs (default: each file's modification time).")
    LocalDate published;

    Instant instant() {
        return published == null ? null : published.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
