package io.newsmon.producer.eval;

import io.newsmon.model.EventKind;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one evaluation run measured.
 *
 * @param articles          dev-set articles evaluated (dev + held out)
 * @param heldoutArticles   of which held out
 * @param goldEvents        gold events in them
 * @param all               event scores over every dev-set article
 * @param dev               over the dev split only
 * @param heldout           over the held-out split only
 * @param countries         recognised countries vs the annotated countries of each dev-set article
 * @param places            recognised countries vs Reuters PLACES on the ModLewis TEST split
 * @param extractionErrors  articles the extractor failed on ("reuters-123: message"); scored as
 *                          producing nothing
 */
public record EvaluationReport(int articles, int heldoutArticles, int goldEvents, EventScores all,
                               EventScores dev, EventScores heldout, Prf countries, PlacesScore places,
                               List<String> extractionErrors) {

    public EvaluationReport {
        extractionErrors = List.copyOf(extractionErrors);
    }

    /** The report as plain text: scores first, then every miss and false positive. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "newsmon evaluation: %d dev-set articles (%d held out), %d gold events%n%n",
                articles, heldoutArticles, goldEvents);
        out.println("Events (match = article + kind + ordered pair + year)");
        line(out, "all", all.events());
        line(out, "dev", dev.events());
        line(out, "heldout", heldout.events());
        line(out, "any direction", all.eventsAnyOrder());
        out.println();
        out.println("Events per kind (all articles)");
        for (EventKind kind : EventKind.values()) {
            Prf prf = all.byKind().get(kind);
            if (prf != null) {
                line(out, kind.name(), prf);
            }
        }
        out.println();
        out.println("Amounts (match = article + ordered pair + year + currency + value within 0.5%)");
        line(out, "all", all.amounts());
        line(out, "dev", dev.amounts());
        line(out, "heldout", heldout.amounts());
        out.println();
        out.println("Country recognition");
        line(out, "dev set", countries);
        line(out, "Reuters PLACES", places.prf());
        out.printf(Locale.ROOT, "  %-16s %d ModLewis TEST stories with a body and a country place%n", "", places.stories());
        out.println("  PLACES most missed:   " + counts(places.mostMissed()));
        out.println("  PLACES most spurious: " + counts(places.mostSpurious()));
        if (!extractionErrors.isEmpty()) {
            out.println();
            out.println("Extraction errors (" + extractionErrors.size() + ")");
            extractionErrors.forEach(e -> out.println("  " + e));
        }
        out.println();
        mismatches(out, "Missed events", all.misses());
        mismatches(out, "False positive events", all.falsePositives());
        mismatches(out, "Missed amounts", all.amountMisses());
        mismatches(out, "False positive amounts", all.amountFalsePositives());
    }

    private static void line(PrintStream out, String label, Prf prf) {
        out.printf(Locale.ROOT, "  %-16s %s%n", label, prf.format());
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((code, n) -> s.append(s.length() == 0 ? "" : ", ").append(code).append(' ').append(n));
        return s.toString();
    }

    private static void mismatches(PrintStream out, String title, List<Mismatch> list) {
        out.println(title + " (" + list.size() + ")");
        for (Mismatch m : list) {
            if (m.expected().isEmpty()) {
                out.printf("  %-14s got %s%n", m.articleId(), m.got());
            } else {
                out.printf("  %-14s expected %s; got %s%n", m.articleId(), m.expected(),
                        m.got().isEmpty() ? "nothing for this pair" : m.got());
            }
            if (!m.evidence().isBlank()) {
                out.printf("  %-14s   \"%s\"%n", "", abbreviate(m.evidence()));
            }
        }
        out.println();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
