package io.newsmon.producer.input;

import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * GDELT 2.0 event exports (tab-separated, 61 columns, no header, no quoting), plain or zipped. Each
 * row that pairs two different countries becomes a ready event; other valid rows are skipped and
 * counted; rows that are not valid are unreadable. Column positions are from the GDELT 2.0 codebook.
 */
final class GdeltExportReader {
    static final int COLUMNS = 61;
    private static final int GLOBAL_EVENT_ID = 0;
    private static final int SQL_DATE = 1;
    private static final int ACTOR1_COUNTRY = 7;
    private static final int ACTOR2_COUNTRY = 17;
    private static final int EVENT_CODE = 26;
    private static final int DATE_ADDED = 59;
    private static final int SOURCE_URL = 60;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter('\t')
            .setQuote(null)
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();
    private static final DateTimeFormatter SQL_DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_ADDED_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    /** Running counts, shared by every export one reader reads. */
    static final class Counter {
        private final AtomicLong rows = new AtomicLong();
        private final AtomicLong events = new AtomicLong();
        private final AtomicLong withoutPair = new AtomicLong();
        private final AtomicLong nonCountry = new AtomicLong();
        private final AtomicLong invalid = new AtomicLong();

        GdeltStats snapshot() {
            return new GdeltStats(rows.get(), events.get(), withoutPair.get(), nonCountry.get(), invalid.get());
        }
    }

    private final Counter counter;

    GdeltExportReader(Counter counter) {
        this.counter = counter;
    }

    /** Whether a line has the shape of an export row (used to recognise exports by content). */
    static boolean looksLikeExportRow(String line) {
        int tabs = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs == COLUMNS - 1 && line.chars().limit(9).allMatch(Character::isDigit);
    }

    /** Items of a plain export, read lazily. */
    Stream<NewsItem> read(InputStream in, String origin) {
        return rows(in, origin);
    }

    /** Items of every export in a zip archive (GDELT ships one per archive), read lazily. */
    Stream<NewsItem> readZip(InputStream in, String origin) {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        Iterator<ZipEntry> entries = new Iterator<>() {
            private ZipEntry next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        next = zip.getNextEntry();
                        if (next == null) {
                            return false;
                        }
                        if (next.isDirectory()) {
                            next = null;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the zip archive: " + e.getMessage(), e);
                }
            }

            @Override
            public ZipEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ZipEntry entry = next;
                next = null;
                return entry;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
                .flatMap(entry -> rows(new FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // the archive's next entry is read from the same stream
                    }
                }, origin + "!" + entry.getName()));
    }

    private Stream<NewsItem> rows(InputStream in, String origin) {
        CSVParser parser;
        try {
            // GDELT is UTF-8; a stray bad byte in a name or URL must not cost the whole file
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            parser = FORMAT.parse(reader);
        } catch (IOException e) {
            return Stream.of(new NewsItem.Unreadable(origin, "cannot read GDELT export: " + e.getMessage(), null));
        }
        return parser.stream()
                .map(record -> row(record, origin))
                .filter(Objects::nonNull)
                .onClose(() -> {
                    try {
                        parser.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The item of one row, or null when the row is valid but not between two countries. */
    NewsItem row(CSVRecord record, String origin) {
        counter.rows.incrementAndGet();
        long line = record.getRecordNumber();
        String rowOrigin = origin + ":" + line;
        try {
            NewsItem item = toEvent(record, rowOrigin);
            if (item != null) {
                counter.events.incrementAndGet();
            }
            return item;
        } catch (InvalidRow e) {
            counter.invalid.incrementAndGet();
            return new NewsItem.Unreadable(rowOrigin, "line " + line + ": " + e.getMessage(),
                    String.join("\t", record.values()));
        }
    }

    private static final class InvalidRow extends Exception {
        InvalidRow(String message) {
            super(message);
        }
    }

    private NewsItem toEvent(CSVRecord record, String rowOrigin) throws InvalidRow {
        if (record.size() != COLUMNS) {
            throw new InvalidRow("expected " + COLUMNS + " tab-separated GDELT 2.0 columns, found " + record.size());
        }
        String globalEventId = record.get(GLOBAL_EVENT_ID).strip();
        if (!globalEventId.matches("\\d+")) {
            throw new InvalidRow("GLOBALEVENTID '" + globalEventId + "' is not a number");
        }
        LocalDate day = parse(record.get(SQL_DATE), SQL_DATE_FORMAT, "SQLDATE", "yyyyMMdd",
                LocalDate::from);
        LocalDateTime added = parse(record.get(DATE_ADDED), DATE_ADDED_FORMAT, "DATEADDED", "yyyyMMddHHmmss",
                LocalDateTime::from);
        String cameo = record.get(EVENT_CODE).strip();
        if (!cameo.matches("\\d{2,4}")) {
            throw new InvalidRow("EventCode '" + cameo + "' is not a CAMEO code");
        }

        String code1 = record.get(ACTOR1_COUNTRY).strip();
        String code2 = record.get(ACTOR2_COUNTRY).strip();
        if (code1.isEmpty() || code2.isEmpty() || code1.equalsIgnoreCase(code2)) {
            counter.withoutPair.incrementAndGet();
            return null;
        }
        Optional<String> actor1 = GdeltCountries.toIso(code1);
        Optional<String> actor2 = GdeltCountries.toIso(code2);
        if (actor1.isEmpty() || actor2.isEmpty() || actor1.equals(actor2)) {
            counter.nonCountry.incrementAndGet();
            return null;
        }
        EventKind kind = EventKind.fromCameo(cameo);
        EventDate date = EventDate.day(day);
        String url = record.get(SOURCE_URL).strip();
        NewsEvent event = new NewsEvent(
                NewsEvent.factId(kind, actor1.get(), actor2.get(), date, null, Modality.FACT),
                kind, cameo, Modality.FACT, actor1.get(), actor2.get(), date, null, null, Evidence.none(),
                new SourceRef("gdelt:" + globalEventId, url.isEmpty() ? null : url, null,
                        added.toInstant(ZoneOffset.UTC)),
                "gdelt");
        return new NewsItem.Coded(event, rowOrigin);
    }

    private static <T> T parse(String value, DateTimeFormatter format, String column, String pattern,
                               java.time.temporal.TemporalQuery<T> query) throws InvalidRow {
        try {
            return format.parse(value.strip(), query);
        } catch (DateTimeParseException e) {
            throw new InvalidRow(column + " '" + value + "' is not a " + pattern + " date");
        }
    }
}
