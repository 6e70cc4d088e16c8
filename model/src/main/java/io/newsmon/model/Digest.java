package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What happened for one country (or pair) in one reporting period: the streams stage emits it,
 * the consumer renders it to Markdown and HTML. Later versions of the same digest replace earlier
 * ones (the digests topic is compacted on {@link #id()}).
 *
 * @param id       "BEL|2026-W47" or "BEL-KAZ|2026-11-24": scope key and period label
 * @param scope    country or pair
 * @param country  the country (for a pair: actor1)
 * @param partner  for a pair: actor2; null for a country
 * @param period   label of the reporting period, "2026-W47" (ISO week) or "2026-11-24" (day)
 * @param from     first day covered (publication dates)
 * @param to       last day covered
 * @param counts   events per kind in the period
 * @param amounts  sums per kind and currency in the period
 * @param figures  key figures with their trend over the events' own periods, for charts
 * @param topEvents the most telling events, with their evidence and source
 * @param alerts   alerts raised in the period
 * @param articles how many distinct articles fed it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Digest(
        String id,
        Scope scope,
        String country,
        String partner,
        String period,
        LocalDate from,
        LocalDate to,
        Map<EventKind, Long> counts,
        Map<EventKind, Map<String, BigDecimal>> amounts,
        List<Figure> figures,
        List<NewsEvent> topEvents,
        List<Alert> alerts,
        long articles) {

    public Digest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(period, "period");
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
        figures = figures == null ? List.of() : List.copyOf(figures);
        topEvents = topEvents == null ? List.of() : List.copyOf(topEvents);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** A named series, e.g. "BEL→KAZ exports (USD)" by year, drawn as a small chart. */
    public record Figure(String name, String unit, List<Point> points) {
        public Figure {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    /** One value of a series at one period label. */
    public record Point(String period, BigDecimal value) {
    }
}
