package io.newsmon.producer.eval;

import io.newsmon.model.EventKind;
import java.io.PrintStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one evaluation run measured.
 *
 * @param articles          dev-set articles evaluated (all splits)
 * @param goldEvents        gold events in them
 * @param all               event scores over every dev-set article
 * @param splits            the scores of each split, every split present (with 0 articles if none)
 * @param countries         recognised countries vs the annotated countries of each dev-set article
 * @param places            recognised countries vs Reuters PLACES on the ModLewis TEST split
 * @param extractionErrors  articles the extractor failed on ("reuters-123: message"); scored as
 *                          producing nothing
 */
public record EvaluationReport(int articles, int goldEvents, EventScores all,
                               Map<DevSetArticle.Split, SplitScores> splits, Prf countries, PlacesScore places,
                               List<String> extractionErrors) {

    /** The scores of one split and how many articles it has. */
    public record SplitScores(int articles, EventScores scores) {
    }

    public EvaluationReport {
        extractionErrors = List.copyOf(extractionErrors);
        EnumMap<DevSetArticle.Split, SplitScores> copy = new EnumMap<>(DevSetArticle.Split.class);
        copy.putAll(splits);
        for (DevSetArticle.Split split : DevSetArticle.Split.values()) {
            if (!copy.containsKey(split)) {
                throw new IllegalArgumentException("no scores for split " + split);
            }
        }
        splits = Collections.unmodifiableMap(copy);
    }

    /** The scores over the dev split (the one tuned on). */
    public EventScores dev() {
        return splits.get(DevSetArticle.Split.DEV).scores();
    }

    /** The scores over the held-out split. */
    public EventScores heldout() {
        return splits.get(DevSetArticle.Split.HELDOUT).scores();
    }

    /** The scores over the blind split. */
    public EventScores blind() {
        return splits.get(DevSetArticle.Split.BLIND).scores();
    }

    /** Articles in a split. */
    public int articlesIn(DevSetArticle.Split split) {
        return splits.get(split).articles();
    }

    /**
     * The report as plain text: scores first, then the misses and false positives of the dev split
     * (those of the other splits only with {@code allMisses}: reading them would tune on them).
     */
    public void print(PrintStream out, boolean allMisses) {
        out.printf(Locale.ROOT, "newsmon evaluation: %d dev-set articles (%d dev, %d held out, %d blind), %d gold events%n%n",
                articles, articlesIn(DevSetArticle.Split.DEV), articlesIn(DevSetArticle.Split.HELDOUT),
                articlesIn(DevSetArticle.Split.BLIND), goldEvents);
        out.println("Events (match = article + kind + ordered pair + year; F1's 95 % bootstrap interval over articles)");
        line(out, "all", all.events(), all.eventsByArticle().values());
        splits.forEach((split, scores) -> {
            if (scores.articles() > 0) {
                line(out, split.name().toLowerCase(Locale.ROOT), scores.scores().events(),
                        scores.scores().eventsByArticle().values());
            }
        });
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
        line(out, "all", all.amounts(), all.amountsByArticle().values());
        splits.forEach((split, scores) -> {
            if (scores.articles() > 0) {
                line(out, split.name().toLowerCase(Locale.ROOT), scores.scores().amounts(),
                        scores.scores().amountsByArticle().values());
            }
        });
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
        EventScores shown = allMisses ? all : dev();
        String which = allMisses ? "" : ", dev split";
        mismatches(out, "Missed events" + which, shown.misses());
        mismatches(out, "False positive events" + which, shown.falsePositives());
        mismatches(out, "Missed amounts" + which, shown.amountMisses());
        mismatches(out, "False positive amounts" + which, shown.amountFalsePositives());
        if (!allMisses) {
            out.println("(Misses of the held-out and blind splits are not shown: --all-misses shows them.)");
        }
    }

    static void line(PrintStream out, String label, Prf prf) {
        out.printf(Locale.ROOT, "  %-16s %s%n", label, prf.format());
    }

    static void line(PrintStream out, String label, Prf prf, java.util.Collection<Prf> perArticle) {
        out.printf(Locale.ROOT, "  %-16s %s  F1 95%% %s%n", label, prf.format(), ConfidenceInterval.ofF1(perArticle).format());
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
