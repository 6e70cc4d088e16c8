package io.newsmon.streams.topology;

import io.newsmon.model.DeadLetter;
import io.newsmon.model.NewsEvent;

/** An input record after parsing: either a usable event or a dead letter saying why not. */
public record ParsedEvent(NewsEvent event, DeadLetter deadLetter) {

    public static ParsedEvent ok(NewsEvent event) {
        return new ParsedEvent(event, null);
    }

    public static ParsedEvent rejected(DeadLetter deadLetter) {
        return new ParsedEvent(null, deadLetter);
    }

    public boolean isRejected() {
        return deadLetter != null;
    }
}
