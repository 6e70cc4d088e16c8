package io.newsmon.producer.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsmon.model.Article;
import io.newsmon.serde.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JSON lines: one article object per line with {@code id}, {@code url}, {@code title}, {@code text}
 * and {@code published}; other fields travel along in {@link Article#extra()}. A bad line is
 * refused on its own, with its number.
 */
final class JsonLinesReader {
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "url", "title", "text", "published");

    private JsonLinesReader() {
    }

    /** The item of line {@code number} (1-based), or null for a blank line. */
    static NewsItem line(byte[] raw, long number, String origin, Instant fallbackPublished) {
        String lineOrigin = origin + ":" + number;
        String line;
        try {
            line = TextDecoding.decode(raw);
        } catch (TextDecoding.UndecodableText e) {
            return new NewsItem.Unreadable(lineOrigin, "line " + number + ": " + e.getMessage(),
                    new String(raw, StandardCharsets.ISO_8859_1));
        }
        if (line.isBlank()) {
            return null;
        }
        try {
            Article article = article(line, fallbackPublished);
            return new NewsItem.Text(article, lineOrigin);
        } catch (BadLine e) {
            return new NewsItem.Unreadable(lineOrigin, "line " + number + ": " + e.getMessage(), line);
        }
    }

    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }

    static Article article(String line, Instant fallbackPublished) throws BadLine {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            // Jackson's message names a redacted source; the column is what helps fix the line
            String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source.*", "").strip();
            throw new BadLine("not valid JSON at column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr())
                    + ": " + message);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadLine("expected a JSON object, found " + node.getNodeType().name().toLowerCase());
        }
        String text = stringField(object, "text");
        if (text == null || text.isBlank()) {
            throw new BadLine("no \"text\" field: an article needs its text");
        }
        String url = stringField(object, "url");
        String title = stringField(object, "title");
        Instant published = fallbackPublished;
        String publishedText = stringField(object, "published");
        if (publishedText != null) {
            published = PublishedDates.parse(publishedText).orElseThrow(() -> new BadLine(
                    "\"published\" is not an ISO 8601 instant or date: " + publishedText));
        }
        String id = stringField(object, "id");
        if (id == null || id.isBlank()) {
            id = url != null && !url.isBlank() ? ContentIds.ofUrl(url) : ContentIds.ofContent(title + "\n" + text);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        object.properties().forEach(field -> {
            if (!KNOWN_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                extra.put(field.getKey(), Json.mapper().convertValue(field.getValue(), Object.class));
            }
        });
        return new Article(id, url, title, text, published, "jsonl", extra);
    }

    /** A string field; numbers are accepted as their text (ids often are numbers), objects are not. */
    private static String stringField(ObjectNode object, String name) throws BadLine {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        throw new BadLine("\"" + name + "\" must be a string, found " + value.getNodeType().name().toLowerCase());
    }
}
