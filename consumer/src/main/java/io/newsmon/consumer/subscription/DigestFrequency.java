package io.newsmon.consumer.subscription;

import java.util.regex.Pattern;

/** Which digests a subscription receives, by the digest's period label. */
public enum DigestFrequency {
    /** No digests, alerts only. */
    NONE(null),
    /** Day digests ("2026-11-24"). */
    DAILY(Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    /** ISO week digests ("2026-W47"). */
    WEEKLY(Pattern.compile("\\d{4}-W\\d{2}"));

    private final Pattern period;

    DigestFrequency(Pattern period) {
        this.period = period;
    }

    public boolean accepts(String periodLabel) {
        return period != null && periodLabel != null && period.matcher(periodLabel).matches();
    }
}
