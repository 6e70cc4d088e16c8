package io.newsmon.producer.eval;

import io.newsmon.model.Article;
import io.newsmon.model.NewsEvent;
import io.newsmon.producer.extract.CountryRecognizer;
import io.newsmon.producer.extract.EventExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures the extractor on the hand-labelled dev set and the country recogniser on Reuters
 * PLACES. Wired as {@code ./newsmon evaluate}; runnable alone with
 * {@code java ... io.newsmon.producer.eval.Evaluation [--devset eval] [--reuters ../shared/data/reuters21578] [--all-misses]}.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Runs the evaluation as {@code ./newsmon evaluate} does; exit status 2 on bad arguments or data. */
    public static void main(String[] args) {
        Path devset = DevSet.DEFAULT_DIR;
        Path reuters = ReutersCorpus.DEFAULT_DIR;
        boolean allMisses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devset" -> devset = Path.of(value(args, ++i));
                case "--reuters" -> reuters = Path.of(value(args, ++i));
                case "--all-misses" -> allMisses = true;
                default -> {
                    System.err.println("usage: Evaluation [--devset DIR] [--reuters DIR] [--all-misses]; unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        try {
            evaluate(devset, reuters, new EventExtractor()).print(System.out, allMisses);
        } catch (IllegalArgumentException e) {
            System.err.println("evaluation failed: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The newsmon extractor on the dev set, a fresh {@link CountryRecognizer} on PLACES. */
    public static EvaluationReport evaluate(Path devsetDir, Path reutersDir, EventExtractor extractor) {
        return evaluate(devsetDir, reutersDir, extractor, new CountryRecognizer());
    }

    /**
     * The dev set is labelled with every country an article names, PLACES with what a story is
     * about: the first is scored with {@code countriesNamed}, the second with {@code countriesIn}.
     */
    public static EvaluationReport evaluate(Path devsetDir, Path reutersDir, EventExtractor extractor,
                                            CountryRecognizer recognizer) {
        return evaluate(devsetDir, reutersDir, extractor::extract, recognizer::countriesNamed, recognizer::countriesIn);
    }

    /**
     * Runs the whole evaluation with any extractor and recogniser.
     *
     * @param devsetDir   the folder with articles.tsv and events.tsv (the repo's {@code eval/})
     * @param reutersDir  the Reuters-21578 folder ({@code ../shared/data/reuters21578})
     * @param extractor   article to events
     * @param countriesIn text to the ISO3 codes of the countries it names
     * @throws IllegalArgumentException when the dev set or the collection is missing or malformed,
     *                                  or when the dev set names a story the collection lacks
     */
    public static EvaluationReport evaluate(Path devsetDir, Path reutersDir,
                                            Function<Article, List<NewsEvent>> extractor,
                                            Function<String, Set<String>> countriesIn) {
        return evaluate(devsetDir, reutersDir, extractor, countriesIn, countriesIn);
    }

    /**
     * Runs the whole evaluation with any extractor and recogniser, scoring the dev set's countries
     * and the PLACES labels with different functions.
     *
     * @param countriesNamed text to every country it names (the dev set's country labels)
     * @param countriesAbout text to the countries it is about (Reuters PLACES)
     */
    public static EvaluationReport evaluate(Path devsetDir, Path reutersDir,
                                            Function<Article, List<NewsEvent>> extractor,
                                            Function<String, Set<String>> countriesNamed,
                                            Function<String, Set<String>> countriesAbout) {
        DevSet devSet = DevSet.load(devsetDir);
        List<ReutersStory> stories = new ReutersCorpus(reutersDir).stories();
        Map<Integer, ReutersStory> byNewId = new HashMap<>();
        stories.forEach(s -> byNewId.put(s.newId(), s));

        Map<DevSetArticle.Split, List<Fact>> gold = new EnumMap<>(DevSetArticle.Split.class);
        Map<DevSetArticle.Split, List<Fact>> predicted = new EnumMap<>(DevSetArticle.Split.class);
        for (DevSetArticle.Split split : DevSetArticle.Split.values()) {
            gold.put(split, new ArrayList<>());
            predicted.put(split, new ArrayList<>());
        }
        List<String> errors = new ArrayList<>();
        Prf countries = Prf.ZERO;
        for (DevSetArticle article : devSet.articles()) {
            ReutersStory story = byNewId.get(article.newId());
            if (story == null || !story.file().equals(article.file())) {
                throw new IllegalArgumentException("dev set article " + article.newId() + " (" + article.file()
                        + ") is not in the Reuters collection at " + reutersDir.toAbsolutePath().normalize());
            }
            article.events().forEach(e -> gold.get(article.split()).add(Fact.of(e)));
            try {
                for (NewsEvent event : extractor.apply(story.toArticle())) {
                    predicted.get(article.split()).add(Fact.of(event, story.id()));
                }
            } catch (RuntimeException e) {
                errors.add(story.id() + ": " + e);
            }
            countries = countries.plus(EventScorer.compare(article.countries(), countriesNamed.apply(story.fullText())));
        }
        List<Fact> goldAll = new ArrayList<>();
        gold.values().forEach(goldAll::addAll);
        List<Fact> predictedAll = new ArrayList<>();
        predicted.values().forEach(predictedAll::addAll);
        Map<DevSetArticle.Split, EvaluationReport.SplitScores> splits = new EnumMap<>(DevSetArticle.Split.class);
        for (DevSetArticle.Split split : DevSetArticle.Split.values()) {
            splits.put(split, new EvaluationReport.SplitScores(devSet.in(split).size(),
                    EventScorer.score(gold.get(split), predicted.get(split))));
        }
        return new EvaluationReport(
                devSet.articles().size(),
                devSet.eventCount(),
                EventScorer.score(goldAll, predictedAll),
                splits,
                countries,
                PlacesEvaluation.score(stories, countriesAbout),
                errors);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("missing value after " + args[i - 1]);
            System.exit(2);
        }
        return args[i];
    }
}
