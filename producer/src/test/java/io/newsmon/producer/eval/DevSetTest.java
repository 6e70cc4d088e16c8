package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsmon.model.EventKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in dev set (repo folder eval/) is big enough and well-formed. */
class DevSetTest {

    static final Path DEVSET = Path.of("../eval");

    @Test
    void meetsTheSizeRequirement() {
        DevSet devSet = DevSet.load(DEVSET);

        assertThat(devSet.articles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(devSet.eventCount()).isGreaterThanOrEqualTo(150);
        // About a quarter of the non-blind articles held out (each batch: 30 dev, the rest held out; short
        // batches leave it a little under), and held-out articles carry events too.
        int heldout = devSet.in(DevSetArticle.Split.HELDOUT).size();
        int firstAnnotator = heldout + devSet.in(DevSetArticle.Split.DEV).size();
        assertThat(heldout).isBetween(firstAnnotator / 5, firstAnnotator / 2);
        assertThat(devSet.in(DevSetArticle.Split.HELDOUT).stream().mapToInt(a -> a.events().size()).sum())
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyAnnotationIsValid() {
        DevSet devSet = DevSet.load(DEVSET);

        for (GoldEvent e : devSet.events()) {
            assertThat(IsoCountries.isAlpha3(e.actor1())).as("actor1 of line %d", e.line()).isTrue();
            assertThat(IsoCountries.isAlpha3(e.actor2())).as("actor2 of line %d", e.line()).isTrue();
            assertThat(e.actor1()).as("line %d", e.line()).isNotEqualTo(e.actor2());
            assertThat(e.evidence()).as("evidence of line %d is a short snippet", e.line()).isNotBlank().hasSizeLessThan(300);
            if (e.amount() != null) {
                assertThat(e.amount().value()).isPositive();
            }
        }
        for (DevSetArticle a : devSet.articles()) {
            // A drawn story may name no country in its text (its PLACES did): then it has no events either.
            assertThat(a.countries()).as("countries of %d", a.newId()).allMatch(IsoCountries::isAlpha3);
            assertThat(a.countries().isEmpty() && !a.events().isEmpty()).as("events of %d without countries", a.newId()).isFalse();
            // An event's actors are countries the article names.
            for (GoldEvent e : a.events()) {
                assertThat(a.countries()).as("line %d", e.line()).contains(e.actor1(), e.actor2());
            }
        }
        // Every kind but OTHER (GDELT's catch-all) is represented.
        Set<EventKind> kinds = devSet.events().stream().map(GoldEvent::kind).collect(Collectors.toSet());
        assertThat(kinds).containsAll(Set.of(EventKind.VISIT, EventKind.MEETING, EventKind.AGREEMENT,
                EventKind.SANCTION, EventKind.TRADE, EventKind.INVESTMENT, EventKind.AID));
    }

    @Test
    void everyArticleExistsInTheReutersCollection() {
        assumeTrue(ReutersCorpus.isPresent(ReutersCorpusTest.DIR),
                "Reuters-21578 is not at " + ReutersCorpusTest.DIR.toAbsolutePath().normalize() + ": skipping");
        DevSet devSet = DevSet.load(DEVSET);
        Map<Integer, ReutersStory> stories = new ReutersCorpus(ReutersCorpusTest.DIR).stories().stream()
                .collect(Collectors.toMap(ReutersStory::newId, Function.identity()));

        for (DevSetArticle a : devSet.articles()) {
            ReutersStory story = stories.get(a.newId());
            assertThat(story).as("NEWID %d", a.newId()).isNotNull();
            assertThat(story.file()).as("file of NEWID %d", a.newId()).isEqualTo(a.file());
            assertThat(story.hasBody()).as("NEWID %d has a body", a.newId()).isTrue();
        }
        // The collection holds some stories twice under two NEWIDs: one copy only, or a split would test on
        // what another trains on.
        Map<String, Integer> byText = new java.util.HashMap<>();
        for (DevSetArticle a : devSet.articles()) {
            Integer twin = byText.putIfAbsent(stories.get(a.newId()).fullText(), a.newId());
            assertThat(twin).as("NEWID %d has the text of NEWID %s", a.newId(), twin).isNull();
        }
    }

    @Test
    void readsAmountsTheWayAnnotatorsWriteThem() {
        assertThat(DevSet.parseAmount("514.5mln")).isEqualByComparingTo(new BigDecimal("514500000"));
        assertThat(DevSet.parseAmount("1.3bn")).isEqualByComparingTo(new BigDecimal("1300000000"));
        assertThat(DevSet.parseAmount("300k")).isEqualByComparingTo(new BigDecimal("300000"));
        assertThat(DevSet.parseAmount("25,000")).isEqualByComparingTo(new BigDecimal("25000"));
    }

    @Test
    void rejectsBadRowsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("articles.tsv"), "# header\n1\treut2-000.sgm\tdev\tUSA,JPN\n");
        Files.writeString(dir.resolve("events.tsv"), "1\tTRADE\tUSA\tXXX\t1987\tFACT\t\t\tsnippet\n");

        assertThatThrownBy(() -> DevSet.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events.tsv:1")
                .hasMessageContaining("not an ISO 3166-1 alpha-3 code: 'XXX'");

        Files.writeString(dir.resolve("events.tsv"), "1\tPARTY\tUSA\tJPN\t1987\tFACT\t\t\tsnippet\n");
        assertThatThrownBy(() -> DevSet.load(dir)).hasMessageContaining("unknown kind 'PARTY'");

        Files.writeString(dir.resolve("events.tsv"), "2\tTRADE\tUSA\tJPN\t1987\tFACT\t\t\tsnippet\n");
        assertThatThrownBy(() -> DevSet.load(dir)).hasMessageContaining("events for articles not in articles.tsv: [2]");
    }
}
