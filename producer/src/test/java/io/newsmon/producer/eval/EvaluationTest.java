package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsmon.model.Article;
import io.newsmon.model.NewsEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner's wiring, checked with extractors whose right answers are known. */
class EvaluationTest {

    static final Path REUTERS = ReutersCorpusTest.DIR;
    static DevSet devSet;

    @BeforeAll
    static void needsCollection() {
        assumeTrue(ReutersCorpus.isPresent(REUTERS),
                "Reuters-21578 is not at " + REUTERS.toAbsolutePath().normalize() + ": skipping");
        devSet = DevSet.load(DevSetTest.DEVSET);
    }

    /** An "extractor" that answers with the gold labels: every score must be perfect. */
    @Test
    void goldAnswersScorePerfectly() {
        Map<String, List<GoldEvent>> gold = devSet.articles().stream()
                .collect(Collectors.toMap(DevSetArticle::articleId, DevSetArticle::events));
        Function<Article, List<NewsEvent>> oracle = article -> gold.get(article.id()).stream()
                .map(g -> new NewsEvent("x", g.kind(), null, g.modality(), g.actor1(), g.actor2(), g.date(),
                        g.amount(), null, null, article.sourceRef(), "gold"))
                .toList();
        Map<String, Set<String>> countries = devSet.articles().stream()
                .collect(Collectors.toMap(DevSetArticle::articleId, DevSetArticle::countries));
        Map<String, String> idByText = new ReutersCorpus(REUTERS).stories().stream()
                .filter(s -> countries.containsKey(s.id()))
                .collect(Collectors.toMap(ReutersStory::fullText, ReutersStory::id, (a, b) -> a));
        Function<String, Set<String>> countriesIn = text -> countries.getOrDefault(idByText.get(text), Set.of());

        EvaluationReport report = Evaluation.evaluate(DevSetTest.DEVSET, REUTERS, oracle, countriesIn);

        assertThat(report.articles()).isEqualTo(devSet.articles().size());
        assertThat(report.goldEvents()).isEqualTo(devSet.eventCount());
        assertThat(report.all().events().f1()).isEqualTo(1.0);
        assertThat(report.all().events().falseNegatives()).isZero();
        assertThat(report.all().amounts().f1()).isEqualTo(1.0);
        assertThat(report.all().amounts().truePositives()).isPositive();
        assertThat(report.heldout().events().truePositives()).isPositive();
        assertThat(report.countries().f1()).isEqualTo(1.0);
        assertThat(report.all().misses()).isEmpty();
        assertThat(report.extractionErrors()).isEmpty();
    }

    /** An extractor that finds nothing, and one that fails, recall nothing. */
    @Test
    void nothingFoundScoresZeroRecallAndFailuresAreListed() throws IOException {
        Function<Article, List<NewsEvent>> failing = article -> {
            throw new IllegalStateException("boom");
        };

        EvaluationReport report = Evaluation.evaluate(DevSetTest.DEVSET, REUTERS, failing, text -> Set.of());

        assertThat(report.all().events().recall()).isZero();
        assertThat(report.all().misses()).hasSize(report.all().events().falseNegatives());
        assertThat(report.extractionErrors()).hasSize(devSet.articles().size())
                .allMatch(e -> e.startsWith("reuters-") && e.contains("boom"));
        assertThat(report.places().prf().recall()).isZero();
        assertThat(report.places().stories()).isEqualTo(5385);

        assertThat(printed(report, true)).contains("Missed events (" + report.all().misses().size() + ")")
                .contains("Reuters PLACES");
        // By default only the dev split's misses are listed: the held-out split's stay unread.
        assertThat(report.dev().misses().size()).isLessThan(report.all().misses().size());
        assertThat(printed(report, false)).contains("Missed events, dev split (" + report.dev().misses().size() + ")")
                .doesNotContain(report.heldout().misses().get(0).articleId() + " ");
    }

    private static String printed(EvaluationReport report, boolean allMisses) throws IOException {
        Path out = Files.createTempFile("report", ".txt");
        try (var stream = new java.io.PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            report.print(stream, allMisses);
        }
        return Files.readString(out);
    }

    @Test
    void everyReutersPlaceIsMappedOrDeclaredNotACountry() throws IOException {
        List<String> places = Files.readAllLines(REUTERS.resolve("all-places-strings.lc.txt"), StandardCharsets.ISO_8859_1)
                .stream().map(String::trim).filter(s -> !s.isEmpty()).toList();

        assertThat(places).hasSize(175);
        for (String place : places) {
            if (ReutersPlaces.NOT_COUNTRIES.contains(place)) {
                assertThat(ReutersPlaces.iso3(place)).as(place).isEmpty();
            } else {
                assertThat(ReutersPlaces.iso3(place)).as(place).hasValueSatisfying(
                        code -> assertThat(IsoCountries.isAlpha3(code)).as(code).isTrue());
            }
        }
        assertThat(ReutersPlaces.iso3("ussr")).hasValue("RUS");
        assertThat(ReutersPlaces.iso3("west-germany")).hasValue("DEU");
        assertThat(ReutersPlaces.iso3("uk")).hasValue("GBR");
    }
}
