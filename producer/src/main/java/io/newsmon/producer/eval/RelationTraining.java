package io.newsmon.producer.eval;

import io.newsmon.model.EventKind;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.extract.RelationCandidate;
import io.newsmon.producer.extract.RelationModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Trains the extractor's {@link RelationModel} from the labelled set: every ordered pair of countries
 * the rules-only extractor finds in a sentence of a dev-split story is an example, labelled with the
 * kinds the annotator found for that pair in the story. Only the dev split: the held-out and blind
 * splits stay unseen, so the evaluation's figures for them remain honest.
 */
public final class RelationTraining {

    /** Passes over the examples: enough for the weights to settle (checked by cross-validation on dev). */
    public static final int EPOCHS = 15;
    /** L2 penalty per update: keeps rare words from deciding alone. */
    public static final double L2 = 0.001;
    /** Shuffled orders whose weights are averaged: the model no longer hangs on one order (see RelationModel.train). */
    public static final int SEEDS = 5;
    /** Thresholds the training chooses from: the one with the best cross-validated F1 on dev. */
    public static final List<Double> THRESHOLDS = List.of(0.5, 0.6, 0.7, 0.8, 0.9);
    /** Folds of that cross-validation. */
    public static final int FOLDS = 5;

    private RelationTraining() {
    }

    /** A trained model and what it was chosen and trained on. */
    public record Trained(RelationModel model, Map<Double, Prf> crossValidation, int examples,
                          Map<EventKind, Integer> positives) {
    }

    /**
     * The model trained on the dev split of the set in {@code devsetDir}, adding events at the threshold
     * that does best in {@value #FOLDS}-fold cross-validation on dev (ties: the lower).
     */
    public static RelationModel train(Path devsetDir, Path reutersDir, IntConsumer progress) {
        return train(DevSet.load(devsetDir), new ReutersCorpus(reutersDir).byNewId(), progress).model();
    }

    /** The same, with the cross-validation and the counts behind it; {@code progress} gets each dev story's index. */
    public static Trained train(DevSet devSet, Map<Integer, ReutersStory> corpus, IntConsumer progress) {
        Map<Integer, List<RelationModel.Example>> byStory = examplesByStory(devSet, corpus, progress);
        Map<Double, Prf> crossValidation = crossValidate(devSet, corpus, byStory, FOLDS);
        List<RelationModel.Example> examples = new ArrayList<>();
        byStory.values().forEach(examples::addAll);
        Map<EventKind, Integer> positives = new EnumMap<>(EventKind.class);
        examples.forEach(e -> e.kinds().forEach(k -> positives.merge(k, 1, Integer::sum)));
        RelationModel model = RelationModel.train(examples, EPOCHS, L2, SEEDS).withThreshold(bestThreshold(crossValidation));
        return new Trained(model, crossValidation, examples.size(), positives);
    }

    /**
     * How much better a higher threshold must do to be chosen. Cross-validated F1 moves by a few
     * thousandths when one rule changes; without a margin the shipped threshold flipped between 0.5
     * and 0.6 on differences of 0.0001, and every figure with it.
     */
    public static final double THRESHOLD_MARGIN = 0.005;

    /** The lowest threshold unless a higher one's F1 beats the best so far by {@link #THRESHOLD_MARGIN}. */
    public static double bestThreshold(Map<Double, Prf> byThreshold) {
        double best = THRESHOLDS.get(0);
        for (double t : THRESHOLDS) {
            if (byThreshold.containsKey(t) && byThreshold.get(t).f1() > byThreshold.get(best).f1() + THRESHOLD_MARGIN) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The rules with a model trained on the other folds, scored on each fold of the dev split (stories
     * assigned to folds by NEWID), at each of {@link #THRESHOLDS}: how well the model does on stories it
     * was not trained on, measured without touching the held-out or blind splits. Events' scores by threshold.
     */
    public static Map<Double, Prf> crossValidate(DevSet devSet, Map<Integer, ReutersStory> corpus, int folds) {
        return crossValidate(devSet, corpus, examplesByStory(devSet, corpus, story -> { }), folds);
    }

    private static Map<Double, Prf> crossValidate(DevSet devSet, Map<Integer, ReutersStory> corpus,
                                                  Map<Integer, List<RelationModel.Example>> byStory, int folds) {
        List<DevSetArticle> dev = devSet.in(DevSetArticle.Split.DEV);
        List<Fact> gold = new ArrayList<>();
        Map<Double, List<Fact>> predicted = new TreeMap<>();
        THRESHOLDS.forEach(t -> predicted.put(t, new ArrayList<>()));
        for (int f = 0; f < folds; f++) {
            List<RelationModel.Example> training = new ArrayList<>(); // fold by fold: the order fixes the shuffle
            for (int g = 0; g < folds; g++) {
                for (DevSetArticle article : dev) {
                    if (g != f && article.newId() % folds == g) {
                        training.addAll(byStory.get(article.newId()));
                    }
                }
            }
            RelationModel model = RelationModel.train(training, EPOCHS, L2, SEEDS);
            for (double threshold : THRESHOLDS) {
                EventExtractor extractor = new EventExtractor(model.withThreshold(threshold));
                for (DevSetArticle article : dev) {
                    if (article.newId() % folds != f) {
                        continue;
                    }
                    ReutersStory story = corpus.get(article.newId());
                    if (threshold == THRESHOLDS.get(0)) {
                        article.events().forEach(e -> gold.add(Fact.of(e)));
                    }
                    extractor.extract(story.toArticle()).forEach(e -> predicted.get(threshold).add(Fact.of(e, story.id())));
                }
            }
        }
        Map<Double, Prf> scores = new TreeMap<>();
        predicted.forEach((t, p) -> scores.put(t, EventScorer.score(gold, p).events()));
        return scores;
    }

    /** Each dev story's examples, in dev-set order: the rules run over each story once. */
    private static Map<Integer, List<RelationModel.Example>> examplesByStory(DevSet devSet, Map<Integer, ReutersStory> corpus,
                                                                            IntConsumer progress) {
        EventExtractor rules = new EventExtractor(RelationModel.none());
        Map<Integer, List<RelationModel.Example>> byStory = new LinkedHashMap<>();
        int index = 0;
        for (DevSetArticle article : devSet.articles()) {
            progress.accept(index++);
            if (article.split() != DevSetArticle.Split.DEV) {
                continue;
            }
            ReutersStory story = corpus.get(article.newId());
            if (story == null || !story.file().equals(article.file())) {
                throw new IllegalArgumentException("dev set article " + article.newId() + " (" + article.file()
                        + ") is not in the Reuters collection");
            }
            byStory.put(article.newId(), examplesOf(article, rules.relationCandidates(story.toArticle())));
        }
        return byStory;
    }

    /**
     * Each candidate labelled with the kinds the annotator found for its ordered pair in the story, in the
     * year an event from the candidate's sentence would be dated by: the model learns what it is scored on.
     * (Labelled with every year's kinds, it learnt "Japan's 1985 exports" from sentences about 1987 ones:
     * cross-validation 0.447; with the year, 0.455.)
     */
    private static List<RelationModel.Example> examplesOf(DevSetArticle article, List<RelationCandidate> candidates) {
        List<RelationModel.Example> examples = new ArrayList<>();
        for (RelationCandidate c : candidates) {
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (GoldEvent e : article.events()) {
                if (e.actor1().equals(c.actor1()) && e.actor2().equals(c.actor2())
                        && (c.year() <= 0 || e.date().year() == c.year())) {
                    kinds.add(e.kind());
                }
            }
            examples.add(new RelationModel.Example(c.features(), kinds));
        }
        return examples;
    }
}
