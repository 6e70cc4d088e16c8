package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    private static List<Prf> articles(int count, Prf each) {
        return new ArrayList<>(Collections.nCopies(count, each));
    }

    @Test
    void identicalArticlesLeaveNoDoubt() {
        ConfidenceInterval ci = ConfidenceInterval.ofF1(articles(50, new Prf(2, 1, 1)));
        assertThat(ci.low()).isEqualTo(ci.high()).isEqualTo(new Prf(2, 1, 1).f1());
    }

    @Test
    void theIntervalHoldsTheEstimateAndNarrowsWithMoreArticles() {
        // Half the articles perfect, half all wrong: F1 0.5 overall.
        List<Prf> few = articles(10, new Prf(2, 0, 0));
        few.addAll(articles(10, new Prf(0, 2, 2)));
        List<Prf> many = articles(200, new Prf(2, 0, 0));
        many.addAll(articles(200, new Prf(0, 2, 2)));
        ConfidenceInterval small = ConfidenceInterval.ofF1(few);
        ConfidenceInterval large = ConfidenceInterval.ofF1(many);
        assertThat(small.low()).isLessThan(0.5);
        assertThat(small.high()).isGreaterThan(0.5);
        assertThat(large.low()).isLessThan(0.5).isGreaterThan(small.low());
        assertThat(large.high()).isGreaterThan(0.5).isLessThan(small.high());
        assertThat(large.high() - large.low()).isLessThan((small.high() - small.low()) / 2);
    }

    @Test
    void theSameCountsGiveTheSameInterval() {
        List<Prf> counts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            counts.add(new Prf(i % 3, i % 2, i % 5 == 0 ? 1 : 0));
        }
        assertThat(ConfidenceInterval.ofF1(counts)).isEqualTo(ConfidenceInterval.ofF1(counts));
        assertThat(ConfidenceInterval.ofF1(counts).format()).matches("\\[0\\.\\d{3}, 0\\.\\d{3}\\]");
    }

    @Test
    void perArticleCountsAddUpToTheTotal() {
        List<Fact> gold = List.of(
                new Fact("a", io.newsmon.model.EventKind.VISIT, "JPN", "USA", 1987, null, null, ""),
                new Fact("b", io.newsmon.model.EventKind.TRADE, "USA", "JPN", 1987, null, null, ""));
        List<Fact> predicted = List.of(
                new Fact("a", io.newsmon.model.EventKind.VISIT, "JPN", "USA", 1987, null, null, ""),
                new Fact("c", io.newsmon.model.EventKind.AID, "USA", "BRA", 1987, null, null, ""));
        EventScores scores = EventScorer.score(gold, predicted);
        assertThat(scores.eventsByArticle()).containsOnlyKeys("a", "b", "c");
        assertThat(scores.eventsByArticle().values().stream().reduce(Prf.ZERO, Prf::plus)).isEqualTo(scores.events());
    }
}
