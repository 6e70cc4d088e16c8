package io.newsmon.streams.fact;

import io.newsmon.model.Aggregate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one report of a fact changes an aggregate. Counts, sums and the Goldstein sum take each fact
 * once and only facts (a stated intention is not yet a visit or a flow); every report adds to
 * {@code reports}.
 */
public final class AggregateMath {
    private AggregateMath() {
    }

    /** True when the fact moves counts and sums (as opposed to only being reported again). */
    public static boolean counts(NewsEvent event) {
        return event.modality() == Modality.FACT;
    }

    /**
     * @param current  the aggregate so far, or null for the first report in this scope and period
     * @param newFact  true for the first report of this fact in this scope
     */
    public static Aggregate add(Aggregate current, ScopeKey scope, String period, NewsEvent event, boolean newFact) {
        Aggregate base = current != null ? current
                : new Aggregate(scope.scope(), scope.country(), scope.partner(), period, Map.of(), Map.of(), 0, 0.0, null);
        Map<EventKind, Long> counts = base.counts();
        Map<EventKind, Map<String, BigDecimal>> amounts = base.amounts();
        double goldstein = base.goldsteinSum();
        if (newFact && counts(event)) {
            counts = increment(counts, event.kind());
            goldstein += Goldstein.weight(event.cameo());
            if (event.amount() != null && FactPeriods.withinOneYear(event.date())) {
                amounts = plus(amounts, event.kind(), event.amount().currency(), event.amount().value());
            }
        }
        return new Aggregate(base.scope(), base.country(), base.partner(), period, counts, amounts,
                base.reports() + 1, goldstein, event.id());
    }

    private static Map<EventKind, Long> increment(Map<EventKind, Long> counts, EventKind kind) {
        Map<EventKind, Long> next = new EnumMap<>(EventKind.class);
        next.putAll(counts);
        next.merge(kind, 1L, Long::sum);
        return next;
    }

    private static Map<EventKind, Map<String, BigDecimal>> plus(Map<EventKind, Map<String, BigDecimal>> amounts,
                                                                EventKind kind, String currency, BigDecimal value) {
        Map<EventKind, Map<String, BigDecimal>> next = new HashMap<>(amounts);
        Map<String, BigDecimal> byCurrency = new TreeMap<>(amounts.getOrDefault(kind, Map.of()));
        byCurrency.merge(currency, value, BigDecimal::add);
        next.put(kind, Map.copyOf(byCurrency));
        return next;
    }

    /** The sum of one kind in one currency, or null when the aggregate has none. */
    public static BigDecimal amount(Aggregate aggregate, EventKind kind, String currency) {
        return aggregate == null ? null : aggregate.amounts().getOrDefault(kind, Map.of()).get(currency);
    }

    public static long count(Aggregate aggregate, EventKind kind) {
        return aggregate == null ? 0 : aggregate.counts().getOrDefault(kind, 0L);
    }
}
