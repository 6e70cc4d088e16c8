package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRecognizerTest {

    private static final CountryRecognizer RECOGNIZER = new CountryRecognizer();

    @Test
    void namesDemonymsCapitalsAndHistoricalNames() {
        assertThat(RECOGNIZER.countriesIn("Britain, the U.K., West Germany, the Soviet Union, USSR, Ivory Coast and Burma"))
                .containsExactly("GBR", "DEU", "RUS", "CIV", "MMR");
        assertThat(RECOGNIZER.countriesIn("Kazakh, Belgian, Turkmen, Kyrgyz and Dutch officials"))
                .containsExactly("KAZ", "BEL", "TKM", "KGZ", "NLD");
        assertThat(RECOGNIZER.countriesIn("Astana and Tokyo said")).containsExactly("KAZ", "JPN");
    }

    @Test
    void aStorySetInLowerCaseNamesItsCountriesInLowerCase() {
        // After Reuters-21578 NEWID 12369 (reut2-012.sgm), set in lower case by its source
        assertThat(RECOGNIZER.countriesNamed("Mexico city, april 1 - mexico today received the first 250 mln dlrs of a "
                + "credit from japan's eximbank for a pipeline to the pacific, near the border with guatemala."))
                .containsExactlyInAnyOrder("MEX", "JPN", "GTM");
        // In a story set as usual, "turkey" and "china" are the bird and the porcelain, and no lower-case
        // country name says otherwise.
        assertThat(RECOGNIZER.countriesNamed("France sold turkey and china to Britain.")).containsExactly("FRA", "GBR");
    }

    @Test
    void mentionsCarryOffsetsSurfaceAndType() {
        String text = "the Kazakh president met Belgium's Crown Prince";
        List<CountryMention> found = RECOGNIZER.find(text);
        assertThat(found).containsExactly(
                new CountryMention("KAZ", 4, 10, "Kazakh", MentionType.DEMONYM),
                new CountryMention("BEL", 25, 32, "Belgium", MentionType.NAME));
    }

    @Test
    void everyIsoCountryIsKnownByItsName() {
        assertThat(Gazetteer.load().stream().filter(e -> e.kind() == GazetteerEntry.Kind.NAME)
                .flatMap(e -> e.codes().stream()).distinct().count()).isEqualTo(249);
    }

    @Test
    void caseRules() {
        assertThat(RECOGNIZER.countriesIn("let us roast a turkey on fine china")).isEmpty();
        assertThat(RECOGNIZER.countriesIn("the US and Turkey")).containsExactly("USA", "TUR");
    }

    @Test
    void longestMatchAndStopPhrases() {
        assertThat(RECOGNIZER.countriesIn("Papua New Guinea and Equatorial Guinea")).containsExactly("PNG", "GNQ");
        assertThat(RECOGNIZER.countriesIn("The Washington Post reported")).isEmpty();
        assertThat(RECOGNIZER.find("reported from New Jersey")).containsExactly(
                new CountryMention("USA", 14, 24, "New Jersey", MentionType.REGION));
        assertThat(RECOGNIZER.countriesIn("Latin American debt")).isEmpty();
    }

    @Test
    void internationalBodiesAreNotCountries() {
        assertThat(RECOGNIZER.countriesIn("The European Union and the EC met the IMF")).isEmpty();
    }

    @Test
    void weakFormsNeedAnUnambiguousMention() {
        assertThat(RECOGNIZER.countriesNamed("Georgia Power said in Atlanta, Georgia")).isEmpty();
        assertThat(RECOGNIZER.find("Georgia Power said in Atlanta, Georgia")).extracting(CountryMention::iso3)
                .containsExactly("USA");
        assertThat(RECOGNIZER.countriesIn("Tbilisi said Georgia would join")).containsExactly("GEO");
        assertThat(RECOGNIZER.countriesIn("Ministers met in Brussels")).isEmpty();
        assertThat(RECOGNIZER.countriesIn("Belgium hosted the talks in Brussels")).containsExactly("BEL");
    }

    @Test
    void groupsExpandToTheirMembers() {
        assertThat(RECOGNIZER.countriesIn("Benelux ministers")).containsExactly("BEL", "NLD", "LUX");
        assertThat(RECOGNIZER.find("the five Central Asian republics"))
                .extracting(CountryMention::type).containsOnly(MentionType.GROUP_MEMBER).hasSize(5);
    }

    @Test
    void citiesAndRegionsNameTheirCountry() {
        assertThat(RECOGNIZER.find("a Houston refinery and a Frankfurt bank"))
                .extracting(CountryMention::iso3, CountryMention::type)
                .containsExactly(tuple("USA", MentionType.CITY), tuple("DEU", MentionType.CITY));
        assertThat(RECOGNIZER.find("the Santa Clara, Calif.-based chipmaker in Ontario"))
                .extracting(CountryMention::iso3, CountryMention::surface)
                .containsExactly(tuple("USA", "Calif."), tuple("CAN", "Ontario"));
        // They place things in a country; they do not name it as a party.
        assertThat(RECOGNIZER.countriesNamed("a summit in Venice")).isEmpty();
        assertThat(RECOGNIZER.countriesIn("a summit in Venice")).containsExactly("ITA");
    }

    @Test
    void ambiguousCitiesAndAbbreviationsNeedSupportOrADateline() {
        // Melbourne, Florida or Australia; "Ind." and "Troy" are words elsewhere.
        assertThat(RECOGNIZER.find("Shares rose in Melbourne")).isEmpty();
        assertThat(RECOGNIZER.find("Shares rose in Melbourne, Australia")).extracting(CountryMention::type)
                .containsExactly(MentionType.CITY, MentionType.NAME);
        assertThat(RECOGNIZER.find("Smith Ind. said Troy fell")).isEmpty();
    }

    @Test
    void aDatelineRegionSaysWhichPlace() {
        assertThat(RECOGNIZER.find("PORTLAND, Ore., March 3 - Acme Corp said"))
                .containsExactly(new CountryMention("USA", 10, 14, "Ore.", MentionType.REGION));
        assertThat(RECOGNIZER.countriesIn("MELBOURNE, Fla., Feb 26 - Harris Corp said")).containsExactly("USA");
        assertThat(RECOGNIZER.countriesIn("LONDON, Ontario, March 2 - A mill said")).containsExactly("CAN");
        assertThat(RECOGNIZER.countriesIn("TROY, Mich., March 2 - K mart said")).containsExactly("USA");
    }

    @Test
    void aWeakFormCountsAsTheDatelinePlace() {
        assertThat(RECOGNIZER.countriesNamed("BRUSSELS, March 3 - EC ministers met")).containsExactly("BEL");
        assertThat(RECOGNIZER.countriesNamed("EC ministers met in Brussels")).isEmpty();
    }

    @Test
    void countriesInKeepsWhatTheStoryIsAbout() {
        String story = """
                ACME TO BUILD PLANT
                HOUSTON, March 3 - Acme Corp said it will build a chemical plant in Texas.
                The plant will use a process licensed from a Japanese company.
                Acme said demand was strong.""";

        assertThat(RECOGNIZER.countriesNamed(story)).containsExactly("JPN");
        assertThat(RECOGNIZER.countriesIn(story)).containsExactly("USA");
        assertThat(RECOGNIZER.salience(story)).containsExactly(
                new CountrySalience("USA", 2, false, true, false, true),
                new CountrySalience("JPN", 1, false, false, false, false));
    }

    @Test
    void headlineOnlyCountryAndRepetitionMakeACountrySalient() {
        String headline = "JAPAN CUTS RATES\nLONDON, March 3 - Dealers said the dollar fell. France and Italy were quiet.";
        assertThat(RECOGNIZER.countriesIn(headline)).containsExactly("JPN", "GBR");

        String repeated = "LONDON, March 3 - Dealers said. Iran said. Iran added. Iran also said. Iraq said. Iran.";
        assertThat(RECOGNIZER.countriesIn(repeated)).containsExactly("GBR", "IRN");

        assertThat(RECOGNIZER.countriesIn("Dealers were quiet. Later, some said Chile had paid.")).containsExactly("CHL");
    }

    @Test
    void withoutADatelineTheLeadSentenceCounts() {
        String story = "Mexico and Brazil met on debt. Later, Peru said it would attend.";
        assertThat(RECOGNIZER.countriesIn(story)).containsExactly("MEX", "BRA");
    }

    @Test
    void emptyAndStructurelessTexts() {
        assertThat(RECOGNIZER.find("")).isEmpty();
        assertThat(RECOGNIZER.countriesIn("")).isEmpty();
        assertThat(RECOGNIZER.salience("\n\n")).isEmpty();
        assertThat(RECOGNIZER.countriesIn("Peru")).containsExactly("PER");
    }

    @Test
    void gazetteerFlagsAreChecked() {
        assertThat(Gazetteer.parse(List.of("USA\tREGION\tInd.\tdateline")))
                .containsExactly(new GazetteerEntry(List.of("USA"), GazetteerEntry.Kind.REGION, "Ind.", false, false, true));
        assertThatThrownBy(() -> Gazetteer.parse(List.of("USA\tCITY\tDallas\tdatline")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown flag datline");
    }

    @Test
    void aCityInTheHeadlineOnlyPlacesTheStory() {
        String story = "QUEBEC BANK ISSUES EUROBOND\nLONDON, March 2 - A bank of Quebec is issuing a bond, dealers said.";
        assertThat(RECOGNIZER.countriesIn(story)).containsExactly("GBR");
        assertThat(RECOGNIZER.countriesIn("CANADA BANK ISSUES EUROBOND\nLONDON, March 2 - A bank is issuing a bond."))
                .containsExactly("CAN", "GBR");
    }

    @Test
    void ambiguousNamesAsDecided() {
        assertThat(RECOGNIZER.countriesNamed("Niger and Nigeria")).containsExactly("NER", "NGA");
        assertThat(RECOGNIZER.find("a plant in Paris, Texas")).extracting(CountryMention::iso3, CountryMention::type)
                .containsExactly(tuple("USA", MentionType.CITY));
        assertThat(RECOGNIZER.find("Washington state and George Washington"))
                .extracting(CountryMention::iso3, CountryMention::type).containsExactly(tuple("USA", MentionType.REGION));
        assertThat(RECOGNIZER.countriesNamed("Guinea-Bissau and Guinea")).containsExactly("GNB", "GIN");
        // A demonym in a fixed phrase or a currency names no party; a company name keeps its country.
        assertThat(RECOGNIZER.find("a Dutch auction paid in Swiss francs")).isEmpty();
        assertThat(RECOGNIZER.countriesNamed("British Petroleum and Japan Air Lines")).containsExactly("GBR", "JPN");
    }
}
