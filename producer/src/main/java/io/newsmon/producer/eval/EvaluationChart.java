package io.newsmon.producer.eval;

import io.newsmon.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation as a picture: one bar of F1 per measure (overall, per split, per kind, amounts,
 * countries), with the target drawn across the bars it applies to and, on the split bars,
 * the 95 % bootstrap interval of the F1 as a whisker ({@link ConfidenceInterval}). A standalone
 * SVG, so the README and docs can show it and a browser opens it.
 */
public final class EvaluationChart {
    private static final int ROW = 22;
    private static final int LABEL = 150;
    private static final int BAR = 360;
    private static final int LEFT = 10;
    private static final int TOP = 56;

    private EvaluationChart() {
    }

    /** One measured bar: its label, its score, the target it is held to (NaN for none), its interval (or null). */
    record Bar(String label, Prf score, double target, ConfidenceInterval interval) {
        Bar(String label, Prf score, double target) {
            this(label, score, target, (ConfidenceInterval) null);
        }

        Bar(String label, Prf score, double target, java.util.Map<String, Prf> perArticle) {
            this(label, score, target, ConfidenceInterval.ofF1(perArticle.values()));
        }
    }

    public static String svg(EvaluationReport report) {
        List<Bar> bars = bars(report);
        int height = TOP + bars.size() * ROW + 30;
        int width = LEFT + LABEL + BAR + 160;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width, height));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">newsmon extraction: F1 by measure</text>%n"
                        + "<text x=\"%d\" y=\"38\">%d dev-set articles, %d gold events; PLACES on %d Reuters-21578 TEST stories</text>%n",
                LEFT, LEFT, report.articles(), report.goldEvents(), report.places().stories()));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            double f1 = bar.score().f1();
            boolean met = Double.isNaN(bar.target()) || f1 >= bar.target();
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT, y + 14, escape(bar.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#eee\"/>%n", LEFT + LABEL, y + 2, BAR));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>%n",
                    LEFT + LABEL, y + 2, f1 * BAR, met ? "#2b7bba" : "#d9822b"));
            if (bar.interval() != null) {
                double low = LEFT + LABEL + bar.interval().low() * BAR;
                double high = LEFT + LABEL + bar.interval().high() * BAR;
                svg.append(String.format(Locale.ROOT,
                        "<path d=\"M%.1f %d v8 M%.1f %d H%.1f M%.1f %d v8\" stroke=\"#222\" fill=\"none\"/>%n",
                        low, y + 6, low, y + 10, high, high, y + 6));
            }
            if (!Double.isNaN(bar.target())) {
                double x = LEFT + LABEL + bar.target() * BAR;
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b00\" stroke-width=\"2\"/>%n",
                        x, y, x, y + 20));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.3f  (P %.2f R %.2f)</text>%n",
                    LEFT + LABEL + BAR + 6, y + 14, f1, bar.score().precision(), bar.score().recall()));
        }
        int legend = TOP + bars.size() * ROW + 18;
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b00\" stroke-width=\"2\"/>"
                        + "<text x=\"%d\" y=\"%d\">target (issue 3); orange bars are below theirs; whiskers: 95 %% interval</text>%n",
                LEFT + LABEL, legend - 5, LEFT + LABEL + 14, legend - 5, LEFT + LABEL + 20, legend));
        return svg.append("</svg>\n").toString();
    }

    static List<Bar> bars(EvaluationReport report) {
        List<Bar> bars = new ArrayList<>();
        bars.add(new Bar("events, all", report.all().events(), 0.85, report.all().eventsByArticle()));
        bars.add(new Bar("events, dev split", report.dev().events(), 0.85, report.dev().eventsByArticle()));
        bars.add(new Bar("events, held out", report.heldout().events(), 0.85, report.heldout().eventsByArticle()));
        if (report.articlesIn(DevSetArticle.Split.BLIND) > 0) {
            bars.add(new Bar("events, blind", report.blind().events(), 0.85, report.blind().eventsByArticle()));
        }
        for (EventKind kind : EventKind.values()) {
            Prf prf = report.all().byKind().get(kind);
            if (prf != null) {
                bars.add(new Bar("  " + kind.name().toLowerCase(Locale.ROOT), prf, Double.NaN));
            }
        }
        bars.add(new Bar("amounts, all", report.all().amounts(), 0.90, report.all().amountsByArticle()));
        bars.add(new Bar("amounts, held out", report.heldout().amounts(), 0.90, report.heldout().amountsByArticle()));
        if (report.articlesIn(DevSetArticle.Split.BLIND) > 0) {
            bars.add(new Bar("amounts, blind", report.blind().amounts(), 0.90, report.blind().amountsByArticle()));
        }
        bars.add(new Bar("countries, dev set", report.countries(), Double.NaN));
        bars.add(new Bar("Reuters PLACES", report.places().prf(), 0.90));
        return bars;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
