package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agreement is measured with the evaluation's own matching, on relabellings whose differences are known. */
class AnnotatorAgreementTest {

    static final Path REUTERS = ReutersCorpusTest.DIR;
    static List<String> goldLines;

    @BeforeAll
    static void needsCollection() throws IOException {
        assumeTrue(ReutersCorpus.isPresent(REUTERS),
                "Reuters-21578 is not at " + REUTERS.toAbsolutePath().normalize() + ": skipping");
        goldLines = Files.readAllLines(DevSetTest.DEVSET.resolve(DevSet.EVENTS_FILE), StandardCharsets.UTF_8);
    }

    /** One story relabelled identically, one with a single event turned round: one miss and one extra, nothing else. */
    @Test
    void countsExactlyTheDisagreementsWritten(@TempDir Path second) throws IOException {
        List<DevSetArticle> dev = DevSet.load(DevSetTest.DEVSET).in(DevSetArticle.Split.DEV);
        DevSetArticle same = dev.stream().filter(a -> a.events().size() >= 2).findFirst().orElseThrow();
        DevSetArticle turned = dev.stream().filter(a -> a != same && a.events().size() >= 2 && firstTurnsAlone(a))
                .findFirst().orElseThrow();
        List<String> events = new ArrayList<>(linesOf(same.newId()));
        List<String> turnedLines = linesOf(turned.newId());
        String[] first = turnedLines.get(0).split("\t", -1);
        String swap = first[2];
        first[2] = first[3];
        first[3] = swap;
        events.add(String.join("\t", first));
        events.addAll(turnedLines.subList(1, turnedLines.size()));
        write(second, List.of(same, turned), events);

        AnnotatorAgreement agreement = AnnotatorAgreement.measure(DevSetTest.DEVSET, second, REUTERS, article -> List.of());

        int keys = distinctKeys(same) + distinctKeys(turned);
        assertThat(agreement.articles()).isEqualTo(2);
        assertThat(agreement.annotators().events()).isEqualTo(new Prf(keys - 1, 1, 1));
        assertThat(agreement.annotators().eventsAnyOrder().falseNegatives()).isZero();
        assertThat(agreement.annotators().misses()).singleElement()
                .satisfies(m -> assertThat(m.articleId()).isEqualTo(turned.articleId()));
        assertThat(agreement.extractorVsFirst().events().recall()).isZero();
        assertThat(agreement.bySplit()).containsOnlyKeys(DevSetArticle.Split.DEV);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        agreement.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("2 stories labelled twice (2 dev)")
                .contains("Events the 1st annotator wrote and the 2nd did not, dev-split stories (1)");
    }

    @Test
    void aStoryOutsideTheDevSetIsRefused(@TempDir Path second) throws IOException {
        Files.writeString(second.resolve(DevSet.ARTICLES_FILE), "1\treut2-000.sgm\tdev\t\n");
        Files.writeString(second.resolve(DevSet.EVENTS_FILE), "");
        Set<Integer> labelled = DevSet.load(DevSetTest.DEVSET).articles().stream().map(DevSetArticle::newId)
                .collect(Collectors.toSet());
        assumeTrue(!labelled.contains(1), "story 1 is in the dev set");

        assertThatThrownBy(() -> AnnotatorAgreement.measure(DevSetTest.DEVSET, second, REUTERS, article -> List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relabelled story 1 (reut2-000.sgm) is not in the dev set");
    }

    private static boolean firstTurnsAlone(DevSetArticle article) {
        GoldEvent first = article.events().get(0);
        return article.events().stream().skip(1).noneMatch(e -> e.kind() == first.kind()
                && e.date().year() == first.date().year()
                && Set.of(e.actor1(), e.actor2()).equals(Set.of(first.actor1(), first.actor2())));
    }

    private static int distinctKeys(DevSetArticle article) {
        return (int) article.events().stream().map(e -> Fact.of(e).key()).distinct().count();
    }

    private static List<String> linesOf(int newId) {
        return goldLines.stream().filter(l -> l.startsWith(newId + "\t")).toList();
    }

    private static void write(Path dir, List<DevSetArticle> articles, List<String> events) throws IOException {
        Files.write(dir.resolve(DevSet.ARTICLES_FILE), articles.stream()
                .map(a -> a.newId() + "\t" + a.file() + "\tdev\t").toList());
        Files.write(dir.resolve(DevSet.EVENTS_FILE), events);
    }
}
