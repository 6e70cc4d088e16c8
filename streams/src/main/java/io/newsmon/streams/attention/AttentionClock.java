package io.newsmon.streams.attention;

import io.newsmon.model.Attention;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The attention clock's horizons and buckets: article counts per publication hour. */
public final class AttentionClock {
    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration MONTH = Duration.ofDays(30);
    /** How late (behind the newest publication time seen) an article may arrive and still count. */
    public static final Duration GRACE = Duration.ofDays(1);
    /** How long hour buckets and seen articles are kept: the longest horizon plus the grace. */
    public static final Duration RETENTION = MONTH.plus(GRACE);

    private AttentionClock() {
    }

    public static long hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS).toEpochMilli();
    }

    /** First hour bucket inside a horizon ending with the hour of {@code asOf}. */
    public static long firstHour(Instant asOf, Duration horizon) {
        return hourOf(asOf) - horizon.toMillis() + Duration.ofHours(1).toMillis();
    }
}
