package io.newsmon.streams.topology;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;

/** What the fact clock produces for one report: an updated aggregate, or a newly raised alert. */
record Finding(Aggregate aggregate, Alert alert) {

    static Finding of(Aggregate aggregate) {
        return new Finding(aggregate, null);
    }

    static Finding of(Alert alert) {
        return new Finding(null, alert);
    }

    boolean isAlert() {
        return alert != null;
    }
}
