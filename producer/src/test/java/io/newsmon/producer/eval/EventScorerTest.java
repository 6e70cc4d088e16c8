package io.newsmon.producer.eval;

import static io.newsmon.model.EventKind.AID;
import static io.newsmon.model.EventKind.TRADE;
import static io.newsmon.model.EventKind.VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsmon.model.Amount;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    static Fact fact(String article, EventKind kind, String a1, String a2, int year) {
        return new Fact(article, kind, a1, a2, year, Modality.FACT, null, "");
    }

    static Fact money(String article, EventKind kind, String a1, String a2, int year, String value, String currency) {
        return new Fact(article, kind, a1, a2, year, Modality.FACT, Amount.of(value, currency), "");
    }

    @Test
    void countsMatchesByArticleKindOrderedPairAndYear() {
        List<Fact> gold = List.of(
                fact("a", TRADE, "ARG", "BRA", 1986),
                fact("a", TRADE, "BRA", "ARG", 1986),
                fact("a", VISIT, "USA", "CHN", 1987),
                fact("b", AID, "JPN", "IDN", 1987));
        List<Fact> predicted = List.of(
                fact("a", TRADE, "ARG", "BRA", 1986),   // hit
                fact("a", TRADE, "ARG", "BRA", 1986),   // same fact again: merged, not a second hit
                fact("a", VISIT, "CHN", "USA", 1987),   // wrong direction
                fact("b", AID, "JPN", "IDN", 1987),     // hit
                fact("b", TRADE, "JPN", "IDN", 1987),   // not in gold
                fact("c", AID, "JPN", "IDN", 1986));    // an article with no gold events

        EventScores scores = EventScorer.score(gold, predicted);

        assertThat(scores.events()).isEqualTo(new Prf(2, 3, 2));
        assertThat(scores.events().precision()).isEqualTo(0.4);
        assertThat(scores.events().recall()).isEqualTo(0.5);
        assertThat(scores.events().f1()).isCloseTo(4.0 / 9.0, within(1e-12));
        assertThat(scores.byKind().get(TRADE)).isEqualTo(new Prf(1, 1, 1));
        assertThat(scores.byKind().get(VISIT)).isEqualTo(new Prf(0, 1, 1));
        assertThat(scores.byKind().get(AID)).isEqualTo(new Prf(1, 1, 0));
        // Ignoring direction, the visit matches and ARG-BRA trade is one fact on each side.
        assertThat(scores.eventsAnyOrder()).isEqualTo(new Prf(3, 2, 0));
        assertThat(scores.misses()).extracting(Mismatch::articleId, Mismatch::expected, Mismatch::got)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "TRADE BRA->ARG 1986", "TRADE ARG->BRA 1986"),
                        org.assertj.core.groups.Tuple.tuple("a", "VISIT USA->CHN 1987", "VISIT CHN->USA 1987"));
        assertThat(scores.falsePositives()).extracting(Mismatch::got)
                .containsExactly("VISIT CHN->USA 1987", "TRADE JPN->IDN 1987", "AID JPN->IDN 1986");
    }

    @Test
    void yearMustMatch() {
        EventScores scores = EventScorer.score(
                List.of(fact("a", TRADE, "ARG", "BRA", 1986)),
                List.of(fact("a", TRADE, "ARG", "BRA", 1987)));

        assertThat(scores.events()).isEqualTo(new Prf(0, 1, 1));
        assertThat(scores.events().f1()).isZero();
    }

    @Test
    void amountsMatchWithinHalfAPercent() {
        List<Fact> gold = List.of(
                money("a", TRADE, "ARG", "BRA", 1986, "1230000000", "USD"),
                money("a", TRADE, "BRA", "ARG", 1986, "700000000", "USD"),
                money("a", AID, "JPN", "IDN", 1987, "150000000000", "JPY"),
                fact("a", VISIT, "USA", "CHN", 1987));
        List<Fact> predicted = List.of(
                money("a", TRADE, "ARG", "BRA", 1986, "1234567000", "USD"),  // 0.37% off: a hit
                money("a", TRADE, "BRA", "ARG", 1986, "710000000", "USD"),   // 1.4% off: a miss and a false positive
                money("a", AID, "JPN", "IDN", 1987, "150000000000", "USD")); // wrong currency

        EventScores scores = EventScorer.score(gold, predicted);

        assertThat(scores.amounts()).isEqualTo(new Prf(1, 2, 2));
        assertThat(scores.amounts().precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(scores.amounts().recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(scores.amountMisses()).extracting(Mismatch::expected)
                .containsExactly("TRADE BRA->ARG 1986 [700000000 USD]", "AID JPN->IDN 1987 [150000000000 JPY]");
    }

    @Test
    void toleranceIsRelativeToTheGoldValue() {
        assertThat(EventScorer.sameValue(new BigDecimal("1000"), new BigDecimal("1005"))).isTrue();
        assertThat(EventScorer.sameValue(new BigDecimal("1000"), new BigDecimal("1005.1"))).isFalse();
        assertThat(EventScorer.sameValue(new BigDecimal("1000"), new BigDecimal("995"))).isTrue();
    }

    @Test
    void setComparisonIsMicroAveraged() {
        Prf prf = EventScorer.compare(Set.of("USA", "JPN", "GBR"), Set.of("USA", "JPN", "FRA", "DEU"));

        assertThat(prf).isEqualTo(new Prf(2, 2, 1));
        assertThat(prf.precision()).isEqualTo(0.5);
        assertThat(prf.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(prf.f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void emptySidesScoreSensibly() {
        assertThat(Prf.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Prf(0, 3, 0).precision()).isZero();
        assertThat(new Prf(0, 0, 3).recall()).isZero();
    }
}
