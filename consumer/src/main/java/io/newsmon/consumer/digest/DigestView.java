package io.newsmon.consumer.digest;

import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a digest page shows, flattened to strings and lists for the templates. Values are raw text:
 * the template engine escapes them for HTML or Markdown.
 */
public record DigestView(
        String title,
        String scope,
        String period,
        String from,
        String to,
        long articles,
        List<AlertView> alerts,
        List<FigureView> figures,
        List<EventView> events,
        List<CountRow> counts,
        List<AmountRow> amounts) {

    /** One alert: what changed and why. */
    public record AlertView(String type, String severity, String subject, String kind, String period,
                            String basePeriod, String observed, String baseline, String unit, String test,
                            String reason, List<QuoteView> evidence) {
    }

    /** An evidence sentence with its source. */
    public record QuoteView(String sentence, String sourceTitle, String link) {
    }

    /** A key figure with its trend. */
    public record FigureView(String name, String unit, String latest, String latestPeriod, String change,
                             String span, TrendChart chart, List<PointView> points) {
    }

    public record PointView(String period, String value) {
    }

    /** A top event with its evidence and source. */
    public record EventView(String kind, String modality, String pair, String date, String amount,
                            String sentence, String sourceTitle, String link) {
    }

    public record CountRow(String kind, long count) {
    }

    public record AmountRow(String kind, String currency, String total, String readable) {
    }

    /** Whether there is an amounts table to show. */
    public boolean hasAmounts() {
        return !amounts.isEmpty();
    }

    public static DigestView of(Digest digest, DigestName name) {
        return new DigestView(
                "Digest " + name.scopeLabel() + " \u00b7 " + name.period(),
                name.scopeLabel(),
                name.period(),
                digest.from() == null ? "" : digest.from().toString(),
                digest.to() == null ? "" : digest.to().toString(),
                digest.articles(),
                digest.alerts().stream().map(DigestView::alert).toList(),
                digest.figures().stream().map(DigestView::figure).toList(),
                digest.topEvents().stream().map(DigestView::event).toList(),
                counts(digest.counts()),
                amounts(digest.amounts()));
    }

    public static AlertView alert(Alert a) {
        String subject = a.actor2() == null ? a.actor1() : a.actor1() + " \u2192 " + a.actor2();
        return new AlertView(
                lower(a.type()), lower(a.severity()), subject, lower(a.kind()),
                text(a.period()), text(a.basePeriod()),
                Figures.plain(a.observed()), Figures.plain(a.baseline()), text(a.unit()), text(a.test()),
                text(a.reason()),
                a.evidence().stream().map(q -> quote(q.sentence(), q.source())).toList());
    }

    private static FigureView figure(Digest.Figure f) {
        List<Digest.Point> points = f.points().stream().filter(p -> p.value() != null).toList();
        Digest.Point first = points.isEmpty() ? null : points.get(0);
        Digest.Point last = points.isEmpty() ? null : points.get(points.size() - 1);
        return new FigureView(
                text(f.name()), text(f.unit()),
                last == null ? "" : Figures.readable(last.value()),
                last == null ? "" : text(last.period()),
                first == null || points.size() < 2 ? "" : Figures.change(first.value(), last.value()),
                first == null || points.size() < 2 ? ""
                        : first.period() + ": " + Figures.readable(first.value()) + " \u2192 " + last.period() + ": "
                        + Figures.readable(last.value()),
                TrendChart.of(f),
                points.stream().map(p -> new PointView(text(p.period()), Figures.plain(p.value()))).toList());
    }

    private static EventView event(NewsEvent e) {
        String amount = e.amount() == null ? ""
                : (e.amount().qualifier() == null ? "" : e.amount().qualifier() + " ")
                + Figures.readable(e.amount().value()) + " " + e.amount().currency();
        QuoteView quote = quote(e.evidence().sentence(), e.source());
        // "sanctions lifted" (CAMEO 085); not GDELT's catch-all kind, whose 08 "yield" codes name no eased relation
        String kind = e.kind() == EventKind.SANCTION && EventKind.eases(e.cameo()) ? "sanction eased" : lower(e.kind());
        return new EventView(kind, lower(e.modality()), e.actor1() + " \u2192 " + e.actor2(),
                e.date().iso(), amount, quote.sentence(), quote.sourceTitle(), quote.link());
    }

    private static QuoteView quote(String sentence, SourceRef source) {
        String link = source == null ? null : SafeLink.httpUrl(source.url()).orElse(null);
        String title = source == null ? "" : firstNonBlank(source.title(), source.url(), source.articleId());
        return new QuoteView(text(sentence), title, link);
    }

    private static List<CountRow> counts(Map<EventKind, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<EventKind, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CountRow(lower(e.getKey()), e.getValue() == null ? 0 : e.getValue()))
                .toList();
    }

    private static List<AmountRow> amounts(Map<EventKind, Map<String, BigDecimal>> amounts) {
        List<AmountRow> rows = new ArrayList<>();
        amounts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(byKind ->
                byKind.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(byCurrency ->
                        rows.add(new AmountRow(lower(byKind.getKey()), byCurrency.getKey(),
                                Figures.plain(byCurrency.getValue()), Figures.readable(byCurrency.getValue())))));
        rows.sort(Comparator.comparing(AmountRow::kind).thenComparing(AmountRow::currency));
        return List.copyOf(rows);
    }

    private static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
