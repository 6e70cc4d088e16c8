package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A notable change, judged by the streams stage, with the figures and the reason behind it.
 *
 * @param id        stable id: one alert per change, the same on reprocessing (dedupe on it)
 * @param type      spike, rise, drop, first
 * @param severity  low, medium, high
 * @param actor1    the country (or the pair's initiator)
 * @param actor2    the pair's other side; null for a per-country alert
 * @param kind      the event kind judged
 * @param period    the period judged ("2011", "2011-Q2", "2026-11-24")
 * @param basePeriod the period or window compared against, in words or ISO ("2010", "previous 4 weeks")
 * @param observed  the figure in {@code period}
 * @param baseline  the figure it was compared with
 * @param unit      what the figures count: "events" or an ISO 4217 currency
 * @param test      the test used and its statistic, e.g. "period-over-period change -52.0% (threshold 30%)"
 * @param reason    one plain-language sentence
 * @param evidence  the sentences and sources that drove it
 * @param raisedAt  event time of the record that raised it (not wall-clock: reprocessing repeats it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(
        String id,
        AlertType type,
        Severity severity,
        String actor1,
        String actor2,
        EventKind kind,
        String period,
        String basePeriod,
        BigDecimal observed,
        BigDecimal baseline,
        String unit,
        String test,
        String reason,
        List<Quote> evidence,
        Instant raisedAt) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(actor1, "actor1");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** True when this alert concerns the given country on either side. */
    public boolean involves(String iso3) {
        return iso3.equals(actor1) || iso3.equals(actor2);
    }

    /** An evidence sentence with the article it came from. */
    public record Quote(String sentence, SourceRef source) {
    }
}
