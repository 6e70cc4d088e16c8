package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which companies a text introduces with their country, and where their names stand for it later. */
class CompaniesTest {

    private static final CountryRecognizer RECOGNIZER = new CountryRecognizer();

    private static List<String> introduced(String text) {
        List<CountryMention> mentions = RECOGNIZER.find(text);
        return Companies.introduced(mentions, text).stream().map(c -> c.name() + "=" + c.iso3()).toList();
    }

    @Test
    void readsTheFourWaysWireCopyIntroducesACompany() {
        assertThat(introduced("Clevite said it will form a venture with Bridgestone Corp of Tokyo.")).containsExactly("Bridgestone=JPN");
        assertThat(introduced("Liptons is a unit of Britain's Unilever Plc.")).containsExactly("Unilever=GBR");
        assertThat(introduced("It bought a stake in U.S. brokerage firm Equitable Securities.")).containsExactly("Equitable=USA");
        assertThat(introduced("Industrial Equity is owned by Brierley Investments Ltd, a publicly held New Zealand firm."))
                .containsExactly("Brierley=NZL");
    }

    @Test
    void leavesOutTickersGenericWordsAndParentsNamedBefore() {
        assertThat(introduced("Nationale-Nederlanden NV <NTNN.AS>, the largest Dutch insurer, said profits rose.")).isEmpty();
        assertThat(introduced("The Bank of Spain said reserves rose.")).isEmpty();
        // "Hoechst AG's U.S. unit, Hoechst Celanese": the parent named first is no American company
        assertThat(introduced("Weisskamp AG's U.S. unit, Weisskamp Fibers Corp, said sales rose.")).isEmpty();
    }

    @Test
    void aNameTwoCountriesCompaniesShareNamesNeither() {
        List<Companies.Company> companies = List.of(new Companies.Company("Nakamura", "JPN", 10),
                new Companies.Company("Sato", "JPN", 20), new Companies.Company("Nakamura", "BRA", 30),
                new Companies.Company("Sato", "JPN", 40));
        assertThat(Parties.firstOfEachName(companies, Companies.Company::name, Companies.Company::iso3))
                .containsExactly(new Companies.Company("Sato", "JPN", 20));
    }

    @Test
    void laterUsesOfTheNameStandForTheCountryButNotInsideACompound() {
        String text = "Clevite said it will form a venture with Bridgestone Corp of Tokyo. The Clevite-Bridgestone Co "
                + "will be based in Ohio. Bridgestone will hold 60 pct.";
        List<CountryMention> mentions = RECOGNIZER.find(text);
        List<CountryMention> with = Companies.withCompanies(mentions, Companies.introduced(mentions, text), text);
        assertThat(with).filteredOn(m -> m.type() == MentionType.COMPANY)
                .extracting(CountryMention::start)
                .containsExactly(text.indexOf("Bridgestone Corp"), text.lastIndexOf("Bridgestone"));
    }
}
