package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import io.newsmon.model.NewsEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of figures by country, through the whole extractor. */
class TableFiguresTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<String> facts(String text) {
        Article article = new Article("t", null, null, text, Instant.parse("2024-03-02T08:00:00Z"), "text", null);
        // the figures of rows: their evidence is the row, which no sentence ends like
        return EXTRACTOR.extract(article).stream().filter(e -> e.amount() != null && !e.evidence().sentence().strip().endsWith("."))
                .map(TableFiguresTest::fact).toList();
    }

    private static String fact(NewsEvent e) {
        return e.kind() + " " + e.pair() + " " + e.date().iso() + " " + e.amount().value().stripTrailingZeros().toPlainString()
                + " " + e.amount().currency();
    }

    @Test
    void aTableOfExportsByDestinationInSpacedColumns() {
        String text = """
                ASTANA, March 2 - Kazakhstan's exports grew strongly last year, the statistics committee said.

                Kazakhstan's exports by destination (USD million)
                Country        2022      2023
                Belgium        514.5     620.1
                Netherlands    1,250.0   1,410.3
                Italy          nil       3,210.0
                Total          9,000.0   10,000.0
                """;
        assertThat(facts(text)).containsExactlyInAnyOrder(
                "TRADE KAZ-BEL 2022 514500000 USD", "TRADE KAZ-BEL 2023 620100000 USD",
                "TRADE KAZ-NLD 2022 1250000000 USD", "TRADE KAZ-NLD 2023 1410300000 USD",
                "TRADE KAZ-ITA 2023 3210000000 USD"); // no figure for "nil", none for the total
    }

    @Test
    void aMarkdownTableOfImportsReadsTheSuppliersFirstAndItsUnitInWords() {
        String text = """
                Japan's imports from major suppliers (in billions of yen):

                | Supplier      | 1985  | 1986  |
                |---------------|-------|-------|
                | United States | 8,900 | 7,100 |
                | Australia     | 1,900 | 1,500 |
                """;
        assertThat(facts(text)).containsExactlyInAnyOrder(
                "TRADE USA-JPN 1985 8900000000000 JPY", "TRADE USA-JPN 1986 7100000000000 JPY",
                "TRADE AUS-JPN 1985 1900000000000 JPY", "TRADE AUS-JPN 1986 1500000000000 JPY");
    }

    @Test
    void aTableWithoutAMoneyUnitOrWithoutDatedColumnsIsNoFigure() {
        String tonnes = """
                Japan's imports of wheat by supplier (thousand tonnes)
                Supplier       1985      1986
                United States  3,100     2,900
                Canada         1,400     1,300
                """;
        String products = """
                Japan's imports from the United States (mln dlrs)
                Product        Value     Share
                Aircraft       2,100     12.5
                Soybeans       1,800     10.1
                """;
        assertThat(facts(tonnes)).isEmpty();
        assertThat(facts(products)).isEmpty();
    }

    @Test
    void theUnitReadsAsTheSumOfOne() {
        assertThat(TableFigures.unit("Exports (USD million)").value()).isEqualByComparingTo("1000000");
        assertThat(TableFigures.unit("Exports (mln dlrs)").currency()).isEqualTo("USD");
        assertThat(TableFigures.unit("Aid (in billions of yen)").value()).isEqualByComparingTo("1000000000");
        assertThat(TableFigures.unit("Aid (EUR bn)").currency()).isEqualTo("EUR");
        assertThat(TableFigures.unit("Wheat (thousand tonnes)")).isNull();
    }
}
