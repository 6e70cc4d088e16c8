package io.newsmon.producer.input;

import com.rometools.rome.io.FeedException;
import io.newsmon.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads news from files, directories, stdin and feed URLs, in whichever of the supported formats
 * each is (see {@link FormatSniffer}). Reading is lazy: a file is opened when the stream gets to
 * it, and line formats are read line by line. Bad content never ends the stream: it becomes an
 * {@link NewsItem.Unreadable} with the reason, and reading goes on with the next item.
 */
public final class NewsReader {
    private static final Logger LOG = LoggerFactory.getLogger(NewsReader.class);
    /**
     * Largest single document (text, Markdown, HTML page, feed) read whole; line formats (JSON
     * lines, GDELT) are streamed and have no limit.
     */
    static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

    private final ReadOptions options;
    private final Clock clock;
    private final InputStream stdin;
    private final FeedFetcher fetcher = new FeedFetcher();
    private final GdeltExportReader.Counter gdeltCounter = new GdeltExportReader.Counter();

    public NewsReader(ReadOptions options) {
        this(options, Clock.systemUTC(), System.in);
    }

    /** With the clock that dates stdin and URL articles and the stream "-" reads (tests pass their own). */
    NewsReader(ReadOptions options, Clock clock, InputStream stdin) {
        this.options = options == null ? ReadOptions.defaults() : options;
        this.clock = clock;
        this.stdin = stdin;
    }

    /**
     * Lazily reads every input: files, directories (recursive, sorted for determinism), "-" for
     * stdin, http(s) URLs of RSS/Atom feeds. Never throws for bad content: yields Unreadable instead.
     */
    public Stream<NewsItem> read(List<String> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    /** What became of GDELT rows read by this reader so far (skipped rows are counted here only). */
    public GdeltStats gdeltStats() {
        return gdeltCounter.snapshot();
    }

    private Stream<NewsItem> readInput(String input) {
        if (input.equals("-")) {
            Instant published = Objects.requireNonNullElseGet(options.defaultPublished(), clock::instant);
            return readOpened(Input.of("stdin", "", nonClosing(stdin), published, null));
        }
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return readUrl(input);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return readDirectory(path);
        }
        return readFile(path);
    }

    private Stream<NewsItem> readDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new NewsItem.Unreadable(dir.toString(), "cannot list directory: " + e.getMessage(), null));
        }
        if (files.isEmpty()) {
            LOG.warn("{}: no files to read", dir);
        }
        return files.stream().flatMap(this::readFile);
    }

    /** Dot-files and anything in dot-directories (.git, editor backups) are not news. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Stream<NewsItem> readFile(Path path) {
        String origin = path.toString();
        if (!Files.exists(path)) {
            return Stream.of(new NewsItem.Unreadable(origin, "no such file or directory", null));
        }
        if (!Files.isRegularFile(path)) {
            return Stream.of(new NewsItem.Unreadable(origin, "not a regular file", null));
        }
        try {
            Instant published = options.defaultPublished() != null ? options.defaultPublished()
                    : Files.getLastModifiedTime(path).toInstant();
            InputStream in = Files.newInputStream(path);
            return readOpened(Input.of(origin, path.getFileName().toString(), in, published, null));
        } catch (IOException e) {
            return Stream.of(new NewsItem.Unreadable(origin, "cannot read file: " + describe(e), null));
        }
    }

    private Stream<NewsItem> readUrl(String url) {
        FeedFetcher.Fetched fetched = fetcher.fetch(url);
        if (fetched.failure() != null) {
            return Stream.of(new NewsItem.Unreadable(url, fetched.failure(), null));
        }
        Instant published = Objects.requireNonNullElseGet(options.defaultPublished(), clock::instant);
        String path = "";
        try {
            path = Objects.requireNonNullElse(URI.create(url).getPath(), "");
        } catch (IllegalArgumentException e) {
            // the fetch worked, so the URL is fine for HttpClient; the name is only a hint
        }
        return readOpened(Input.of(url, path, new ByteArrayInputStream(fetched.body()), published, url));
    }

    /** Sniffs the format and reads; closes the input when the returned stream is closed. */
    private Stream<NewsItem> readOpened(Input input) {
        Stream<NewsItem> items;
        try {
            byte[] head = input.head();
            FormatSniffer.Verdict verdict = FormatSniffer.sniff(input.name(), head);
            if (verdict.refused()) {
                items = Stream.of(new NewsItem.Unreadable(input.origin(), verdict.refusal(),
                        FormatSniffer.preview(head)));
            } else {
                items = readAs(verdict.format(), input);
            }
        } catch (IOException | RuntimeException e) {
            items = Stream.of(new NewsItem.Unreadable(input.origin(), "cannot read: " + describe(e), null));
        }
        return guarded(items, input.origin()).onClose(() -> closeQuietly(input.bytes()));
    }

    private Stream<NewsItem> readAs(InputFormat format, Input input) throws IOException {
        String origin = input.origin();
        return switch (format) {
            case TEXT, MARKDOWN -> Stream.of(readText(format, input));
            case HTML -> {
                byte[] page = document(input);
                if (page == null) {
                    yield Stream.of(tooLarge(input));
                }
                Article article = HtmlArticleReader.read(new ByteArrayInputStream(page), input.url(), input.published());
                yield Stream.of(article.text().isBlank()
                        ? new NewsItem.Unreadable(origin, "HTML page with no article text", null)
                        : new NewsItem.Text(article, origin));
            }
            case FEED -> readFeed(input);
            case JSON_LINES -> {
                Iterator<byte[]> lines = new ByteLines(input.bytes());
                long[] number = {0};
                yield StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                        .map(line -> JsonLinesReader.line(line, ++number[0], origin, input.published()))
                        .filter(Objects::nonNull);
            }
            case GDELT_EXPORT -> withGdeltSummary(new GdeltExportReader(gdeltCounter).read(input.bytes(), origin), origin);
            case GDELT_EXPORT_ZIP ->
                    withGdeltSummary(new GdeltExportReader(gdeltCounter).readZip(input.bytes(), origin), origin);
        };
    }

    /** The whole content, or null when it is larger than {@link #MAX_DOCUMENT_BYTES}. */
    private static byte[] document(Input input) throws IOException {
        byte[] bytes = input.bytes().readNBytes(MAX_DOCUMENT_BYTES + 1);
        return bytes.length > MAX_DOCUMENT_BYTES ? null : bytes;
    }

    private static NewsItem.Unreadable tooLarge(Input input) {
        return new NewsItem.Unreadable(input.origin(), "larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024)
                + " MiB: too large for one article or feed; split it, or use JSON lines", null);
    }

    private NewsItem readText(InputFormat format, Input input) throws IOException {
        byte[] bytes = document(input);
        if (bytes == null) {
            return tooLarge(input);
        }
        String content;
        try {
            content = TextDecoding.decode(bytes);
        } catch (TextDecoding.UndecodableText e) {
            return new NewsItem.Unreadable(input.origin(), e.getMessage(), FormatSniffer.preview(bytes));
        }
        if (content.isBlank()) {
            return new NewsItem.Unreadable(input.origin(), "no text: the input is blank", content);
        }
        Article article = format == InputFormat.MARKDOWN
                ? TextArticles.markdown(content, input.published())
                : TextArticles.plain(content, input.published());
        return new NewsItem.Text(article, input.origin());
    }

    private Stream<NewsItem> readFeed(Input input) throws IOException {
        byte[] bytes = document(input);
        if (bytes == null) {
            return Stream.of(tooLarge(input));
        }
        try {
            return FeedReader.items(FeedReader.parse(new ByteArrayInputStream(bytes)), input.origin(),
                    input.published()).stream();
        } catch (FeedException | IllegalArgumentException e) {
            return Stream.of(new NewsItem.Unreadable(input.origin(), "not an RSS or Atom feed: " + describe(e),
                    new String(bytes, StandardCharsets.UTF_8)));
        }
    }

    private Stream<NewsItem> withGdeltSummary(Stream<NewsItem> rows, String origin) {
        GdeltStats before = gdeltCounter.snapshot();
        return rows.onClose(() -> {
            GdeltStats after = gdeltCounter.snapshot();
            LOG.info("{}: {} GDELT rows, {} events, {} skipped (no country pair {}, region or non-ISO actor {}), {} invalid",
                    origin, after.rows() - before.rows(), after.events() - before.events(),
                    after.skipped() - before.skipped(), after.withoutCountryPair() - before.withoutCountryPair(),
                    after.nonCountryActors() - before.nonCountryActors(), after.invalid() - before.invalid());
        });
    }

    /**
     * Failures while iterating (a disk error, a truncated zip) end that input with one Unreadable
     * naming the problem; the items read before it stand, and the next input is read as usual.
     */
    private static Stream<NewsItem> guarded(Stream<NewsItem> items, String origin) {
        Iterator<NewsItem> source = items.iterator();
        Iterator<NewsItem> safe = new Iterator<>() {
            private NewsItem next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    if (source.hasNext()) {
                        next = source.next();
                    } else {
                        done = true;
                    }
                } catch (RuntimeException e) {
                    done = true;
                    next = new NewsItem.Unreadable(origin, "reading stopped: " + describe(e), null);
                }
                return next != null;
            }

            @Override
            public NewsItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                NewsItem item = next;
                next = null;
                return item;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(safe, Spliterator.ORDERED), false)
                .onClose(items::close);
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.debug("closing input failed", e);
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // stdin belongs to the process
            }
        };
    }
}
