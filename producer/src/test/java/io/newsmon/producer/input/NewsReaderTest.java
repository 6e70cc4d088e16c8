package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsReaderTest {
    private static final Instant DEFAULT = Instant.parse("2024-01-01T00:00:00Z");
    private final NewsReader reader = new NewsReader(new ReadOptions(DEFAULT));

    @TempDir
    Path dir;

    @Test
    void directoriesAreReadRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/nested"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/nested/z.txt"), "Third\n\nPoland and Lithuania met.");
        Files.writeString(dir.resolve("b/a.md"), "# Second\n\nEstonia and Finland met.");
        Files.writeString(dir.resolve("a.txt"), "First\n\nLatvia and Sweden met.");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden\n\nNot news.");
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");

        List<NewsItem> items = Samples.readAll(reader, dir);

        assertThat(items).extracting(i -> ((NewsItem.Text) i).article().title())
                .containsExactly("First", "Second", "Third");
    }

    @Test
    void binaryGarbageAndMissingFilesAreUnreadableAndReadingGoesOn() {
        Path garbage = Samples.path("binary/garbage.txt");
        List<NewsItem> items = Samples.readAll(reader, garbage, dir.resolve("missing.txt"),
                Samples.path("text/kazakhstan-belgium-visit.txt"));

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOfSatisfying(NewsItem.Unreadable.class, u -> {
            assertThat(u.origin()).isEqualTo(garbage.toString());
            assertThat(u.reason()).startsWith("binary content, not text");
            assertThat(u.payload()).isNotEmpty();
        });
        assertThat(items.get(1)).isInstanceOfSatisfying(NewsItem.Unreadable.class,
                u -> assertThat(u.reason()).isEqualTo("no such file or directory"));
        assertThat(items.get(2)).isInstanceOf(NewsItem.Text.class);
    }

    @Test
    void unknownExtensionsAreRecognisedByContent() throws IOException {
        Path html = Files.writeString(dir.resolve("page"), "<!doctype html><html><head><title>Peru and Chile</title>"
                + "</head><body><p>Peru and Chile met in Lima.</p></body></html>");
        Path jsonl = Files.writeString(dir.resolve("export.json"), "{\"id\":\"x\",\"text\":\"Oman and Iran met.\"}\n");
        Path rss = Files.writeString(dir.resolve("feed"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>t</title><item><title>Malta and Italy met</title></item></channel></rss>");
        Path text = Files.writeString(dir.resolve("NOTES"), "Plain\n\nGhana and Nigeria met.");

        List<NewsItem> items = Samples.readAll(reader, html, jsonl, rss, text);

        assertThat(items).extracting(i -> ((NewsItem.Text) i).article().format())
                .containsExactly("html", "jsonl", "rss", "text");
    }

    @Test
    void readingIsLazyFilesAreOpenedWhenTheStreamReachesThem() throws IOException {
        Path later = dir.resolve("later.txt");
        try (Stream<NewsItem> items = reader.read(List.of(later.toString()))) {
            Files.writeString(later, "Written after read() was called\n\nIreland and Iceland met.");
            Iterator<NewsItem> it = items.iterator();
            assertThat(it.next()).isInstanceOf(NewsItem.Text.class);
        }
    }

    @Test
    void dashReadsStdinLineByLineAndDatesItByTheClockWhenNoDefaultIsGiven() {
        Instant now = Instant.parse("2025-03-03T03:03:03Z");
        byte[] lines = ("{\"id\":\"s1\",\"text\":\"Oman and Iran met.\"}\n"
                + "not json\n"
                + "{\"id\":\"s2\",\"text\":\"Chad and Niger met.\",\"published\":\"2025-01-01\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NewsReader stdinReader = new NewsReader(ReadOptions.defaults(), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC),
                new java.io.ByteArrayInputStream(lines));

        List<NewsItem> items = Samples.readAll(stdinReader, "-");

        assertThat(items).extracting(NewsItem::origin).containsExactly("stdin:1", "stdin:2", "stdin:3");
        assertThat(((NewsItem.Text) items.get(0)).article().published()).isEqualTo(now);
        assertThat(((NewsItem.Unreadable) items.get(1)).reason()).startsWith("line 2: not valid JSON");
        assertThat(((NewsItem.Text) items.get(2)).article().published()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void aDocumentLargerThanTheLimitIsUnreadableNotLoaded() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(huge)) {
            byte[] line = "Norway and Sweden met again in Oslo to discuss the border.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written <= NewsReader.MAX_DOCUMENT_BYTES; written += line.length) {
                out.write(line);
            }
        }
        List<NewsItem> items = Samples.readAll(reader, huge);
        assertThat(items).singleElement().isInstanceOfSatisfying(NewsItem.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("larger than 32 MiB"));
    }
}
