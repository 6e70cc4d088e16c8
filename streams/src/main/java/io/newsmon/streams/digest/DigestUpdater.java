package io.newsmon.streams.digest;

import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.FactPeriods;
import io.newsmon.streams.fact.ScopeKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a report or an alert changes one scope's digest for one reporting period. Counts and sums
 * take each fact once (and only facts, as the aggregates do); articles counts distinct articles.
 * Whether a fact or article is new to the digest is the caller's to say (it keeps those ids).
 */
public final class DigestUpdater {
    /** How many events a digest lists. */
    public static final int TOP_EVENTS = 10;

    /** Most significant first: larger amounts, then weightier kinds, then facts before intentions. */
    static final Comparator<NewsEvent> SIGNIFICANCE = Comparator
            .comparing((NewsEvent e) -> e.amount() == null ? BigDecimal.ZERO : e.amount().value().abs(),
                    Comparator.reverseOrder())
            .thenComparingInt(e -> kindWeight(e.kind()))
            .thenComparing(e -> e.modality() == Modality.FACT ? 0 : 1)
            .thenComparing(NewsEvent::date, Comparator.reverseOrder())
            .thenComparing(NewsEvent::id);

    private final DigestPeriod period;

    public DigestUpdater(DigestPeriod period) {
        this.period = period;
    }

    public String id(ScopeKey scope, LocalDate published) {
        return scope + "|" + period.label(published);
    }

    public Digest empty(ScopeKey scope, LocalDate published) {
        return new Digest(id(scope, published), scope.scope(), scope.country(), scope.partner(),
                period.label(published), period.first(published), period.last(published),
                Map.of(), Map.of(), List.of(), List.of(), List.of(), 0);
    }

    /**
     * The digest with one more report.
     *
     * @param newFact    the first report of this fact in this digest
     * @param newArticle the first report from this article in this digest
     */
    public Digest withReport(Digest d, NewsEvent event, boolean newFact, boolean newArticle, List<Digest.Figure> figures) {
        Map<EventKind, Long> counts = d.counts();
        Map<EventKind, Map<String, BigDecimal>> amounts = d.amounts();
        List<NewsEvent> top = d.topEvents();
        if (newFact) {
            if (AggregateMath.counts(event)) {
                counts = increment(counts, event.kind());
                if (event.amount() != null && FactPeriods.withinOneYear(event.date())) {
                    amounts = plus(amounts, event);
                }
            }
            List<NewsEvent> next = new ArrayList<>(top);
            next.add(event);
            next.sort(SIGNIFICANCE);
            top = next.size() > TOP_EVENTS ? next.subList(0, TOP_EVENTS) : next;
        }
        return new Digest(d.id(), d.scope(), d.country(), d.partner(), d.period(), d.from(), d.to(),
                counts, amounts, figures, top, d.alerts(), d.articles() + (newArticle ? 1 : 0));
    }

    /**
     * The digest with the alert added, or with its earlier version replaced by this one (a raised
     * severity), or the same digest when it already lists exactly this version.
     */
    public Digest withAlert(Digest d, Alert alert, List<Digest.Figure> figures) {
        if (d.alerts().contains(alert)) {
            return d;
        }
        List<Alert> alerts = new ArrayList<>(d.alerts());
        int earlier = -1;
        for (int i = 0; i < alerts.size(); i++) {
            if (alerts.get(i).id().equals(alert.id())) {
                earlier = i;
            }
        }
        if (earlier >= 0) {
            alerts.set(earlier, alert);
        } else {
            alerts.add(alert);
        }
        return new Digest(d.id(), d.scope(), d.country(), d.partner(), d.period(), d.from(), d.to(),
                d.counts(), d.amounts(), figures, d.topEvents(), alerts, d.articles());
    }

    private static int kindWeight(EventKind kind) {
        return switch (kind) {
            case SANCTION -> 0;
            case AGREEMENT -> 1;
            case VISIT -> 2;
            case REPRESENTATION -> 3;
            case INVESTMENT -> 4;
            case AID -> 5;
            case TRADE -> 6;
            case MEETING -> 7;
            case OTHER -> 8;
        };
    }

    private static Map<EventKind, Long> increment(Map<EventKind, Long> counts, EventKind kind) {
        Map<EventKind, Long> next = new EnumMap<>(EventKind.class);
        next.putAll(counts);
        next.merge(kind, 1L, Long::sum);
        return next;
    }

    private static Map<EventKind, Map<String, BigDecimal>> plus(Map<EventKind, Map<String, BigDecimal>> amounts,
                                                                NewsEvent event) {
        Map<EventKind, Map<String, BigDecimal>> next = new HashMap<>(amounts);
        Map<String, BigDecimal> byCurrency = new TreeMap<>(amounts.getOrDefault(event.kind(), Map.of()));
        byCurrency.merge(event.amount().currency(), event.amount().value(), BigDecimal::add);
        next.put(event.kind(), Map.copyOf(byCurrency));
        return next;
    }
}
