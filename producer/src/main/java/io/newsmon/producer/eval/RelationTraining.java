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

    /** The model trained on the dev split of the set in {@code devsetDir}. */
    public static RelationModel train(Path devsetDir, Path reutersDir, IntConsumer progress) {
        List<RelationModel.Example> examples = examples(DevSet.load(devsetDir), new ReutersCorpus(reutersDir).byNewId(),
                Set.of(DevSetArticle.Split.DEV), progress);
        return RelationModel.train(examples, EPOCHS, L2);
    }

    /**
     * The rules with a model trained on the other folds, scored on each fold of the dev split (stories
     * assigned to folds by NEWID): how well the model does on stories it was not trained on, measured
     * without touching the held-out or blind splits. Returns the events' precision, recall and F1.
     */
    public static Prf crossValidate(DevSet devSet, Map<Integer, ReutersStory> corpus, int folds) {
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
        List<Fact> predicted = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<RelationModel.Example> training = new ArrayList<>();
            for (int g = 0; g < folds; g++) {
                if (g != f) {
                    training.addAll(examples.get(g));
                }
            }
            EventExtractor extractor = new EventExtractor(RelationModel.train(training, EPOCHS, L2));
            for (DevSetArticle article : dev) {
                if (article.newId() % folds != f) {
                    continue;
                }
                ReutersStory story = corpus.get(article.newId());
                article.events().forEach(e -> gold.add(Fact.of(e)));
                extractor.extract(story.toArticle()).forEach(e -> predicted.add(Fact.of(e, story.id())));
            }
        }
        return EventScorer.score(gold, predicted).events();
    }
}
