package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesInputTest {
    private static final Instant DEFAULT = Instant.parse("2024-01-01T00:00:00Z");
    private final NewsReader reader = new NewsReader(new ReadOptions(DEFAULT));

    @TempDir
    Path dir;

    @Test
    void goodLinesAreArticlesAndEachBadLineIsUnreadableWithItsNumber() {
        Path file = Samples.path("jsonl/articles.jsonl");
        List<NewsItem> items = Samples.readAll(reader, file);

        assertThat(items).extracting(NewsItem::origin).containsExactly(
                file + ":1", file + ":2", file + ":4", file + ":5", file + ":6", file + ":7", file + ":8", file + ":9");

        Article rail = article(items.get(0));
        assertThat(rail.id()).isEqualTo("wire-1001");
        assertThat(rail.url()).isEqualTo("https://wire.example.com/1001");
        assertThat(rail.title()).isEqualTo("France and Morocco sign rail deal");
        assertThat(rail.published()).isEqualTo(Instant.parse("2024-10-28T12:00:00Z"));
        assertThat(rail.format()).isEqualTo("jsonl");
        assertThat(rail.extra()).containsEntry("section", "Africa").containsEntry("tags", List.of("rail", "infrastructure"))
                .doesNotContainKeys("id", "text", "title", "url", "published");

        Article hungary = article(items.get(1));
        assertThat(hungary.id()).isEqualTo(ContentIds.ofUrl("https://wire.example.com/1002"));
        assertThat(hungary.published()).isEqualTo(Instant.parse("2024-02-15T00:00:00Z"));

        Article qatar = article(items.get(2));
        assertThat(qatar.id()).hasSize(24).isEqualTo(ContentIds.ofContent("Qatar pledges aid\nQatar pledged $50 million in aid to Sudan on Sunday."));
        assertThat(qatar.published()).isEqualTo(Instant.parse("2024-04-21T06:15:00Z"));
        assertThat(qatar.extra()).isEmpty(); // "note": null is not kept

        assertThat(reason(items.get(3))).startsWith("line 5: not valid JSON at column ")
                .contains("Unexpected end-of-input").doesNotContain("Source");
        assertThat(((NewsItem.Unreadable) items.get(3)).payload()).contains("wire-1004");
        assertThat(reason(items.get(4))).isEqualTo("line 6: no \"text\" field: an article needs its text");
        assertThat(reason(items.get(5))).isEqualTo("line 7: expected a JSON object, found array");
        assertThat(reason(items.get(6))).isEqualTo("line 8: \"published\" is not an ISO 8601 instant or date: last Tuesday");

        Article peru = article(items.get(7));
        assertThat(peru.id()).isEqualTo("1008");
        assertThat(peru.title()).isNull();
    }

    @Test
    void aBadlyEncodedLineIsRefusedAloneAndTheNextLinesAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\":\"a\",\"text\":\"Ghana and Togo met.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\":\"b\",\"text\":\"S\u00e3o Tom\u00e9 signed.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.write("{\"id\":\"c\",\"text\":\"S\u00e3o Tom\u00e9 and Angola signed.\"}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.ndjson"), bytes.toByteArray());

        List<NewsItem> items = Samples.readAll(reader, file);

        assertThat(items).hasSize(3);
        assertThat(article(items.get(0)).id()).isEqualTo("a");
        assertThat(reason(items.get(1))).startsWith("line 2: not valid UTF-8");
        assertThat(article(items.get(2)).text()).isEqualTo("S\u00e3o Tom\u00e9 and Angola signed.");
        assertThat(article(items.get(2)).published()).isEqualTo(DEFAULT);
    }

    private static Article article(NewsItem item) {
        assertThat(item).isInstanceOf(NewsItem.Text.class);
        return ((NewsItem.Text) item).article();
    }

    private static String reason(NewsItem item) {
        assertThat(item).isInstanceOf(NewsItem.Unreadable.class);
        return ((NewsItem.Unreadable) item).reason();
    }
}
