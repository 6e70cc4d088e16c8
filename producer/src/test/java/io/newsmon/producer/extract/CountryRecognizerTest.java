package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(RECOGNIZER.countriesIn("The Washington Post reported from New Jersey")).isEmpty();
        assertThat(RECOGNIZER.countriesIn("Latin American debt")).isEmpty();
    }

    @Test
    void internationalBodiesAreNotCountries() {
        assertThat(RECOGNIZER.countriesIn("The European Union and the EC met the IMF")).isEmpty();
    }

    @Test
    void weakFormsNeedAnUnambiguousMention() {
        assertThat(RECOGNIZER.countriesIn("Georgia Power said in Atlanta, Georgia")).isEmpty();
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
}
