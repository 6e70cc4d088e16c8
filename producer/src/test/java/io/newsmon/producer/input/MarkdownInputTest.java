package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownInputTest {
    private static final Instant DEFAULT = Instant.parse("2024-01-01T00:00:00Z");
    private final NewsReader reader = new NewsReader(new ReadOptions(DEFAULT));

    @Test
    void frontMatterGivesTitleDateAndUrlAndMarkupIsStripped() {
        Article article = readOne("markdown/trade-mission.md");

        assertThat(article.title()).isEqualTo("German trade mission opens office in Ulaanbaatar");
        assertThat(article.published()).isEqualTo(Instant.parse("2023-05-17T07:30:00Z"));
        assertThat(article.url()).isEqualTo("https://example.org/news/german-mission-mongolia");
        assertThat(article.extra()).containsEntry("author", "Desk Reporter");
        assertThat(article.format()).isEqualTo("markdown");
        assertThat(article.text())
                .contains("A German trade mission opened a permanent office in Ulaanbaatar on Tuesday, "
                        + "the Ministry of Economy said.")
                .contains("Germany and Mongolia signed a memorandum on raw materials in 2011.")
                .contains("Bilateral trade: about EUR 150 million")
                .contains("Next round of talks: autumn 2023")
                .contains("Photo of the delegation")
                .doesNotContain("**", "_permanent_", "](", "`", "> ", "- Bilateral", "https://", "---");
    }

    @Test
    void headingIsTheTitleWhenThereIsNoFrontMatter() {
        Article article = readOne("markdown/no-front-matter.md");

        assertThat(article.title()).isEqualTo("Chile and Peru agree on lithium research cooperation");
        assertThat(article.text()).isEqualTo("Chile and Peru signed a cooperation agreement on lithium research "
                + "in Lima on Friday, officials said. See the statement.");
        assertThat(article.published()).isEqualTo(DEFAULT);
    }

    @Test
    void inlineMarkupKeepsWordsWithUnderscoresIntact() {
        assertThat(MarkdownText.inline("The snake_case name and *emphasis* and \\*literal\\* stars"))
                .isEqualTo("The snake_case name and emphasis and *literal* stars");
    }

    private Article readOne(String resource) {
        List<NewsItem> items = Samples.readAll(reader, Samples.path(resource));
        assertThat(items).singleElement().isInstanceOf(NewsItem.Text.class);
        return ((NewsItem.Text) items.get(0)).article();
    }
}
