package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyFinderTest {

    private static Amount one(String sentence) {
        List<MoneyMention> found = MoneyFinder.amounts(sentence);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0).amount();
    }

    @Test
    void symbolsCodesAndScaleWords() {
        assertThat(one("reached $514.5 million in 2010")).isEqualTo(new Amount(new BigDecimal("514500000"), "USD", null));
        assertThat(one("a grant of EUR 20 million")).isEqualTo(new Amount(new BigDecimal("20000000"), "EUR", null));
        assertThat(one("loans of €1.2bn")).isEqualTo(new Amount(new BigDecimal("1200000000"), "EUR", null));
        assertThat(one("worth US$ 3 billion")).isEqualTo(new Amount(new BigDecimal("3000000000"), "USD", null));
        assertThat(one("some 45 billion tenge")).isEqualTo(new Amount(new BigDecimal("45000000000"), "KZT", "about"));
        assertThat(one("credits of 12.5 billion yen")).isEqualTo(new Amount(new BigDecimal("12500000000"), "JPY", null));
    }

    @Test
    void currencySignsOfTheRegionCodesTouchingTheNumberAndDecimalCommas() {
        assertThat(one("reached \u20b857.6 billion in 2025")).isEqualTo(new Amount(new BigDecimal("57600000000"), "KZT", null));
        assertThat(one("reached \u20bd250 billion")).isEqualTo(new Amount(new BigDecimal("250000000000"), "RUB", null));
        assertThat(one("reached KZT57.6bn in 2025")).isEqualTo(new Amount(new BigDecimal("57600000000"), "KZT", null));
        assertThat(one("a loan of UZS 1.5 trillion")).isEqualTo(new Amount(new BigDecimal("1500000000000"), "UZS", null));
        // "1,2 billion" is 1.2 billion; "1,200 million" stays 1,200 million
        assertThat(one("reached 1,2 billion euros")).isEqualTo(new Amount(new BigDecimal("1200000000"), "EUR", null));
        assertThat(one("reached 1,200 million euros")).isEqualTo(new Amount(new BigDecimal("1200000000"), "EUR", null));
        assertThat(one("reached 1,25 bn euros").value()).isEqualByComparingTo("1250000000");
    }

    @Test
    void indianRupeesInCroresAndLakhs() {
        assertThat(one("rose to Rs 2,500 crore in October")).isEqualTo(new Amount(new BigDecimal("25000000000"), "INR", null));
        assertThat(one("a grant of Rs.45 lakh")).isEqualTo(new Amount(new BigDecimal("4500000"), "INR", null));
        assertThat(one("worth 1,200 crore rupees")).isEqualTo(new Amount(new BigDecimal("12000000000"), "INR", null));
        assertThat(MoneyFinder.amounts("Mrs Gandhi's Rs account")).isEmpty(); // no number: no sum
    }

    @Test
    void anyIsoCodeBeforeTheNumberAndTheRandsR() {
        assertThat(one("pledged NOK 1.5 billion")).isEqualTo(new Amount(new BigDecimal("1500000000"), "NOK", null));
        assertThat(one("gave SEK300m in aid")).isEqualTo(new Amount(new BigDecimal("300000000"), "SEK", null));
        assertThat(one("rose to R120 billion")).isEqualTo(new Amount(new BigDecimal("120000000000"), "ZAR", null));
        assertThat(one("reached R$ 500 billion")).isEqualTo(new Amount(new BigDecimal("500000000000"), "BRL", null));
        // not a code: three capitals that name no currency, a word of a line in capitals, R without a scale
        assertThat(MoneyFinder.amounts("the NATO 2 per cent goal")).isEmpty();
        assertThat(MoneyFinder.amounts("JAPAN TO CUT TRY 5 BILLION")).isEmpty();
        assertThat(MoneyFinder.amounts("ALL 27 members")).isEmpty();
        assertThat(MoneyFinder.amounts("the R2 road")).isEmpty();
    }

    @Test
    void reutersStyle() {
        // Reuters-21578, Distribution 1.0 phrasing: "mln dlrs", "billion dlrs", "stg"
        assertThat(one("a trade surplus of 4.06 billion dlrs in January")).isEqualTo(
                new Amount(new BigDecimal("4060000000"), "USD", null));
        assertThat(one("imports worth 350 mln stg")).isEqualTo(new Amount(new BigDecimal("350000000"), "GBP", null));
    }

    @Test
    void qualifiersAreNormalised() {
        assertThat(one("over $1 billion").qualifier()).isEqualTo("over");
        assertThat(one("more than $1 billion").qualifier()).isEqualTo("over");
        assertThat(one("nearly $1 billion").qualifier()).isEqualTo("nearly");
        assertThat(one("about $1 billion").qualifier()).isEqualTo("about");
    }

    @Test
    void bareFigureTakesTheCurrencyOfTheSentence() {
        List<MoneyMention> found = MoneyFinder.amounts("rose to 5.6 billion dlrs from 4.9 billion a year earlier");
        assertThat(found).extracting(m -> m.amount().currency()).containsExactly("USD", "USD");
        assertThat(found.get(1).amount().value()).isEqualByComparingTo("4900000000");
    }

    @Test
    void percentagesAndTonnesAreNotMoney() {
        assertThat(MoneyFinder.amounts("exports rose 12 pct to 2.0 mln tonnes")).isEmpty();
    }

    @Test
    void changesWithSignAndBase() {
        List<ChangeMention> up = MoneyFinder.changes("reached $514.5 million in 2010, up 12% on 2009");
        assertThat(up).hasSize(1);
        assertThat(up.get(0).percent()).isEqualByComparingTo("12");
        assertThat(up.get(0).baseYear()).isEqualTo(2009);
        List<ChangeMention> down = MoneyFinder.changes("fell 48.5 pct from a year earlier");
        assertThat(down.get(0).percent()).isEqualByComparingTo("-48.5");
        assertThat(down.get(0).basePrior()).isTrue();
    }

    @Test
    void numberWordsBeforeAScale() {
        // Reuters-21578, Distribution 1.0: "to narrow its trade deficit with Japan to two billion dlrs by 1991"
        assertThat(one("to narrow its trade deficit with Japan to two billion dlrs by 1991").value())
                .isEqualByComparingTo("2000000000");
    }

    @Test
    void pricesPerUnitAreNotSums() {
        assertThat(MoneyFinder.amounts("the average 18 dlrs a tonne it paid in 1986/87")).isEmpty();
        assertThat(MoneyFinder.amounts("crude at $82 per barrel")).isEmpty();
    }

    @Test
    void francsAndCrownsAreThoseOfTheArticle() {
        var swiss = new MoneyFinder.LocalCurrencies("CHF", "SEK");
        assertThat(MoneyFinder.amounts("an initial 409 mln franc credit", swiss).get(0).amount().currency()).isEqualTo("CHF");
        assertThat(MoneyFinder.amounts("an initial 409 mln franc credit").get(0).amount().currency()).isEqualTo("FRF");
        var norwegian = new MoneyFinder.LocalCurrencies("FRF", "NOK");
        assertThat(MoneyFinder.amounts("exports plunged 52 pct to 265 mln crowns", norwegian).get(0).amount().currency())
                .isEqualTo("NOK");
        // an explicit name wins over the article's
        assertThat(MoneyFinder.amounts("a 110.5 mln Swiss franc credit", new MoneyFinder.LocalCurrencies("FRF", "SEK"))
                .get(0).amount().currency()).isEqualTo("CHF");
    }

    @Test
    void hongKongDollarsAsReutersWritesThem() {
        assertThat(one("fell 13 pct to 7.45 billion H.K. Dlrs in 1986").currency()).isEqualTo("HKD");
    }

    @Test
    void theBareEndOfARangeOfSumsKeepsItsScaleAndCurrency() {
        assertThat(MoneyFinder.amounts("reduces the line from 25.0 mln dlrs to 20.0 and creates a new one"))
                .extracting(m -> m.amount().value().stripTrailingZeros().toPlainString(), m -> m.amount().currency())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("25000000", "USD"),
                        org.assertj.core.groups.Tuple.tuple("20000000", "USD"));
        // a count of years or a percentage after "to" is no sum
        assertThat(MoneyFinder.amounts("from 25 mln dlrs to 20 pct of the total")).hasSize(1);
        assertThat(MoneyFinder.amounts("rose from 25 mln dlrs to 1988 levels")).hasSize(1);
    }

    @Test
    void theBareStartOfARangeOfSumsIsASumOfItsOwn() {
        assertThat(MoneyFinder.amounts("Italy was expected to offer 30 to 35 mln dlrs"))
                .extracting(m -> m.amount().value().stripTrailingZeros().toPlainString(), m -> m.amount().currency())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("30000000", "USD"),
                        org.assertj.core.groups.Tuple.tuple("35000000", "USD"));
        assertThat(MoneyFinder.amounts("with the Export-Import Bank lending between 200 and 300 billion yen"))
                .extracting(m -> m.amount().value().stripTrailingZeros().toPlainString())
                .containsExactly("200000000000", "300000000000");
        // a year, a price without a scale, a figure that is no sum
        assertThat(MoneyFinder.amounts("rose from 1986 to 35 mln dlrs")).hasSize(1);
        assertThat(MoneyFinder.amounts("beef sold at 15 to 30 dlrs a pound")).isEmpty();
        assertThat(MoneyFinder.amounts("rose 5 pct to 35 mln dlrs")).hasSize(1);
    }

    @Test
    void theChangeBeforeALevelIsNoSum() {
        assertThat(MoneyFinder.amounts("agricultural exports rose 600 mln dlrs or nine pct to 7.1 billion dlrs"))
                .extracting(m -> m.amount().value().stripTrailingZeros().toPlainString()).containsExactly("7100000000");
        assertThat(MoneyFinder.amounts("exports of 600 mln dlrs and imports of 7.1 billion dlrs")).hasSize(2);
        assertThat(MoneyFinder.amounts("passenger car imports fell 600 mln dlrs because of lower demand")).isEmpty();
        assertThat(MoneyFinder.amounts("exports rose to 7.1 billion dlrs")).hasSize(1);
    }
}
