package io.newsmon.producer.eval;

import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The hand-labelled development set: {@code articles.tsv} (which Reuters stories, which split,
 * which countries they name) and {@code events.tsv} (the gold events). Only ids and labels are
 * stored; the Reuters text is read at run time. Format: docs/annotation-guide.md.
 */
public record DevSet(List<DevSetArticle> articles) {

    public static final Path DEFAULT_DIR = Path.of("eval");
    public static final String ARTICLES_FILE = "articles.tsv";
    public static final String EVENTS_FILE = "events.tsv";

    // "514.5mln", "1.2bn", "300k", "25000000"
    private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(k|mln|bn)?");

    public DevSet {
        articles = List.copyOf(articles);
    }

    public int eventCount() {
        return articles.stream().mapToInt(a -> a.events().size()).sum();
    }

    public List<DevSetArticle> in(DevSetArticle.Split split) {
        return articles.stream().filter(a -> a.split() == split).toList();
    }

    public List<GoldEvent> events() {
        return articles.stream().flatMap(a -> a.events().stream()).toList();
    }

    /**
     * Reads and checks the two files.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad entry
     */
    public static DevSet load(Path dir) {
        Path articlesFile = dir.resolve(ARTICLES_FILE);
        Path eventsFile = dir.resolve(EVENTS_FILE);
        if (!Files.isRegularFile(articlesFile) || !Files.isRegularFile(eventsFile)) {
            throw new IllegalArgumentException("dev set not found: expected " + ARTICLES_FILE + " and "
                    + EVENTS_FILE + " in " + dir.toAbsolutePath().normalize());
        }
        Map<Integer, List<GoldEvent>> eventsByArticle = new LinkedHashMap<>();
        for (Row row : rows(eventsFile)) {
            GoldEvent event = event(row);
            eventsByArticle.computeIfAbsent(event.newId(), k -> new ArrayList<>()).add(event);
        }
        List<DevSetArticle> articles = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (Row row : rows(articlesFile)) {
            row.expectColumns(4);
            int newId = row.integer(0);
            if (!seen.add(newId)) {
                throw row.error("article " + newId + " is listed twice");
            }
            DevSetArticle.Split split = switch (row.column(2).toLowerCase(Locale.ROOT)) {
                case "dev" -> DevSetArticle.Split.DEV;
                case "heldout" -> DevSetArticle.Split.HELDOUT;
                case "blind" -> DevSetArticle.Split.BLIND;
                default -> throw row.error("split must be dev, heldout or blind, not '" + row.column(2) + "'");
            };
            Set<String> countries = new LinkedHashSet<>();
            for (String code : row.column(3).split(",")) {
                if (!code.isBlank()) {
                    countries.add(row.country(code.trim()));
                }
            }
            articles.add(new DevSetArticle(newId, row.column(1), split, countries,
                    eventsByArticle.getOrDefault(newId, List.of())));
        }
        Set<Integer> orphans = eventsByArticle.keySet().stream().filter(id -> !seen.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!orphans.isEmpty()) {
            throw new IllegalArgumentException(eventsFile + ": events for articles not in "
                    + ARTICLES_FILE + ": " + orphans);
        }
        return new DevSet(articles);
    }

    private static GoldEvent event(Row row) {
        row.expectColumns(9);
        EventKind kind;
        try {
            kind = EventKind.valueOf(row.column(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown kind '" + row.column(1) + "'; one of " + Arrays.toString(EventKind.values()));
        }
        String actor1 = row.country(row.column(2));
        String actor2 = row.country(row.column(3));
        if (actor1.equals(actor2)) {
            throw row.error("actor1 and actor2 are both " + actor1);
        }
        EventDate date;
        try {
            date = EventDate.parse(row.column(4));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
        Modality modality;
        try {
            modality = Modality.valueOf(row.column(5).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("modality must be FACT or INTENT, not '" + row.column(5) + "'");
        }
        Amount amount = null;
        if (!row.column(6).isEmpty() || !row.column(7).isEmpty()) {
            amount = new Amount(row.amountValue(row.column(6)), row.currency(row.column(7)), null);
        }
        return new GoldEvent(row.integer(0), kind, actor1, actor2, date, modality, amount, row.column(8),
                row.line());
    }

    /** A sum as the annotator writes it: plain, or with k / mln / bn as Reuters does. */
    static BigDecimal parseAmount(String text) {
        Matcher m = AMOUNT.matcher(text.replace(",", "").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount: '" + text + "' (write 25000000, 514.5mln, 1.2bn)");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "k" -> value.movePointRight(3);
            case "mln" -> value.movePointRight(6);
            case "bn" -> value.movePointRight(9);
            default -> value;
        };
    }

    private static List<Row> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(new Row(file, i + 1, line.split("\t", -1)));
        }
        return rows;
    }

    private record Row(Path file, int line, String[] columns) {
        String column(int i) {
            return i < columns.length ? columns[i].trim() : "";
        }

        void expectColumns(int n) {
            if (columns.length != n) {
                throw error("expected " + n + " tab-separated columns, found " + columns.length);
            }
        }

        int integer(int i) {
            try {
                return Integer.parseInt(column(i));
            } catch (NumberFormatException e) {
                throw error("not a NEWID: '" + column(i) + "'");
            }
        }

        String country(String code) {
            if (!IsoCountries.isAlpha3(code)) {
                throw error("not an ISO 3166-1 alpha-3 code: '" + code + "'");
            }
            return code;
        }

        BigDecimal amountValue(String text) {
            try {
                return parseAmount(text);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        String currency(String code) {
            if (!code.matches("[A-Z]{3}")) {
                throw error("currency must be an ISO 4217 code, not '" + code + "'");
            }
            return code;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }
}
