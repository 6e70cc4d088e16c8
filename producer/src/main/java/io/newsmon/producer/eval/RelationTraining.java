package io.newsmon.producer.eval;

import io.newsmon.model.EventKind;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.extract.RelationCandidate;
import io.newsmon.producer.extract.RelationModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private RelationTraining() {
    }

    /** The examples of the stories of the given splits, in dev-set order; {@code progress} gets each story's index. */
    public static List<RelationModel.Example> examples(DevSet devSet, Map<Integer, ReutersStory> corpus,
                                                       Set<DevSetArticle.Split> splits, IntConsumer progress) {
        EventExtractor rules = new EventExtractor(RelationModel.none());
        List<RelationModel.Example> examples = new ArrayList<>();
        int index = 0;
        for (DevSetArticle article : devSet.articles()) {
            progress.accept(index++);
            if (!splits.contains(article.split())) {
                continue;
            }
            ReutersStory story = corpus.get(article.newId());
            if (story == null || !story.file().equals(article.file())) {
                throw new IllegalArgumentException("dev set article " + article.newId() + " (" + article.file()
                        + ") is not in the Reuters collection");
            }
            examples.addAll(examplesOf(article, rules.relationCandidates(story.toArticle())));
        }
        return examples;
    }

    /** Each candidate labelled with the kinds the annotator found for its ordered pair in the story. */
    private static List<RelationModel.Example> examplesOf(DevSetArticle article, List<RelationCandidate> candidates) {
        List<RelationModel.Example> examples = new ArrayList<>();
        for (RelationCandidate c : candidates) {
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (GoldEvent e : article.events()) {
                if (e.actor1().equals(c.actor1()) && e.actor2().equals(c.actor2())) {
                    kinds.add(e.kind());
                }
            }
            examples.add(new RelationModel.Example(c.features(), kinds));
        }
        return examples;
    }

    /** Thresholds the training chooses from: the one with the best cross-validated F1 on dev. */
    public static final List<Double> THRESHOLDS = List.of(0.5, 0.6, 0.7, 0.8, 0.9);
    /** Folds of that cross-validation. */
    public static final int FOLDS = 5;

    /**
     * The model trained on the dev split of the set in {@code devsetDir}, adding events at the threshold
     * that does best in {@value #FOLDS}-fold cross-validation on dev (ties: the lower).
     */
    public static RelationModel train(Path devsetDir, Path reutersDir, IntConsumer progress) {
        DevSet devSet = DevSet.load(devsetDir);
        Map<Integer, ReutersStory> corpus = new ReutersCorpus(reutersDir).byNewId();
        List<RelationModel.Example> examples = examples(devSet, corpus, Set.of(DevSetArticle.Split.DEV), progress);
        return RelationModel.train(examples, EPOCHS, L2).withThreshold(bestThreshold(crossValidate(devSet, corpus, FOLDS)));
    }

    /** The threshold of the best F1 (ties: the lower). */
    public static double bestThreshold(Map<Double, Prf> byThreshold) {
        double best = THRESHOLDS.get(0);
        for (Map.Entry<Double, Prf> e : byThreshold.entrySet()) {
            if (e.getValue().f1() > byThreshold.get(best).f1()) {
                best = e.getKey();
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
        List<DevSetArticle> dev = devSet.in(DevSetArticle.Split.DEV);
        EventExtractor rules = new EventExtractor(RelationModel.none());
        List<List<RelationModel.Example>> examples = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            examples.add(new ArrayList<>());
        }
        for (DevSetArticle article : dev) {
            ReutersStory story = corpus.get(article.newId());
            examples.get(article.newId() % folds).addAll(examplesOf(article, rules.relationCandidates(story.toArticle())));
        }
        List<Fact> gold = new ArrayList<>();
        Map<Double, List<Fact>> predicted = new java.util.TreeMap<>();
        THRESHOLDS.forEach(t -> predicted.put(t, new ArrayList<>()));
        for (int f = 0; f < folds; f++) {
            List<RelationModel.Example> training = new ArrayList<>();
            for (int g = 0; g < folds; g++) {
                if (g != f) {
                    training.addAll(examples.get(g));
                }
            }
            RelationModel model = RelationModel.train(training, EPOCHS, L2);
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
        Map<Double, Prf> scores = new java.util.TreeMap<>();
        predicted.forEach((t, p) -> scores.put(t, EventScorer.score(gold, p).events()));
        return scores;
    }
}
