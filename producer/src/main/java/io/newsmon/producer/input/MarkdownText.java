package io.newsmon.producer.input;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown to the plain text a reader sees: markup goes (headings, emphasis, code spans, list
 * bullets, quotes), links and images leave their text, and YAML-style front matter is read for its
 * simple {@code key: value} lines (title, date, url).
 */
final class MarkdownText {

    record Document(Map<String, String> frontMatter, String text) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s*(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern CODE_SPAN = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w])_(?=\\S)(.+?)(?<=\\S)_(?![\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");
    /** Start of a private-use block standing in for escaped ASCII characters while markup is removed. */
    private static final char ESCAPED_BASE = '\uE000';
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");

    private MarkdownText() {
    }

    static Document parse(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int start = 0;
        Map<String, String> frontMatter = new LinkedHashMap<>();
        if (lines.length > 1 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    start = i + 1;
                    break;
                }
            }
            for (int i = 1; i < start - 1; i++) {
                var m = FRONT_MATTER_LINE.matcher(lines[i]);
                if (m.matches()) {
                    frontMatter.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()
                    || TABLE_RULE.matcher(line).matches()) {
                continue;
            }
            if (SETEXT_UNDERLINE.matcher(line).matches() && i > start && !lines[i - 1].isBlank()) {
                continue;
            }
            out.append(inline(block(line))).append('\n');
        }
        return new Document(frontMatter, out.toString().replaceAll("\n{3,}", "\n\n").strip());
    }

    private static String block(String line) {
        var heading = HEADING.matcher(line);
        if (heading.matches()) {
            return heading.group(1);
        }
        String text = QUOTE.matcher(line).replaceFirst("");
        text = BULLET.matcher(text).replaceFirst("");
        if (text.strip().startsWith("|") && text.strip().endsWith("|")) {
            text = text.strip();
            text = String.join("  ", text.substring(1, text.length() - 1).split("\\|")).strip();
        }
        return text;
    }

    static String inline(String text) {
        // escaped markup characters are hidden from the patterns below, then given back as text
        String t = ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) (ESCAPED_BASE + m.group(1).charAt(0))));
        t = IMAGE.matcher(t).replaceAll("$1");
        t = LINK.matcher(t).replaceAll("$1");
        t = REFERENCE_LINK.matcher(t).replaceAll("$1");
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = CODE_SPAN.matcher(t).replaceAll("$1");
        t = STRONG.matcher(t).replaceAll("$2");
        t = EMPHASIS_STAR.matcher(t).replaceAll("$1");
        t = EMPHASIS_UNDERSCORE.matcher(t).replaceAll("$1");
        t = STRIKE.matcher(t).replaceAll("$1");
        t = HTML_TAG.matcher(t).replaceAll("");
        StringBuilder out = new StringBuilder(t.length());
        t.chars().forEach(c -> out.append(c >= ESCAPED_BASE && c < ESCAPED_BASE + 128 ? (char) (c - ESCAPED_BASE) : (char) c));
        return out.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
