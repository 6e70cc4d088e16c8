package io.newsmon.producer.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
