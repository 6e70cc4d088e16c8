package io.newsmon.producer.eval;

import io.newsmon.producer.extract.CountryRecognizer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Country recognition scored against the Reuters-21578 PLACES labels on the ModLewis TEST split
 * (LEWISSPLIT="TEST", stories with a body and at least one place that is a country), or on
 * another split for tuning. The text scored is the story's {@link ReutersStory#fullText()}:
 * headline, dateline and body.
 *
 * <p>PLACES lists the countries a story is about, as Reuters' indexers saw it, not every country
 * it names: the recogniser to score here is {@code CountryRecognizer::countriesIn} (salient
 * countries), not {@code countriesNamed}.
 */
public final class PlacesEvaluation {

    private static final int TOP = 12;

    private PlacesEvaluation() {
    }

    /**
     * Scores {@code CountryRecognizer::countriesIn} and {@code countriesNamed} on one split, for
     * tuning without looking at TEST:
     * {@code java ... io.newsmon.producer.eval.PlacesEvaluation [--split TRAIN] [--reuters DIR]}.
     */
    public static void main(String[] args) {
        String split = "TRAIN";
        Path dir = ReutersCorpus.DEFAULT_DIR;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--split" -> split = args[i + 1];
                case "--reuters" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: PlacesEvaluation [--split TRAIN|TEST] [--reuters DIR]");
            }
        }
        List<ReutersStory> stories = new ReutersCorpus(dir).stories();
        CountryRecognizer recognizer = new CountryRecognizer();
        print(split, "countriesIn (salient)", score(stories, split, recognizer::countriesIn));
        print(split, "countriesNamed (all)", score(stories, split, recognizer::countriesNamed));
    }

    private static void print(String split, String what, PlacesScore score) {
        System.out.printf(Locale.ROOT, "%s, %d stories, %-22s %s%n    most missed: %s%n    most spurious: %s%n",
                split, score.stories(), what, score.prf().format(), score.mostMissed(), score.mostSpurious());
    }

    /**
     * @param stories     all stories (those outside the TEST split are skipped here)
     * @param countriesIn the recogniser under test: text to ISO3 codes
     */
    public static PlacesScore score(Collection<ReutersStory> stories, Function<String, Set<String>> countriesIn) {
        return score(stories, "TEST", countriesIn);
    }

    /**
     * Scores one ModLewis split: tune on "TRAIN", report on "TEST".
     *
     * @param stories     all stories (those outside {@code split} are skipped)
     * @param split       the LEWISSPLIT value to score
     * @param countriesIn the recogniser under test: text to ISO3 codes
     */
    public static PlacesScore score(Collection<ReutersStory> stories, String split,
                                    Function<String, Set<String>> countriesIn) {
        Prf total = Prf.ZERO;
        int compared = 0;
        Map<String, Integer> missed = new HashMap<>();
        Map<String, Integer> spurious = new HashMap<>();
        for (ReutersStory story : stories) {
            if (!story.lewisSplit().equals(split) || !story.hasBody()) {
                continue;
            }
            Set<String> expected = labels(story);
            if (expected.isEmpty()) {
                continue;
            }
            Set<String> got = countriesIn.apply(story.fullText()).stream()
                    .filter(IsoCountries::isAlpha3)
                    .collect(Collectors.toCollection(TreeSet::new));
            total = total.plus(EventScorer.compare(expected, got));
            compared++;
            expected.stream().filter(c -> !got.contains(c)).forEach(c -> missed.merge(c, 1, Integer::sum));
            got.stream().filter(c -> !expected.contains(c)).forEach(c -> spurious.merge(c, 1, Integer::sum));
        }
        return new PlacesScore(compared, total, top(missed), top(spurious));
    }

    /** The story's PLACES as ISO3 codes, places that are not countries left out. */
    public static Set<String> labels(ReutersStory story) {
        return story.places().stream().map(ReutersPlaces::iso3).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
