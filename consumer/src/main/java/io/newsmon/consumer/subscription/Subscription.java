package io.newsmon.consumer.subscription;

import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One analyst's (or team's) standing request: which alerts and digests, and where to send them.
 * Empty filters match everything.
 *
 * @param name        unique, [a-z0-9-]; names the consumer group {@code newsmon-sub-<name>}
 * @param countries   ISO 3166-1 alpha-3 codes: alerts involving any of them, on either side
 * @param pairs       "BEL-KAZ": alerts between the two, in either direction
 * @param kinds       event kinds
 * @param minSeverity lowest severity delivered
 * @param keywords    words one of which must occur in an evidence sentence (case-insensitive)
 * @param channels    where deliveries go (at least one)
 * @param digests     which digests are delivered too
 * @param start       where a new subscription starts reading
 */
public record Subscription(
        String name,
        Set<String> countries,
        Set<String> pairs,
        Set<EventKind> kinds,
        Severity minSeverity,
        List<String> keywords,
        List<ChannelSpec> channels,
        DigestFrequency digests,
        StartPoint start) {

    public Subscription {
        countries = Set.copyOf(countries);
        pairs = Set.copyOf(pairs);
        kinds = Set.copyOf(kinds);
        keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        channels = List.copyOf(channels);
    }

    /** The consumer group of this subscription. */
    public String consumerGroup() {
        return "newsmon-sub-" + name;
    }

    public boolean matches(Alert alert) {
        return alert.severity().atLeast(minSeverity)
                && (kinds.isEmpty() || kinds.contains(alert.kind()))
                && inScope(alert.actor1(), alert.actor2())
                && (keywords.isEmpty() || alert.evidence().stream().anyMatch(q -> mentionsKeyword(q.sentence())));
    }

    public boolean matches(Digest digest) {
        return digests.accepts(digest.period()) && inScope(digest.country(), digest.partner());
    }

    private boolean inScope(String actor1, String actor2) {
        if (countries.isEmpty() && pairs.isEmpty()) {
            return true;
        }
        if (countries.contains(actor1) || (actor2 != null && countries.contains(actor2))) {
            return true;
        }
        return actor2 != null && (pairs.contains(actor1 + "-" + actor2) || pairs.contains(actor2 + "-" + actor1));
    }

    private boolean mentionsKeyword(String sentence) {
        if (sentence == null) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(lower::contains);
    }
}
