package io.newsmon.consumer.digest;

import io.newsmon.model.Digest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file name of a digest, e.g. {@code KAZ_2026-W47} or {@code BEL-KAZ_2026-W47}: built only
 * from ISO 3166-1 alpha-3 codes and a period label that were checked against strict patterns, so
 * that nothing from article text (or a forged record) can choose a path.
 */
public record DigestName(String country, String partner, String period) implements Comparable<DigestName> {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** Year, quarter, month, ISO week or day. */
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-W\\d{2}|-\\d{2}(-\\d{2})?)?");
    private static final Pattern FILE_NAME = Pattern.compile("([A-Z]{3})(?:-([A-Z]{3}))?_(" + PERIOD.pattern() + ")");

    public DigestName {
        requireMatch(ISO3, country, "country");
        if (partner != null) {
            requireMatch(ISO3, partner, "partner");
        }
        requireMatch(PERIOD, period, "period");
    }

    /**
     * The name of a digest, after checking that its codes and period are well formed and that its
     * id says the same as its fields ("BEL-KAZ|2026-W47").
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static DigestName of(Digest digest) {
        DigestName name = new DigestName(digest.country(), digest.partner(), digest.period());
        if (!name.digestId().equals(digest.id())) {
            throw new IllegalArgumentException("digest id '" + digest.id() + "' does not match its country, partner and period ("
                    + name.digestId() + ")");
        }
        return name;
    }

    /** The name for a digest id ("KAZ|2026-W47"), as a tombstone on the digests topic carries only the id. */
    public static DigestName ofId(String id) {
        int bar = id == null ? -1 : id.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a digest id (SCOPE|period): " + id);
        }
        String scope = id.substring(0, bar);
        int dash = scope.indexOf('-');
        return dash < 0
                ? new DigestName(scope, null, id.substring(bar + 1))
                : new DigestName(scope.substring(0, dash), scope.substring(dash + 1), id.substring(bar + 1));
    }

    /** Reads back a name from a file's base name (without extension); empty for any other file. */
    public static Optional<DigestName> parseFileBase(String base) {
        var m = FILE_NAME.matcher(base);
        return m.matches() ? Optional.of(new DigestName(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** "KAZ" or "BEL-KAZ". */
    public String scopeKey() {
        return partner == null ? country : country + "-" + partner;
    }

    /** The digest id on the topic: "BEL-KAZ|2026-W47". */
    public String digestId() {
        return scopeKey() + "|" + period;
    }

    /** File base name: "BEL-KAZ_2026-W47". */
    public String fileBase() {
        return scopeKey() + "_" + period;
    }

    /** Readable scope: "KAZ" or "BEL → KAZ". */
    public String scopeLabel() {
        return partner == null ? country : country + " \u2192 " + partner;
    }

    @Override
    public int compareTo(DigestName other) {
        int byPeriod = other.period.compareTo(period); // newest period first
        return byPeriod != 0 ? byPeriod : fileBase().compareTo(other.fileBase());
    }

    private static void requireMatch(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid digest " + what + " '" + value + "': expected "
                    + (pattern == ISO3 ? "an ISO 3166-1 alpha-3 code" : "a period label like 2026-W47 or 2026-11-24"));
        }
    }
}
