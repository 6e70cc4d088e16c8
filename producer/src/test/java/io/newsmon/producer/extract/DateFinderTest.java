package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.EventDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 10);

    /** The ISO dates found in {@code text}, in order. */
    private static java.util.List<String> isos(String text, LocalDate published, boolean future) {
        return DateFinder.find(text, published, null, future).stream().map(d -> d.date().iso()).toList();
    }

    private static String first(String sentence) {
        return first(sentence, null);
    }

    private static String first(String sentence, EventDate anchor) {
        var found = DateFinder.find(sentence, PUBLISHED, anchor, false);
        assertThat(found).as(sentence).isNotEmpty();
        return found.get(0).date().iso();
    }

    @Test
    void explicitDates() {
        assertThat(first("paid a state visit on 5 October 2010")).isEqualTo("2010-10-05");
        assertThat(first("on October 5, 2010, the president")).isEqualTo("2010-10-05");
        assertThat(first("in October 2010")).isEqualTo("2010-10");
        assertThat(first("in 2010, exports")).isEqualTo("2010");
    }

    @Test
    void rangesAndPeriods() {
        assertThat(first("between 2010 and 2012")).isEqualTo("2010/2012");
        assertThat(first("in 2010–2012")).isEqualTo("2010/2012");
        assertThat(first("in the first three quarters of 2022")).isEqualTo("2022-01/2022-09");
        assertThat(first("in the first half of 2021")).isEqualTo("2021-01/2021-06");
        assertThat(first("in the second quarter of 2020")).isEqualTo("2020-04/2020-06");
        assertThat(first("in 1987/88")).isEqualTo("1987/1988");
    }

    @Test
    void relativeToPublication() {
        assertThat(first("exports fell last year")).isEqualTo("2022");
        assertThat(first("in January this year")).isEqualTo("2023-01");
        assertThat(first("in January last year")).isEqualTo("2022-01");
        assertThat(first("met yesterday")).isEqualTo("2023-05-09");
        assertThat(first("in August")).isEqualTo("2022-08");
    }

    @Test
    void daysOfOneMonthAreARange() {
        assertThat(first("visited Japan on 10-12 October 2025")).isEqualTo("2025-10-10/2025-10-12");
        assertThat(first("an official visit from 18 to 19 November 2022")).isEqualTo("2022-11-18/2022-11-19");
        assertThat(first("talks on March 3-5, 2021")).isEqualTo("2021-03-03/2021-03-05");
        // without a year, the first day is placed as a lone day would be (published 10 May 2023)
        assertThat(first("will visit Belgium on 18 and 19 April")).isEqualTo("2023-04-18/2023-04-19");
        assertThat(isos("will pay a state visit on December 8-9", PUBLISHED, true)).containsExactly("2023-12-08/2023-12-09");
        assertThat(first("a visit on 12-10 May")).isNotEqualTo("2023-05-12/2023-05-10");
    }

    @Test
    void seasonsAreThreeMonths() {
        // published 10 May 2023
        assertThat(first("will open an office next spring")).isEqualTo("2024-03/2024-05");
        assertThat(first("visited Belgium last summer")).isEqualTo("2022-06/2022-08");
        assertThat(first("visited Belgium last winter")).isEqualTo("2022-12/2023-02");
        assertThat(first("will visit Belgium this autumn")).isEqualTo("2023-09/2023-11");
        assertThat(first("a mission in the spring of 2027")).isEqualTo("2027-03/2027-05");
        assertThat(first("passed by Congress last fall")).isEqualTo("2022-09/2022-11");
        // "fall" as a noun is no season
        assertThat(isos("this fall in exports was the largest", PUBLISHED, false)).isEmpty();
    }

    @Test
    void relativeToAnAnchor() {
        assertThat(first("six years later, the two signed", EventDate.year(2009))).isEqualTo("2015");
        assertThat(first("three months later", EventDate.month(2010, 10))).isEqualTo("2011-01");
    }

    @Test
    void theYearEarlierPeriodIsThePeriodBeforeTheOneStatedOrThePublicationsYear() {
        assertThat(isos("widened to 2.35 billion dlrs in January-February from 1.87 billion in the year-earlier period", PUBLISHED, false))
                .containsExactly("2023-01/2023-02", "2022-01/2022-02");
        assertThat(isos("widened to 2.35 billion dlrs from 1.87 billion in the same year-ago period", PUBLISHED, false))
                .containsExactly("2022");
        // a base of comparison dates nothing
        assertThat(isos("imports were below year-ago levels", PUBLISHED, false)).isEmpty();
        assertThat(isos("exports plunged 52 pct to 265 mln crowns from the year-ago figure", PUBLISHED, false)).isEmpty();
    }

    @Test
    void withoutPublicationDateRelativeDatesAreNotInvented() {
        assertThat(DateFinder.find("exports fell last year", null, null, false)).isEmpty();
        assertThat(DateFinder.find("exports fell in 2009", null, null, false)).extracting(d -> d.date().iso())
                .containsExactly("2009");
    }

    @Test
    void decadesAndClockTimesAreNotYears() {
        assertThat(DateFinder.find("during the early 1980s", PUBLISHED, null, false)).isEmpty();
        assertThat(DateFinder.find("at the 2000 EST session", PUBLISHED, null, false)).isEmpty();
    }

    @Test
    void deadlinesLieAhead() {
        // published 10 May 2023: "until late September" is September 2023, "in September" the one before
        assertThat(first("gives companies until late September to cut ties")).isEqualTo("2023-09");
        assertThat(first("the talks held in September")).isEqualTo("2022-09");
    }

    @Test
    void possessiveMonth() {
        // Reuters-21578, Distribution 1.0: "sharply down from December's 4.40 billion"
        assertThat(first("sharply down from December's 4.40 billion")).isEqualTo("2022-12");
    }

    @Test
    void partOfAMonthIsThatMonth() {
        LocalDate april27 = LocalDate.of(1987, 4, 27);
        assertThat(isos("he will visit Japan in mid-May", april27, true)).containsExactly("1987-05");
        assertThat(isos("talks resume in late June", april27, true)).containsExactly("1987-06");
        assertThat(isos("prices fell in early March", april27, false)).containsExactly("1987-03");
    }

    @Test
    void wordsThatOnlyLookLikeMonths() {
        assertThat(DateFinder.find("the Market Decision was taken", PUBLISHED, null, false)).isEmpty();
    }

    @Test
    void aDayOrMonthWithoutAYearIsTheNearestOneNotOneElevenMonthsAgo() {
        LocalDate feb26 = LocalDate.of(1987, 2, 26);
        assertThat(isos("the loan will be signed on March 20", feb26, false)).containsExactly("1987-03-20");
        assertThat(isos("the accord was signed on December 20", feb26, false)).containsExactly("1986-12-20");
        assertThat(isos("exports in March are expected to rise", feb26, false)).containsExactly("1987-03");
        assertThat(isos("exports in May rose", feb26, false)).containsExactly("1986-05");
    }

    @Test
    void lastAndNextMonthSayWhichYearWhateverTheVerb() {
        LocalDate apr7 = LocalDate.of(1987, 4, 7);
        // a sentence about plans reads bare months ahead, but "last September" stays last year's
        assertThat(isos("a pact on microchip trade signed last September", apr7, true)).containsExactly("1986-09");
        assertThat(isos("the pact signed last April", apr7, false)).containsExactly("1986-04");
        assertThat(isos("talks resume next March", apr7, false)).containsExactly("1988-03");
    }

    @Test
    void anAgeGivesTheDateSomethingWasMade() {
        assertThat(isos("the eight month old pact aims to stop dumping", LocalDate.of(1987, 3, 20), false)).containsExactly("1986-07");
    }
}
