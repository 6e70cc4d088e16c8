package io.newsmon.producer.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how to read an input from its name and its first bytes. The extension is the user's
 * statement of intent and wins; content decides when the name says nothing (stdin, URLs, odd
 * names), and content that is not text at all is refused whatever the name says.
 */
final class FormatSniffer {

    /** Either the format to read with or why the input cannot be read. */
    record Verdict(InputFormat format, String refusal) {
        static Verdict read(InputFormat format) {
            return new Verdict(format, null);
        }

        static Verdict refuse(String reason) {
            return new Verdict(null, reason);
        }

        boolean refused() {
            return refusal != null;
        }
    }

    static final String SUPPORTED = "newsmon reads .txt, .md, .html, RSS/Atom (.xml, .rss, .atom), "
            + ".jsonl/.ndjson and GDELT 2.0 exports (*.export.CSV, *.export.CSV.zip)";

    private FormatSniffer() {
    }

    static Verdict sniff(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (head.length == 0) {
            return Verdict.refuse("empty input");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return lower.contains(".export.csv")
                    ? Verdict.read(InputFormat.GDELT_EXPORT_ZIP)
                    : Verdict.refuse("a zip archive that is not a GDELT export (*.export.CSV.zip); " + SUPPORTED);
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return Verdict.refuse("gzip-compressed content: decompress it first; " + SUPPORTED);
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return Verdict.refuse("a PDF document, not text; " + SUPPORTED);
        }
        if (!TextDecoding.hasUtf16Bom(head) && looksBinary(head)) {
            return Verdict.refuse("binary content, not text (control bytes in the first "
                    + head.length + " bytes); " + SUPPORTED);
        }
        Optional<InputFormat> byName = byExtension(lower);
        if (byName.isPresent()) {
            return Verdict.read(byName.get());
        }
        return byContent(lower, head);
    }

    private static Optional<InputFormat> byExtension(String lower) {
        if (lower.endsWith(".export.csv")) return Optional.of(InputFormat.GDELT_EXPORT);
        if (lower.endsWith(".txt")) return Optional.of(InputFormat.TEXT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return Optional.of(InputFormat.MARKDOWN);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(InputFormat.HTML);
        }
        if (lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rdf")) {
            return Optional.of(InputFormat.FEED);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return Optional.of(InputFormat.JSON_LINES);
        return Optional.empty();
    }

    private static Verdict byContent(String lower, byte[] head) {
        String start = TextDecoding.lenient(head);
        String firstLine = start.lines().findFirst().orElse("");
        if (GdeltExportReader.looksLikeExportRow(firstLine)) {
            return Verdict.read(InputFormat.GDELT_EXPORT);
        }
        String trimmed = start.stripLeading().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("<")) {
            if (trimmed.contains("<rss") || trimmed.contains("<feed") || trimmed.contains("<rdf:rdf")) {
                return Verdict.read(InputFormat.FEED);
            }
            if (trimmed.contains("<html") || trimmed.contains("<!doctype html") || trimmed.contains("<body")
                    || trimmed.contains("<article") || trimmed.contains("<p")) {
                return Verdict.read(InputFormat.HTML);
            }
        }
        if (trimmed.startsWith("{")) {
            return Verdict.read(InputFormat.JSON_LINES);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return Verdict.refuse("a CSV/TSV file that is not a GDELT 2.0 events export (61 tab-separated columns); "
                    + SUPPORTED);
        }
        return Verdict.read(InputFormat.TEXT);
    }

    /** Text has no NUL bytes and few control characters; UTF-8 continuation bytes are fine. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control * 20 > head.length; // more than 5%
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String preview(byte[] head) {
        return new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1);
    }
}
