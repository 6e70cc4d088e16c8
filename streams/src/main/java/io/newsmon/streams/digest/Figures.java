package io.newsmon.streams.digest;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.streams.detect.ValueChangeDetector;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.ScopeKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The series a digest charts, by the events' own years: events per year and the cooperation index
 * (mean Goldstein weight) for every scope; for a pair also its trade, investment and aid sums per
 * currency (a country's sums would mix both directions, so they are left out).
 */
public final class Figures {
    /** How many recent years a series shows. */
    public static final int YEARS = 10;

    private Figures() {
    }

    /** @param yearly the scope's yearly aggregates, oldest first */
    public static List<Digest.Figure> of(ScopeKey scope, List<Aggregate> yearly) {
        List<Aggregate> recent = yearly.size() > YEARS ? yearly.subList(yearly.size() - YEARS, yearly.size()) : yearly;
        List<Digest.Figure> figures = new ArrayList<>();
        figures.add(new Digest.Figure(scope.label() + " events", "events", recent.stream()
                .map(a -> new Digest.Point(a.period(), BigDecimal.valueOf(a.totalCount()))).toList()));
        figures.add(new Digest.Figure(scope.label() + " cooperation index (mean Goldstein)", "goldstein", recent.stream()
                .filter(a -> a.totalCount() > 0)
                .map(a -> new Digest.Point(a.period(),
                        BigDecimal.valueOf(a.goldsteinSum() / a.totalCount()).setScale(2, RoundingMode.HALF_UP)))
                .toList()));
        if (scope.isPair()) {
            for (EventKind kind : ValueChangeDetector.VALUE_KINDS) {
                TreeSet<String> currencies = new TreeSet<>();
                recent.forEach(a -> currencies.addAll(a.amounts().getOrDefault(kind, java.util.Map.of()).keySet()));
                for (String currency : currencies) {
                    List<Digest.Point> points = new ArrayList<>();
                    for (Aggregate a : recent) {
                        BigDecimal sum = AggregateMath.amount(a, kind, currency);
                        if (sum != null) {
                            points.add(new Digest.Point(a.period(), sum));
                        }
                    }
                    figures.add(new Digest.Figure(String.format(Locale.ROOT, "%s %s (%s)", scope.label(),
                            kind.name().toLowerCase(Locale.ROOT), currency), currency, points));
                }
            }
        }
        return figures;
    }
}
