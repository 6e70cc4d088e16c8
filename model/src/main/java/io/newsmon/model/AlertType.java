package io.newsmon.model;

/** What kind of change an alert reports. */
public enum AlertType {
    /** Far more events than the recent baseline (counts). */
    SPIKE,
    /** A value (trade, investment, aid) rose beyond the configured share and size. */
    RISE,
    /** A value fell beyond the configured share and size. */
    DROP,
    /** The first event of a kind for a pair in N years. */
    FIRST
}
