package io.newsmon.streams.detect;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.FactNote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Year-over-year change of a pair's trade, investment or aid sum in one currency. When a year's sum
 * changes it is compared with both neighbours, so a late article about an earlier year is judged
 * against the year after it too. A missing year is not a zero (the news may just not say): only two
 * years that both have a sum are compared.
 */
public final class ValueChangeDetector {
    public static final Set<EventKind> VALUE_KINDS = EnumSet.of(EventKind.TRADE, EventKind.INVESTMENT, EventKind.AID);

    private final DetectionSettings settings;

    public ValueChangeDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    /** Alerts for the changes into and out of {@code year} of {@code kind} in {@code currency}. */
    public List<Alert> judge(ScopeHistory history, int year, EventKind kind, String currency, Instant raisedAt) {
        List<Alert> alerts = new ArrayList<>(2);
        compare(history, year - 1, year, kind, currency, raisedAt).ifPresent(alerts::add);
        compare(history, year, year + 1, kind, currency, raisedAt).ifPresent(alerts::add);
        return alerts;
    }

    Optional<Alert> compare(ScopeHistory history, int baseYear, int year, EventKind kind, String currency,
                            Instant raisedAt) {
        if (!history.scope().isPair() || !VALUE_KINDS.contains(kind)) {
            return Optional.empty();
        }
        BigDecimal base = history.year(baseYear).map(a -> AggregateMath.amount(a, kind, currency)).orElse(null);
        BigDecimal observed = history.year(year).map(a -> AggregateMath.amount(a, kind, currency)).orElse(null);
        if (base == null || observed == null || base.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal delta = observed.subtract(base);
        double share = delta.divide(base, MathContext.DECIMAL64).doubleValue();
        if (Math.abs(share) < settings.valueChangeShare() || delta.abs().doubleValue() < settings.valueMinAmount()) {
            return Optional.empty();
        }
        AlertType type = delta.signum() < 0 ? AlertType.DROP : AlertType.RISE;
        String period = Integer.toString(year);
        String basePeriod = Integer.toString(baseYear);
        String test = String.format(Locale.ROOT, "year-over-year change %s (threshold ±%.0f%%, minimum %s)",
                Wording.percent(share), settings.valueChangeShare() * 100,
                Wording.money(BigDecimal.valueOf(settings.valueMinAmount()), currency));
        String reason = String.format(Locale.ROOT, "%s %s %s %.1f%% from %s in %s to %s in %s.",
                history.scope().label(), Wording.kind(kind), type == AlertType.DROP ? "fell" : "rose",
                Math.abs(share) * 100, Wording.money(base, currency), basePeriod,
                Wording.money(observed, currency), period);
        List<FactNote> now = withCurrency(history.notes(year, kind).notes(), currency);
        List<FactNote> before = withCurrency(history.notes(baseYear, kind).notes(), currency);
        return Optional.of(new Alert(
                AlertIds.of(type, history.scope(), kind.name(), period, currency),
                type, severity(Math.abs(share)), history.scope().country(), history.scope().partner(), kind,
                period, basePeriod, observed, base, currency, test, reason,
                Wording.quotes(4, now, before), raisedAt));
    }

    private Severity severity(double share) {
        if (share >= 2 * settings.valueChangeShare()) {
            return Severity.HIGH;
        }
        return share >= 1.5 * settings.valueChangeShare() ? Severity.MEDIUM : Severity.LOW;
    }

    private static List<FactNote> withCurrency(List<FactNote> notes, String currency) {
        return notes.stream().filter(n -> currency.equals(n.currency())).toList();
    }
}
