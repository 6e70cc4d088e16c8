package io.newsmon.streams.digest;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.streams.detect.ValueChangeDetector;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.fact.UsdRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The series a digest charts, by the events' own years: events per year and the cooperation index
 * (mean Goldstein weight) for every scope; for a pair also its trade, investment and aid sums per
 * currency (a country's sums would mix both directions, so they are left out), and when a kind
 * has sums in other currencies than USD, its totals converted to USD ("… (USD, converted)").
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
                if (!currencies.isEmpty() && !Set.of(UsdRates.USD).containsAll(currencies)) {
                    figures.add(converted(scope, kind, recent));
                }
            }
        }
        return figures;
    }

    /**
     * One kind's yearly totals over all currencies in US dollars ({@link UsdRates}); a year with a
     * currency the table has no rate for is left out rather than shown short.
     */
    private static Digest.Figure converted(ScopeKey scope, EventKind kind, List<Aggregate> recent) {
        UsdRates rates = UsdRates.standard();
        List<Digest.Point> points = new ArrayList<>();
        for (Aggregate a : recent) {
            Map<String, BigDecimal> sums = a.amounts().get(kind);
            Integer year = year(a.period());
            if (sums != null && year != null) {
                rates.totalUsd(sums, year).ifPresent(usd -> points.add(new Digest.Point(a.period(), usd)));
            }
        }
        return new Digest.Figure(String.format(Locale.ROOT, "%s %s (%s, converted)", scope.label(),
                kind.name().toLowerCase(Locale.ROOT), UsdRates.USD), UsdRates.USD, points);
    }

    private static Integer year(String period) {
        try {
            return Integer.valueOf(period);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
