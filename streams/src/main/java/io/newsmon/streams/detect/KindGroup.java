package io.newsmon.streams.detect;

import io.newsmon.model.EventKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Kinds whose counts are judged together for spikes: a burst of visits and agreements is one
 * burst of diplomatic activity. {@link EventKind#OTHER} (GDELT's catch-all) is not judged.
 */
public enum KindGroup {
    DIPLOMACY("diplomatic events (visits, meetings, agreements, representation)",
            EnumSet.of(EventKind.VISIT, EventKind.MEETING, EventKind.AGREEMENT, EventKind.REPRESENTATION)),
    SANCTIONS("sanctions", EnumSet.of(EventKind.SANCTION)),
    ECONOMY("economic reports (trade, investment, aid)",
            EnumSet.of(EventKind.TRADE, EventKind.INVESTMENT, EventKind.AID));

    private final String words;
    private final Set<EventKind> kinds;

    KindGroup(String words, Set<EventKind> kinds) {
        this.words = words;
        this.kinds = kinds;
    }

    public String words() {
        return words;
    }

    public Set<EventKind> kinds() {
        return kinds;
    }

    public static Optional<KindGroup> of(EventKind kind) {
        for (KindGroup group : values()) {
            if (group.kinds.contains(kind)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
