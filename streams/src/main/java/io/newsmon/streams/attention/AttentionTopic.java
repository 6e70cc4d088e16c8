package io.newsmon.streams.attention;

import io.newsmon.topics.TopicSpec;

/**
 * The attention topic. Kept here rather than in {@code io.newsmon.topics.Topics} until the shared
 * model takes it in (additively); {@code NewsmonStreams.start()} creates it when missing.
 */
public final class AttentionTopic {
    private AttentionTopic() {
    }

    public static final TopicSpec SPEC = new TopicSpec("newsmon.attention",
            "COUNTRY or ACTOR1-ACTOR2, e.g. KAZ", "Attention", "compact",
            "Latest rolling 24 h / 7 d / 30 d article counts per country and pair, by publication time.");
}
