package io.newsmon.streams.topology;

import io.newsmon.model.Alert;
import io.newsmon.model.NewsEvent;

/** What a digest takes in: a report of a fact, or an alert about its scope. */
record DigestInput(NewsEvent report, Alert alert) {

    static DigestInput of(NewsEvent report) {
        return new DigestInput(report, null);
    }

    static DigestInput of(Alert alert) {
        return new DigestInput(null, alert);
    }
}
