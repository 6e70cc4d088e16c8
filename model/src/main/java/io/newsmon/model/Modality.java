package io.newsmon.model;

/** Whether the text reports a fact or only an intention; analysts weigh the two differently. */
public enum Modality {
    /** It happened (or is happening). */
    FACT,
    /** Planned, scheduled, expected, proposed: "plans to", "will visit", "is scheduled". */
    INTENT
}
