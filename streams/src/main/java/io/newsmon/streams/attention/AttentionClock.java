package io.newsmon.streams.attention;

import io.newsmon.model.Attention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * The last UTC day that is closed when the clock reads {@code asOf}: its end plus the grace has
     * passed, so no article of that day can still be counted.
     */
    public static LocalDate closedThrough(Instant asOf) {
        return LocalDate.ofInstant(asOf.minus(GRACE), ZoneOffset.UTC).minusDays(1);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Key of a closed day's final attention on the attention topic: "BEL-KAZ|2026-11-24". */
    public static String dailyKey(String scopeKey, LocalDate day) {
        return scopeKey + "|" + day;
    }

    public static long hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS).toEpochMilli();
    }

    /** First hour bucket inside a horizon ending with the hour of {@code asOf}. */
    public static long firstHour(Instant asOf, Duration horizon) {
        return hourOf(asOf) - horizon.toMillis() + Duration.ofHours(1).toMillis();
    }
}
