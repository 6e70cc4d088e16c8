package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltInputTest {
    private static final String SAMPLE = "gdelt/20191024143000-sample.export.CSV";
    private static final Path FULL_EXPORT = Path.of("/work/shared/data/gdelt/20191024143000.export.CSV");

    @TempDir
    Path dir;

    @Test
    void countryPairRowsBecomeEventsAndTheRestAreSkippedAndCounted() {
        NewsReader reader = new NewsReader(ReadOptions.defaults());
        Path sample = Samples.path(SAMPLE);
        List<NewsItem> items = Samples.readAll(reader, sample);

        List<NewsEvent> events = Samples.only(items, NewsItem.Coded.class).stream().map(NewsItem.Coded::event).toList();
        assertThat(items).hasSize(13).allMatch(NewsItem.Coded.class::isInstance);
        assertThat(events).extracting(NewsEvent::pair).containsExactly(
                "CHN-BRA", "GBR-SAU", "SAU-GBR", "AFG-RUS", "ARE-USA", "BLR-RUS", "BRA-CHN", "CHN-BRA",
                "ESP-ARE", "ESP-PRT", "FRA-USA", "IND-MYS", "ISR-USA");
        assertThat(reader.gdeltStats()).isEqualTo(new GdeltStats(18, 13, 3, 2, 0));
        assertThat(items.get(0).origin()).isEqualTo(sample + ":4");
    }

    @Test
    void mapsTheColumnsOfARowToAnEvent() {
        List<NewsItem> items = Samples.readAll(new NewsReader(ReadOptions.defaults()), Samples.path(SAMPLE));
        NewsEvent meeting = ((NewsItem.Coded) items.get(0)).event();

        assertThat(meeting.cameo()).isEqualTo("036"); // leading zero kept
        assertThat(meeting.kind()).isEqualTo(EventKind.MEETING);
        assertThat(meeting.actor1()).isEqualTo("CHN");
        assertThat(meeting.actor2()).isEqualTo("BRA");
        assertThat(meeting.date()).isEqualTo(EventDate.parse("2019-09-24"));
        assertThat(meeting.modality()).isEqualTo(Modality.FACT);
        assertThat(meeting.origin()).isEqualTo("gdelt");
        assertThat(meeting.amount()).isNull();
        assertThat(meeting.evidence().start()).isEqualTo(-1);
        assertThat(meeting.source().articleId()).isEqualTo("gdelt:881990861");
        assertThat(meeting.source().url()).isEqualTo("https://af.reuters.com/article/commoditiesNews/idAFL2N2790KV");
        assertThat(meeting.source().published()).isEqualTo(Instant.parse("2019-10-24T14:30:00Z"));
        assertThat(meeting.id()).isEqualTo(NewsEvent.factId(EventKind.MEETING, "CHN", "BRA",
                EventDate.parse("2019-09-24"), null, Modality.FACT));

        List<NewsEvent> events = items.stream().map(i -> ((NewsItem.Coded) i).event()).toList();
        assertThat(events).filteredOn(e -> e.pair().equals("BLR-RUS")).singleElement()
                .extracting(NewsEvent::kind).isEqualTo(EventKind.REPRESENTATION);
        assertThat(events).filteredOn(e -> e.pair().equals("ESP-PRT")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.AID))
                .satisfies(e -> assertThat(e.kind().family()).isEqualTo(EventKind.Family.ECONOMIC));
        assertThat(events).filteredOn(e -> e.cameo().equals("057")).extracting(NewsEvent::kind)
                .containsOnly(EventKind.AGREEMENT).hasSize(3);
    }

    @Test
    void rowsWithWrongColumnCountOrBadDatesAreUnreadableAndTheRestAreRead() throws IOException {
        List<String> rows = Files.readAllLines(Samples.path(SAMPLE));
        String good = rows.get(3);
        String[] badDate = good.split("\t", -1);
        badDate[1] = "20191340";
        String[] badAdded = good.split("\t", -1);
        badAdded[59] = "2019-10-24";
        String truncated = String.join("\t", Arrays.copyOf(good.split("\t", -1), 40));
        Path file = Files.write(dir.resolve("bad.export.CSV"),
                List.of(good, truncated, String.join("\t", badDate), String.join("\t", badAdded), rows.get(4)));

        NewsReader reader = new NewsReader(ReadOptions.defaults());
        List<NewsItem> items = Samples.readAll(reader, file);

        assertThat(items).hasSize(5);
        assertThat(items.get(0)).isInstanceOf(NewsItem.Coded.class);
        assertThat(((NewsItem.Unreadable) items.get(1)).reason())
                .isEqualTo("line 2: expected 61 tab-separated GDELT 2.0 columns, found 40");
        assertThat(((NewsItem.Unreadable) items.get(2)).reason())
                .isEqualTo("line 3: SQLDATE '20191340' is not a yyyyMMdd date");
        assertThat(((NewsItem.Unreadable) items.get(3)).reason())
                .isEqualTo("line 4: DATEADDED '2019-10-24' is not a yyyyMMddHHmmss date");
        assertThat(((NewsItem.Unreadable) items.get(3)).payload()).isEqualTo(String.join("\t", badAdded));
        assertThat(items.get(4)).isInstanceOf(NewsItem.Coded.class);
        assertThat(reader.gdeltStats().invalid()).isEqualTo(3);
    }

    @Test
    void readsZippedExportsAndRecognisesExportsByTheirColumns() throws IOException {
        Path zip = dir.resolve("20191024143000.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20191024143000.export.CSV"));
            out.write(Files.readAllBytes(Samples.path(SAMPLE)));
            out.closeEntry();
        }
        Path unnamed = Files.copy(Samples.path(SAMPLE), dir.resolve("download.tsv"));

        NewsReader reader = new NewsReader(ReadOptions.defaults());
        List<NewsItem> items = Samples.readAll(reader, zip, unnamed);

        assertThat(items).hasSize(26).allMatch(NewsItem.Coded.class::isInstance);
        assertThat(items.get(0).origin()).isEqualTo(zip + "!20191024143000.export.CSV:4");
        assertThat(items.get(13).origin()).isEqualTo(unnamed + ":4");
        assertThat(reader.gdeltStats().rows()).isEqualTo(36);
    }

    @Test
    void aZipThatIsNotAnExportIsRefused() throws IOException {
        Path zip = dir.resolve("photos.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("a.jpg"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        List<NewsItem> items = Samples.readAll(new NewsReader(ReadOptions.defaults()), zip);
        assertThat(items).singleElement().isInstanceOfSatisfying(NewsItem.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("a zip archive that is not a GDELT export"));
    }

    @Test
    void theFullSharedExportReadsCompletelyWithMostRowsSkipped() {
        NewsReader reader = new NewsReader(ReadOptions.defaults());
        List<NewsItem> items = Samples.readAll(reader, FULL_EXPORT);

        GdeltStats stats = reader.gdeltStats();
        assertThat(stats.rows()).isEqualTo(2111);
        assertThat(stats.invalid()).isZero();
        assertThat(stats.events() + stats.skipped()).isEqualTo(2111);
        assertThat(items).hasSize((int) stats.events()).allMatch(NewsItem.Coded.class::isInstance);
        // 469 rows pair two different codes (README: about 22%); regions such as EUR and AFR drop out
        assertThat(stats.events() + stats.nonCountryActors()).isEqualTo(469);
        assertThat(stats.nonCountryActors()).isPositive();
    }
}
