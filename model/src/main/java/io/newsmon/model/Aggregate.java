package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Rolling totals for one country (or one ordered pair) in one period of the events' own dates:
 * what dashboards read from the compacted aggregate topics, keyed by {@link #key()}.
 *
 * @param scope    country or pair
 * @param country  the country (for a pair: actor1)
 * @param partner  for a pair: actor2; null for a country
 * @param period   the period of the events' own dates: "2010", "2010-Q3" or "2010-10"
 * @param counts   distinct facts per kind (a fact reported by several articles counts once)
 * @param amounts  sums per kind, then per ISO 4217 currency, in units
 * @param reports  how many (fact, article) reports fed it
 * @param goldsteinSum sum of the CAMEO Goldstein weights of its facts (cooperation index numerator)
 * @param lastEventId the fact that changed it last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Aggregate(
        Scope scope,
        String country,
        String partner,
        String period,
        Map<EventKind, Long> counts,
        Map<EventKind, Map<String, BigDecimal>> amounts,
        long reports,
        double goldsteinSum,
        String lastEventId) {

    public Aggregate {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(period, "period");
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
    }

    /** Record key on the aggregate topics: "BEL|2010" or "BEL-KAZ|2010". */
    public String key() {
        return keyOf(country, partner, period);
    }

    public static String keyOf(String country, String partner, String period) {
        return (partner == null ? country : country + "-" + partner) + "|" + period;
    }

    public long totalCount() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
