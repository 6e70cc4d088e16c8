package io.newsmon.streams.digest;

import io.newsmon.config.NewsmonConfig;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The reporting period of digests, by publication date: an ISO week ("2026-W47") or a day. */
public enum DigestPeriod {
    DAY, WEEK;

    public static DigestPeriod from(NewsmonConfig config) {
        return valueOf(config.getString(NewsmonConfig.DIGEST_PERIOD));
    }

    public String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    public LocalDate first(LocalDate date) {
        return this == DAY ? date : date.with(DayOfWeek.MONDAY);
    }

    public LocalDate last(LocalDate date) {
        return this == DAY ? date : date.with(DayOfWeek.SUNDAY);
    }
}
