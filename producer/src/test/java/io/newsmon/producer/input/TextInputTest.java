package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {
    private static final Instant DEFAULT = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void firstShortLineIsTheTitleAndTheRestIsTheBody() {
        List<NewsItem> items = Samples.readAll(new NewsReader(new ReadOptions(DEFAULT)),
                Samples.path("text/kazakhstan-belgium-visit.txt"));

        assertThat(items).singleElement().isInstanceOf(NewsItem.Text.class);
        Article article = ((NewsItem.Text) items.get(0)).article();
        assertThat(article.title()).isEqualTo("Kazakh President to visit Brussels in March");
        assertThat(article.text()).startsWith("ASTANA, Feb 12 - The President of Kazakhstan")
                .contains("\n\nDuring the visit").endsWith("up 12% from a year earlier.")
                .doesNotContain("Kazakh President to visit Brussels");
        assertThat(article.published()).isEqualTo(DEFAULT);
        assertThat(article.format()).isEqualTo("text");
        assertThat(article.url()).isNull();
        assertThat(items.get(0).origin()).endsWith("kazakhstan-belgium-visit.txt");
    }

    @Test
    void aFirstLineThatEndsASentenceIsBodyNotTitle() {
        Article article = readOne(Samples.path("text/windows-line-endings.txt"), DEFAULT);

        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo("Short note without a headline.\n"
                + "Japan and Vietnam held talks in Hanoi on Monday on a new rice trade quota.");
    }

    @Test
    void idDependsOnContentNotOnPath() throws IOException {
        Path a = Files.copy(Samples.path("text/kazakhstan-belgium-visit.txt"), dir.resolve("a.txt"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Path b = Files.copy(a, dir.resolve("elsewhere/b.txt"));
        Path changed = dir.resolve("changed.txt");
        Files.writeString(changed, Files.readString(a).replace("514.5", "515.5"));

        assertThat(readOne(a, DEFAULT).id()).isEqualTo(readOne(b, DEFAULT).id())
                .isNotEqualTo(readOne(changed, DEFAULT).id())
                .hasSize(24);
    }

    @Test
    void withoutADefaultTheFileModificationTimeIsThePublicationTime() throws IOException {
        Path file = Files.writeString(dir.resolve("note.txt"), "Headline\n\nBody text.");
        Instant modified = Instant.parse("2020-02-02T10:20:30Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        assertThat(readOne(file, null).published()).isEqualTo(modified);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "Zürich talks\n\nSwitzerland and Türkiye met.".getBytes(StandardCharsets.UTF_16));

        Article article = readOne(file, DEFAULT);
        assertThat(article.title()).isEqualTo("Zürich talks");
        assertThat(article.text()).isEqualTo("Switzerland and Türkiye met.");
    }

    @Test
    void latin1BytesAreRefusedWithTheReasonNotGuessedAt() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Réunion talks in Genève\n\nFrance and Switzerland met.".getBytes(StandardCharsets.ISO_8859_1));

        List<NewsItem> items = Samples.readAll(new NewsReader(new ReadOptions(DEFAULT)), file);
        assertThat(items).singleElement().isInstanceOfSatisfying(NewsItem.Unreadable.class, u -> {
            assertThat(u.reason()).contains("not valid UTF-8").contains("offset 1");
            assertThat(u.origin()).isEqualTo(file.toString());
            assertThat(u.payload()).contains("union talks");
        });
    }

    @Test
    void blankAndEmptyFilesAreUnreadable() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\n\t\n");

        List<NewsItem> items = Samples.readAll(new NewsReader(new ReadOptions(DEFAULT)), empty, blank);
        assertThat(items).hasSize(2).allMatch(NewsItem.Unreadable.class::isInstance);
        assertThat(((NewsItem.Unreadable) items.get(0)).reason()).isEqualTo("empty input");
        assertThat(((NewsItem.Unreadable) items.get(1)).reason()).contains("blank");
    }

    private static Article readOne(Path file, Instant defaultPublished) {
        List<NewsItem> items = Samples.readAll(new NewsReader(new ReadOptions(defaultPublished)), file);
        assertThat(items).singleElement().isInstanceOf(NewsItem.Text.class);
        return ((NewsItem.Text) items.get(0)).article();
    }
}
