package io.newsmon.streams.detect;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.FactNote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A year with far more events of a kind group than the years before it. The baseline is the mean
 * count of the previous {@code baselineYears} years, counting only years the scope's records reach
 * (a year before its first report is unknown, not zero), floored at {@code baselineFloor} per year
 * so that "after years of none" is a fair test rather than a division by zero. A spike needs a
 * Poisson upper-tail probability below {@code countPValue} and at least {@code countMinEvents}.
 */
public final class CountSpikeDetector {
    private final DetectionSettings settings;

    public CountSpikeDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    public Optional<Alert> judge(ScopeHistory history, int year, KindGroup group, Instant raisedAt) {
        long observed = history.year(year).map(a -> count(a, group)).orElse(0L);
        OptionalInt first = history.firstYear();
        if (observed < settings.countMinEvents() || first.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.max(year - settings.baselineYears(), first.getAsInt());
        int years = year - from;
        if (years <= 0) {
            return Optional.empty(); // nothing known before this year: no baseline to judge against
        }
        long total = 0;
        for (int y = from; y < year; y++) {
            total += history.year(y).map(a -> count(a, group)).orElse(0L);
        }
        double mean = (double) total / years;
        double rate = Math.max(mean, settings.baselineFloor());
        if (observed <= rate) {
            return Optional.empty();
        }
        double p = Poisson.upperTail(observed, rate);
        if (p >= settings.countPValue()) {
            return Optional.empty();
        }
        String period = Integer.toString(year);
        String basePeriod = years == 1 ? Integer.toString(from) : from + "/" + (year - 1);
        String test = String.format(Locale.ROOT,
                "Poisson tail P(X ≥ %d | λ = %.2f) = %.2g < %s (baseline mean %.2f/year over %d year(s), floor %.1f)",
                observed, rate, p, settings.countPValue(), mean, years, settings.baselineFloor());
        String reason = String.format(Locale.ROOT, "%s had %d %s in %s, against %.1f a year in %s.",
                history.scope().label(), observed, group.words(), period, mean,
                years == 1 ? Integer.toString(from) : from + "–" + (year - 1));
        Aggregate aggregate = history.year(year).orElseThrow();
        EventKind dominant = group.kinds().stream()
                .max(Comparator.comparingLong((EventKind k) -> AggregateMath.count(aggregate, k))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        List<List<FactNote>> notes = new ArrayList<>();
        for (EventKind kind : group.kinds()) {
            notes.add(history.notes(year, kind).notes());
        }
        @SuppressWarnings("unchecked")
        List<FactNote>[] lists = notes.toArray(new List[0]);
        return Optional.of(new Alert(
                AlertIds.of(AlertType.SPIKE, history.scope(), group.name(), period, "events"),
                AlertType.SPIKE, severity(p), history.scope().country(), history.scope().partner(), dominant,
                period, basePeriod, BigDecimal.valueOf(observed),
                BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP), "events", test, reason,
                Wording.quotes(5, lists), raisedAt));
    }

    private Severity severity(double p) {
        if (p < settings.countPValue() / 100) {
            return Severity.HIGH;
        }
        return p < settings.countPValue() / 10 ? Severity.MEDIUM : Severity.LOW;
    }

    static long count(Aggregate aggregate, KindGroup group) {
        return group.kinds().stream().mapToLong(k -> AggregateMath.count(aggregate, k)).sum();
    }
}
