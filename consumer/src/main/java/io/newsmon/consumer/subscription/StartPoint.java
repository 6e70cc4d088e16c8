package io.newsmon.consumer.subscription;

import java.time.LocalDate;

/**
 * Where a new subscription (one whose consumer group has no committed offsets yet) starts reading:
 * only alerts from now on, everything kept on the topic, or everything since a date (UTC midnight,
 * found with the broker's time index).
 *
 * @param since the date for {@link Kind#SINCE}; null otherwise
 */
public record StartPoint(Kind kind, LocalDate since) {
    public enum Kind { NOW, EARLIEST, SINCE }

    public static final StartPoint NOW = new StartPoint(Kind.NOW, null);
    public static final StartPoint EARLIEST = new StartPoint(Kind.EARLIEST, null);

    public StartPoint {
        if ((kind == Kind.SINCE) != (since != null)) {
            throw new IllegalArgumentException("a date goes with SINCE and only with it");
        }
    }

    /** "now", "earliest" or an ISO date "2026-11-01". */
    public static StartPoint parse(String text) {
        return switch (text) {
            case "now" -> NOW;
            case "earliest" -> EARLIEST;
            default -> new StartPoint(Kind.SINCE, LocalDate.parse(text));
        };
    }
}
