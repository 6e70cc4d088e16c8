package io.newsmon.streams.detect;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import io.newsmon.streams.fact.AggregateMath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The first event of a kind for a pair in {@code firstYears} years. Claimed only when the pair's
 * records reach back before the year judged (some report of any kind in an earlier year): with no
 * earlier record at all, "first" would only mean "first we have read". The window actually covered
 * by records is stated in the alert.
 */
public final class FirstEventDetector {
    private final DetectionSettings settings;

    public FirstEventDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    public Optional<Alert> judge(ScopeHistory history, int year, EventKind kind, Instant raisedAt) {
        if (!history.scope().isPair() || kind == EventKind.OTHER) {
            return Optional.empty();
        }
        long observed = history.year(year).map(a -> AggregateMath.count(a, kind)).orElse(0L);
        OptionalInt first = history.firstYear();
        if (observed == 0 || first.isEmpty() || first.getAsInt() >= year) {
            return Optional.empty();
        }
        int from = Math.max(year - settings.firstYears(), first.getAsInt());
        for (int y = from; y < year; y++) {
            if (history.year(y).map(a -> AggregateMath.count(a, kind)).orElse(0L) > 0) {
                return Optional.empty();
            }
        }
        String period = Integer.toString(year);
        String basePeriod = from == year - 1 ? Integer.toString(from) : from + "/" + (year - 1);
        String test = String.format(Locale.ROOT, "no %s in %d year(s) of records (%s; window %d years)",
                Wording.kind(kind), year - from, basePeriod, settings.firstYears());
        String reason = String.format(Locale.ROOT, "%s: first %s in %s after none recorded in %s.",
                history.scope().label(), Wording.kind(kind), period,
                from == year - 1 ? Integer.toString(from) : from + "–" + (year - 1));
        return Optional.of(new Alert(
                AlertIds.of(AlertType.FIRST, history.scope(), kind.name(), period, "events"),
                AlertType.FIRST, severity(kind), history.scope().country(), history.scope().partner(), kind,
                period, basePeriod, BigDecimal.valueOf(observed), BigDecimal.ZERO, "events", test, reason,
                Wording.quotes(3, history.notes(year, kind).notes()), raisedAt));
    }

    private static Severity severity(EventKind kind) {
        return switch (kind) {
            case AGREEMENT, SANCTION, REPRESENTATION -> Severity.MEDIUM;
            default -> Severity.LOW;
        };
    }
}
