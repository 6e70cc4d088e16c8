package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlInputTest {
    private static final Instant DEFAULT = Instant.parse("2024-01-01T00:00:00Z");
    private final NewsReader reader = new NewsReader(new ReadOptions(DEFAULT));

    @Test
    void keepsTheStoryAndDropsThePageAroundIt() {
        Article article = readOne("html/article-with-boilerplate.html");

        assertThat(article.title()).isEqualTo("Norway pledges NOK 200 million in flood aid to Mozambique");
        assertThat(article.url()).isEqualTo("https://news.example.com/world/norway-mozambique-aid");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-03-08T13:05:00Z"));
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.text()).isEqualTo(String.join("\n\n",
                "Norway will provide NOK 200 million in humanitarian assistance to Mozambique after severe floods, "
                        + "the Norwegian foreign ministry said on Friday.",
                "The aid will be channelled through the World Food Programme and the Red Cross.",
                "\"We stand with the people of Mozambique,\" the minister said.",
                "Norway gave Mozambique NOK 150 million in 2023."));
        assertThat(article.extra()).containsEntry("siteName", "The Daily Example").containsEntry("lang", "en");
    }

    @Test
    void readsDatePublishedFromJsonLdGraphAndTheArticleBody() {
        Article article = readOne("html/jsonld-date.html");

        assertThat(article.title()).isEqualTo("India and Brazil hold strategic dialogue");
        assertThat(article.published()).isEqualTo(Instant.parse("2022-11-02T06:00:00Z"));
        assertThat(article.text()).isEqualTo("India and Brazil held their annual strategic dialogue in New Delhi on Tuesday."
                + "\n\nBoth sides agreed to double bilateral trade to $30 billion by 2030.");
        assertThat(article.url()).isNull();
    }

    @Test
    void withoutAnArticleElementReadsTheBodyAndTheTimeElement() {
        Article article = readOne("html/meta-date-no-article.html");

        assertThat(article.title()).isEqualTo("Egypt and Sudan sign power link deal");
        assertThat(article.published()).isEqualTo(Instant.parse("2021-06-29T18:00:00Z")); // <time> before meta date
        assertThat(article.text()).contains("Egypt and Sudan signed an agreement to connect their electricity grids")
                .doesNotContain("Home", "Contact us");
    }

    @Test
    void aTableKeepsItsRowsAndColumnsUnderItsCaption() {
        Article article = readOne("html/table-of-exports.html");

        assertThat(article.text()).contains(String.join("\n",
                "Kazakhstan's exports by destination (USD million)",
                "Country\t2022\t2023",
                "Belgium\t514.5\t620.1",
                "Netherlands\t1,250.0\t1,410.3",
                "Total\t9,000.0\t10,000.0"));
        assertThat(article.text()).endsWith("Imports were flat, it said.");
    }

    private Article readOne(String resource) {
        List<NewsItem> items = Samples.readAll(reader, Samples.path(resource));
        assertThat(items).singleElement().isInstanceOf(NewsItem.Text.class);
        return ((NewsItem.Text) items.get(0)).article();
    }
}
