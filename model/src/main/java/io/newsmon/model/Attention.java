package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * How much the news talks about a country or pair lately: distinct articles published in the
 * last 24 hours, 7 days and 30 days before {@code asOf} (the attention clock: publication time,
 * not the events' own dates). Latest per scope on the
 * {@code newsmon.attention} topic ({@link io.newsmon.topics.Topics#ATTENTION}).
 *
 * @param scope       country or pair
 * @param country     the country (for a pair: actor1)
 * @param partner     for a pair: actor2; null for a country
 * @param asOf        the latest publication time seen for the scope
 * @param articles24h distinct articles published in (asOf − 24 h, asOf], by hour
 * @param articles7d  … in the last 7 days
 * @param articles30d … in the last 30 days
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attention(Scope scope, String country, String partner, Instant asOf,
                        long articles24h, long articles7d, long articles30d) {
    public Attention {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Record key on the attention topic: "KAZ" or "BEL-KAZ". */
    public String key() {
        return partner == null ? country : country + "-" + partner;
    }
}
