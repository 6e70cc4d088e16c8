package io.newsmon.producer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Reuters-21578 collection ({@code reut2-000.sgm} ... {@code reut2-021.sgm}: Latin-1 SGML,
 * one {@code <REUTERS>} element per story). The files are not well-formed XML (bare control
 * characters, unescaped text), so stories are cut out with patterns rather than an XML parser.
 *
 * <p>The text is licensed for research only: newsmon reads it at run time from the directory
 * given and never ships it.
 */
public final class ReutersCorpus {

    /** Where the collection lives relative to the repository root, unless configured otherwise. */
    public static final Path DEFAULT_DIR = Path.of("../shared/data/reuters21578");

    private static final Pattern STORY = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern SPLIT = Pattern.compile("LEWISSPLIT=\"([^\"]*)\"");
    private static final Pattern LABEL = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#(\\d+)|lt|gt|amp|quot|apos);");
    // Times look like "26-FEB-1987 15:01:01.79"; a few carry stray text after them.
    private static final Pattern DATE = Pattern.compile("(\\d{1,2}-[A-Za-z]{3}-\\d{4} \\d{1,2}:\\d{2}:\\d{2})");
    private static final DateTimeFormatter DATE_FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy H:mm:ss").toFormatter(Locale.ENGLISH);

    private final Path dir;
    private final List<Path> files;

    /**
     * @throws IllegalArgumentException with a readable message when the directory or its
     *                                  {@code reut2-*.sgm} files are absent
     */
    public ReutersCorpus(Path dir) {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Reuters-21578 not found at " + dir.toAbsolutePath().normalize()
                    + ": expected the directory holding reut2-000.sgm ... reut2-021.sgm"
                    + " (set the path with --reuters, or place the collection at ../shared/data/reuters21578)");
        }
        try (Stream<Path> listing = Files.list(dir)) {
            this.files = listing.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}\\.sgm"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no reut2-*.sgm files in " + dir.toAbsolutePath().normalize());
        }
    }

    /** True when {@code dir} holds the collection: lets tests skip cleanly where it is absent. */
    public static boolean isPresent(Path dir) {
        return Files.isRegularFile(dir.resolve("reut2-000.sgm"));
    }

    public Path dir() {
        return dir;
    }

    public List<Path> files() {
        return files;
    }

    /** Every story of every file, in file order. */
    public List<ReutersStory> stories() {
        List<ReutersStory> all = new ArrayList<>(22_000);
        for (Path file : files) {
            all.addAll(read(file));
        }
        return all;
    }

    /** Every story, indexed by NEWID. */
    public Map<Integer, ReutersStory> byNewId() {
        return stories().stream().collect(Collectors.toMap(ReutersStory::newId, Function.identity()));
    }

    /** The story with this NEWID, looked up in the given file only (cheaper than reading all). */
    public Optional<ReutersStory> story(String fileName, int newId) {
        Path file = dir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return read(file).stream().filter(s -> s.newId() == newId).findFirst();
    }

    /** The stories of one SGML file. */
    public static List<ReutersStory> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The stories in SGML text; {@code fileName} is recorded on each. */
    public static List<ReutersStory> parse(String sgml, String fileName) {
        List<ReutersStory> stories = new ArrayList<>(1000);
        Matcher story = STORY.matcher(sgml);
        while (story.find()) {
            String attributes = story.group(1);
            String content = story.group(2);
            Matcher id = NEWID.matcher(attributes);
            if (!id.find()) {
                throw new IllegalArgumentException(fileName + ": a <REUTERS> element without NEWID at offset "
                        + story.start());
            }
            Matcher split = SPLIT.matcher(attributes);
            stories.add(new ReutersStory(
                    Integer.parseInt(id.group(1)),
                    fileName,
                    split.find() ? split.group(1) : "NOT-USED",
                    parseDate(element(content, "DATE")),
                    clean(element(content, "TITLE")).replaceAll("\\s+", " ").trim(),
                    clean(element(content, "DATELINE")).replaceAll("\\s+", " ").trim(),
                    body(element(content, "BODY")),
                    labels(element(content, "PLACES")),
                    labels(element(content, "TOPICS"))));
        }
        return stories;
    }

    /** Decodes the entities the collection uses: {@code &lt; &gt; &amp;} and numeric ones. */
    public static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> String.valueOf((char) Integer.parseInt(m.group(2)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Instant parseDate(String raw) {
        Matcher m = DATE.matcher(raw);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDateTime.parse(m.group(1), DATE_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String element(String content, String tag) {
        int open = content.indexOf("<" + tag + ">");
        if (open < 0) {
            return "";
        }
        int from = open + tag.length() + 2;
        int close = content.indexOf("</" + tag + ">", from);
        // Some bodies lack their closing tag; the text then runs to the end of the story.
        return close < 0 ? content.substring(from) : content.substring(from, close);
    }

    private static List<String> labels(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = LABEL.matcher(raw);
        while (m.find()) {
            out.add(m.group(1).trim());
        }
        return out;
    }

    /** Entities decoded, control characters (the wire's &#2; &#3; ...) dropped. */
    private static String clean(String raw) {
        return decodeEntities(raw).replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /**
     * The wire text is hard-wrapped at ~65 columns and starts each paragraph with an indent; a
     * sentence splitter is better served by one paragraph a line.
     */
    private static String body(String raw) {
        String text = clean(raw).replace("\r", "");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            boolean newParagraph = line.startsWith(" ") || line.startsWith("\t");
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(newParagraph ? '\n' : ' ');
            }
            out.append(trimmed);
        }
        String joined = out.toString();
        // The signature closes almost every story; it is not news.
        return joined.replaceFirst("\\s*\\bReuters?\\s*$", "").strip();
    }
}
