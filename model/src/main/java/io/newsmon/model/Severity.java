package io.newsmon.model;

/** How much an alert matters; subscriptions filter on a minimum. Ordered low to high. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
