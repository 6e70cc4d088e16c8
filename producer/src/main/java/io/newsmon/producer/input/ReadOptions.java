package io.newsmon.producer.input;

import java.time.Instant;

/**
 * How inputs are read.
 *
 * @param defaultPublished publication time of articles that do not state one; null: plain files take
 *                         their modification time, and stdin and URLs the time they were read
 */
public record ReadOptions(Instant defaultPublished) {
    public static ReadOptions defaults() {
        return new ReadOptions(null);
    }
}
