package io.newsmon.streams.detect;

import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.FactNote;
import io.newsmon.streams.fact.UsdRates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Year-over-year change of a pair's trade, investment or aid sum in one currency. When a year's sum
 * changes it is compared with both neighbours, so a late article about an earlier year is judged
 * against the year after it too. A missing year is not a zero (the news may just not say): only two
 * years that both have a sum are compared. Neighbours whose sums are in different currencies are
 * compared in US dollars, converted with {@link UsdRates}.
 */
public final class ValueChangeDetector {
    public static final Set<EventKind> VALUE_KINDS = EnumSet.of(EventKind.TRADE, EventKind.INVESTMENT, EventKind.AID);

    /** The unit part of a converted comparison's alert id, so it never collides with a same-currency USD one. */
    static final String CONVERTED_UNIT = "USD-converted";

    private final DetectionSettings settings;
    private final UsdRates rates;

    public ValueChangeDetector(DetectionSettings settings) {
        this(settings, UsdRates.standard());
    }

    public ValueChangeDetector(DetectionSettings settings, UsdRates rates) {
        this.settings = settings;
        this.rates = rates;
    }

    /** Alerts for the changes into and out of {@code year} of {@code kind} in {@code currency}. */
    public List<Alert> judge(ScopeHistory history, int year, EventKind kind, String currency, Instant raisedAt) {
        List<Alert> alerts = new ArrayList<>(2);
        compare(history, year - 1, year, kind, currency, raisedAt).ifPresent(alerts::add);
        compare(history, year, year + 1, kind, currency, raisedAt).ifPresent(alerts::add);
        return alerts;
    }

    /**
     * Alerts for the changes into and out of {@code year} of {@code kind}'s totals converted to US
     * dollars, for neighbours whose currencies differ (2022 in USD, 2023 in EUR): a same-currency
     * comparison cannot see those. Both years must convert completely.
     */
    public List<Alert> judgeConverted(ScopeHistory history, int year, EventKind kind, Instant raisedAt) {
        List<Alert> alerts = new ArrayList<>(2);
        compareConverted(history, year - 1, year, kind, raisedAt).ifPresent(alerts::add);
        compareConverted(history, year, year + 1, kind, raisedAt).ifPresent(alerts::add);
        return alerts;
    }

    Optional<Alert> compareConverted(ScopeHistory history, int baseYear, int year, EventKind kind, Instant raisedAt) {
        if (!history.scope().isPair() || !VALUE_KINDS.contains(kind)) {
            return Optional.empty();
        }
        Map<String, BigDecimal> baseSums = history.year(baseYear).map(a -> a.amounts().get(kind)).orElse(null);
        Map<String, BigDecimal> sums = history.year(year).map(a -> a.amounts().get(kind)).orElse(null);
        if (baseSums == null || sums == null || baseSums.keySet().equals(sums.keySet())) {
            return Optional.empty(); // same currencies: the per-currency comparison judges it
        }
        Optional<BigDecimal> base = rates.totalUsd(baseSums, baseYear);
        Optional<BigDecimal> observed = rates.totalUsd(sums, year);
        if (base.isEmpty() || observed.isEmpty()) {
            return Optional.empty(); // a currency without a listed rate: not compared
        }
        String test = "totals converted to USD at approximate annual average rates (usd-rates v"
                + rates.version() + "; " + new TreeSet<>(baseSums.keySet()) + " in " + baseYear + ", "
                + new TreeSet<>(sums.keySet()) + " in " + year + ")";
        return judged(history, baseYear, year, kind, base.get(), observed.get(), UsdRates.USD, CONVERTED_UNIT,
                " (converted)", test, raisedAt, null);
    }

    Optional<Alert> compare(ScopeHistory history, int baseYear, int year, EventKind kind, String currency,
                            Instant raisedAt) {
        if (!history.scope().isPair() || !VALUE_KINDS.contains(kind)) {
            return Optional.empty();
        }
        BigDecimal base = history.year(baseYear).map(a -> AggregateMath.amount(a, kind, currency)).orElse(null);
        BigDecimal observed = history.year(year).map(a -> AggregateMath.amount(a, kind, currency)).orElse(null);
        if (base == null || observed == null) {
            return Optional.empty();
        }
        return judged(history, baseYear, year, kind, base, observed, currency, currency, "", null, raisedAt, currency);
    }

    /**
     * @param unit      the currency the figures are in
     * @param idUnit    the unit part of the alert id
     * @param how       words after the figures in the reason (" (converted)")
     * @param prefix    the test's wording of what was compared, or null for a plain comparison
     * @param quoted    the currency whose facts are quoted, or null for all of the kind's facts
     */
    private Optional<Alert> judged(ScopeHistory history, int baseYear, int year, EventKind kind, BigDecimal base,
                                   BigDecimal observed, String unit, String idUnit, String how, String prefix,
                                   Instant raisedAt, String quoted) {
        String currency = unit;
        if (base.signum() <= 0) {
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
        String test = String.format(Locale.ROOT, "%syear-over-year change %s (threshold ±%.0f%%, minimum %s)",
                prefix == null ? "" : prefix + ": ", Wording.percent(share), settings.valueChangeShare() * 100,
                Wording.money(BigDecimal.valueOf(settings.valueMinAmount()), currency));
        String reason = String.format(Locale.ROOT, "%s %s %s %.1f%% from %s%s in %s to %s%s in %s.",
                history.scope().label(), Wording.kind(kind), type == AlertType.DROP ? "fell" : "rose",
                Math.abs(share) * 100, Wording.money(base, currency), how, basePeriod,
                Wording.money(observed, currency), how, period);
        List<FactNote> now = withCurrency(history.notes(year, kind).notes(), quoted);
        List<FactNote> before = withCurrency(history.notes(baseYear, kind).notes(), quoted);
        return Optional.of(new Alert(
                AlertIds.of(type, history.scope(), kind.name(), period, idUnit),
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
        return currency == null ? notes : notes.stream().filter(n -> currency.equals(n.currency())).toList();
    }
}
