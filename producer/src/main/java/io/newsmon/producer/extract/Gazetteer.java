package io.newsmon.producer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the gazetteer data file ({@code gazetteer.tsv}, documented in its header). */
final class Gazetteer {

    static final String RESOURCE = "/io/newsmon/producer/extract/gazetteer.tsv";

    private static final Set<String> KNOWN_FLAGS = Set.of("exact", "weak", "dateline");

    private Gazetteer() {
    }

    static List<GazetteerEntry> load() {
        return parse(resourceLines(RESOURCE));
    }

    /** The lines of a UTF-8 data file beside these classes ({@code gazetteer.tsv}, {@code leaders.tsv}). */
    static List<String> resourceLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** One data line of a tab-separated file: its number (from 1), its text and its fields. */
    record Row(int lineNo, String line, String[] fields) {
    }

    /** The data lines: not blank, not a "#" comment. */
    static List<Row> rows(List<String> lines) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(i + 1, line, line.split("\t", -1)));
            }
        }
        return rows;
    }

    static List<GazetteerEntry> parse(List<String> lines) {
        // Keyed by folded surface: a later line overrides an earlier one (the ISO list comes first).
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (Row row : rows(lines)) {
            int lineNo = row.lineNo();
            String line = row.line();
            String[] f = row.fields();
            if (f.length < 3) {
                throw new IllegalArgumentException("gazetteer line " + lineNo + " needs codes, type, surface: " + line);
            }
            GazetteerEntry.Kind kind = GazetteerEntry.Kind.valueOf(f[1].trim());
            List<String> codes = f[0].trim().equals("-") ? List.of() : Arrays.asList(f[0].trim().split(","));
            for (String code : codes) {
                if (!code.matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException("gazetteer line " + lineNo + ": not an alpha-3 code: " + code);
                }
            }
            Set<String> flags = f.length > 3 ? Set.of(f[3].trim().split(",")) : Set.of();
            String surface = f[2].trim();
            for (String flag : flags) {
                if (!flag.isEmpty() && !KNOWN_FLAGS.contains(flag)) {
                    throw new IllegalArgumentException("gazetteer line " + lineNo + ": unknown flag " + flag);
                }
            }
            GazetteerEntry entry = new GazetteerEntry(codes, kind, surface, flags.contains("exact"), flags.contains("weak"),
                    flags.contains("dateline"));
            entries.remove(key(surface, entry.exactCase()));
            entries.put(key(surface, entry.exactCase()), entry);
            if (kind == GazetteerEntry.Kind.DEMONYM && takesPluralS(surface)) {
                entries.putIfAbsent(key(surface + "s", entry.exactCase()),
                        new GazetteerEntry(codes, kind, surface + "s", entry.exactCase(), entry.weak(),
                                entry.datelineOnly()));
            }
        }
        return List.copyOf(entries.values());
    }

    private static String key(String surface, boolean exactCase) {
        return exactCase ? surface : surface.toLowerCase(Locale.ROOT);
    }

    private static boolean takesPluralS(String demonym) {
        return !(demonym.endsWith("s") || demonym.endsWith("sh") || demonym.endsWith("ch") || demonym.endsWith("x")
                || demonym.endsWith("z") || demonym.endsWith("ese") || demonym.endsWith("men"));
    }
}
