package io.newsmon.topics;

import java.util.List;

/**
 * Every topic newsmon reads or writes. This class is the one source of topic names; the README's
 * topic table is checked against {@link #ALL} by a test.
 */
public final class Topics {
    private Topics() {
    }

    public static final TopicSpec ARTICLES = new TopicSpec("newsmon.articles",
            "article id", "Article", "delete",
            "Every article the producer read, as plain text with its metadata.");
    public static final TopicSpec DIPLOMATIC_EVENTS = new TopicSpec("newsmon.events.diplomatic",
            "actor1 (ISO 3166-1 alpha-3)", "NewsEvent", "delete",
            "Visits, meetings, agreements, representation, sanctions: one record per fact per article.");
    public static final TopicSpec TRADE_EVENTS = new TopicSpec("newsmon.events.trade",
            "actor1 (ISO 3166-1 alpha-3)", "NewsEvent", "delete",
            "Trade, investment and aid facts, with amounts: one record per fact per article.");
    public static final TopicSpec COUNTRY_AGGREGATES = new TopicSpec("newsmon.aggregates.country",
            "COUNTRY|period, e.g. KAZ|2010", "Aggregate", "compact",
            "Latest per-country totals per period of the events' own dates, for dashboards.");
    public static final TopicSpec PAIR_AGGREGATES = new TopicSpec("newsmon.aggregates.pair",
            "ACTOR1-ACTOR2|period, e.g. BEL-KAZ|2010", "Aggregate", "compact",
            "Latest per-pair totals per period of the events' own dates, for dashboards.");
    public static final TopicSpec ALERTS = new TopicSpec("newsmon.alerts",
            "alert id", "Alert", "compact",
            "Notable changes (spikes, rises, drops, firsts) with figures and a plain-language reason.");
    public static final TopicSpec DIGESTS = new TopicSpec("newsmon.digests",
            "digest id, e.g. KAZ|2026-W47", "Digest", "compact",
            "Per-country and per-pair summaries per reporting period, latest version per id.");
    public static final TopicSpec ATTENTION = new TopicSpec("newsmon.attention",
            "COUNTRY or ACTOR1-ACTOR2, e.g. KAZ", "Attention", "compact",
            "Latest rolling 24 h / 7 d / 30 d article counts per country and pair, by publication time.");
    public static final TopicSpec DEAD_LETTER = new TopicSpec("newsmon.deadletter",
            "origin (file, URL or topic-partition@offset)", "DeadLetter", "delete",
            "Input that could not be read or processed, with the reason and the raw payload.");

    public static final List<TopicSpec> ALL = List.of(ARTICLES, DIPLOMATIC_EVENTS, TRADE_EVENTS,
            COUNTRY_AGGREGATES, PAIR_AGGREGATES, ALERTS, DIGESTS, ATTENTION, DEAD_LETTER);

    /** The topic an event of this family goes to. */
    public static TopicSpec eventsOf(io.newsmon.model.EventKind.Family family) {
        return family == io.newsmon.model.EventKind.Family.ECONOMIC ? TRADE_EVENTS : DIPLOMATIC_EVENTS;
    }
}
