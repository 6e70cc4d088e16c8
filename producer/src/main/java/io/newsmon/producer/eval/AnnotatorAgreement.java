package io.newsmon.producer.eval;

import io.newsmon.model.Article;
import io.newsmon.model.NewsEvent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How far two people labelling the same stories by the same guide agree: the ceiling any
 * extractor scored against one of them can reach. A second annotator relabels some of the dev
 * set's stories into a folder of the same format; both label sets are compared with the very
 * matching the evaluation uses, and the extractor is scored against each on the same stories.
 *
 * @param articles   stories both annotators labelled
 * @param annotators the first annotator's labels as gold, the second's as predicted (F1 is
 *                   symmetric; precision and recall swap if the roles do)
 * @param extractorVsFirst  the extractor against the first annotator on these stories
 * @param extractorVsSecond the extractor against the second annotator
 * @param bySplit    the two annotators on the stories of each split of the dev set (those with any)
 */
public record AnnotatorAgreement(int articles, EventScores annotators, EventScores extractorVsFirst,
                                 EventScores extractorVsSecond, Map<DevSetArticle.Split, SplitScores> bySplit) {

    /** The annotators on one split's stories. */
    public record SplitScores(int articles, EventScores annotators) {
    }

    public AnnotatorAgreement {
        bySplit = java.util.Collections.unmodifiableMap(new EnumMap<>(bySplit));
    }

    /**
     * Compares the dev set with a relabelling of some of its stories.
     *
     * @param devsetDir the dev set ({@code eval/})
     * @param secondDir the relabelling: an {@code articles.tsv} listing the stories relabelled (its
     *                  split and countries columns are not read) and their {@code events.tsv}
     * @throws IllegalArgumentException when a relabelled story is not in the dev set or the collection
     */
    public static AnnotatorAgreement measure(Path devsetDir, Path secondDir, Path reutersDir,
                                             Function<Article, List<NewsEvent>> extractor) {
        Map<Integer, DevSetArticle> first = new HashMap<>();
        DevSet.load(devsetDir).articles().forEach(a -> first.put(a.newId(), a));
        List<DevSetArticle> second = DevSet.load(secondDir).articles();
        Map<Integer, ReutersStory> stories = new ReutersCorpus(reutersDir).byNewId();

        List<Fact> firstFacts = new ArrayList<>();
        List<Fact> secondFacts = new ArrayList<>();
        List<Fact> extracted = new ArrayList<>();
        Map<DevSetArticle.Split, List<Fact>> firstBySplit = new EnumMap<>(DevSetArticle.Split.class);
        Map<DevSetArticle.Split, List<Fact>> secondBySplit = new EnumMap<>(DevSetArticle.Split.class);
        Map<DevSetArticle.Split, Integer> articlesBySplit = new EnumMap<>(DevSetArticle.Split.class);
        for (DevSetArticle relabelled : second) {
            DevSetArticle original = first.get(relabelled.newId());
            if (original == null || !original.file().equals(relabelled.file())) {
                throw new IllegalArgumentException("relabelled story " + relabelled.newId() + " (" + relabelled.file()
                        + ") is not in the dev set at " + devsetDir.toAbsolutePath().normalize());
            }
            ReutersStory story = stories.get(relabelled.newId());
            if (story == null) {
                throw new IllegalArgumentException("story " + relabelled.newId() + " is not in the Reuters collection at "
                        + reutersDir.toAbsolutePath().normalize());
            }
            List<Fact> a = original.events().stream().map(Fact::of).toList();
            List<Fact> b = relabelled.events().stream().map(Fact::of).toList();
            firstFacts.addAll(a);
            secondFacts.addAll(b);
            articlesBySplit.merge(original.split(), 1, Integer::sum);
            firstBySplit.computeIfAbsent(original.split(), k -> new ArrayList<>()).addAll(a);
            secondBySplit.computeIfAbsent(original.split(), k -> new ArrayList<>()).addAll(b);
            extractor.apply(story.toArticle()).forEach(e -> extracted.add(Fact.of(e, story.id())));
        }
        Map<DevSetArticle.Split, SplitScores> bySplit = new EnumMap<>(DevSetArticle.Split.class);
        articlesBySplit.forEach((split, n) -> bySplit.put(split, new SplitScores(n,
                EventScorer.score(firstBySplit.get(split), secondBySplit.get(split)))));
        return new AnnotatorAgreement(second.size(),
                EventScorer.score(firstFacts, secondFacts),
                EventScorer.score(firstFacts, extracted),
                EventScorer.score(secondFacts, extracted),
                bySplit);
    }

    /**
     * The three comparisons side by side; then the annotators' disagreements on dev-split stories
     * (those on held-out and blind stories stay unread, as in the evaluation).
     */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "newsmon annotator agreement: %d stories labelled twice (%s)%n%n", articles, splitCounts());
        out.println("Events (match = article + kind + ordered pair + year; F1's 95 % bootstrap interval over articles)");
        comparisons(out, EventScores::events, EventScores::eventsByArticle);
        EvaluationReport.line(out, "any direction", annotators.eventsAnyOrder());
        out.println();
        out.println("Events per kind, annotators (P = share of the 2nd's events the 1st also wrote)");
        annotators.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> EvaluationReport.line(out, e.getKey().name(), e.getValue()));
        out.println();
        out.println("Amounts (match = article + ordered pair + year + currency + value within 0.5%)");
        comparisons(out, EventScores::amounts, EventScores::amountsByArticle);
        out.println();
        EventScores dev = bySplit.containsKey(DevSetArticle.Split.DEV) ? bySplit.get(DevSetArticle.Split.DEV).annotators()
                : EventScorer.score(List.of(), List.of());
        out.println("Events the 1st annotator wrote and the 2nd did not, dev-split stories (" + dev.misses().size() + ")");
        dev.misses().forEach(m -> out.printf("  %-14s %s; 2nd wrote %s%n", m.articleId(), m.expected(),
                m.got().isEmpty() ? "nothing for this pair" : m.got()));
        out.println();
        out.println("Events the 2nd annotator wrote and the 1st did not, dev-split stories (" + dev.falsePositives().size() + ")");
        dev.falsePositives().forEach(m -> out.printf("  %-14s %s%n", m.articleId(), m.got()));
    }

    /** One measure of the annotators (overall and per split) and of the extractor against each. */
    private void comparisons(PrintStream out, java.util.function.Function<EventScores, Prf> total,
                             java.util.function.Function<EventScores, Map<String, Prf>> perArticle) {
        EvaluationReport.line(out, "annotators", total.apply(annotators), perArticle.apply(annotators).values());
        bySplit.forEach((split, scores) -> EvaluationReport.line(out, "  on " + name(split), total.apply(scores.annotators()),
                perArticle.apply(scores.annotators()).values()));
        EvaluationReport.line(out, "extractor vs 1st", total.apply(extractorVsFirst), perArticle.apply(extractorVsFirst).values());
        EvaluationReport.line(out, "extractor vs 2nd", total.apply(extractorVsSecond), perArticle.apply(extractorVsSecond).values());
    }

    private String splitCounts() {
        StringBuilder s = new StringBuilder();
        bySplit.forEach((split, scores) -> s.append(s.length() == 0 ? "" : ", ").append(scores.articles()).append(' ').append(name(split)));
        return s.toString();
    }

    private static String name(DevSetArticle.Split split) {
        return split.name().toLowerCase(Locale.ROOT);
    }
}
