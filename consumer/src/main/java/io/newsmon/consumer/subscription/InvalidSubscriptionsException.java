package io.newsmon.consumer.subscription;

import java.util.List;

/** A subscriptions file that cannot be used, with one message per problem ("file:12: ..."). */
public final class InvalidSubscriptionsException extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidSubscriptionsException(List<String> problems) {
        super("invalid subscriptions:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
