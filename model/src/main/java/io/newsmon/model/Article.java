package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from any input format.
 *
 * @param id        stable id (given by the input, or derived from its URL or content)
 * @param url       address, when known
 * @param title     headline, when known
 * @param text      plain text of the body (HTML already stripped)
 * @param published publication time: the anchor for relative dates ("last year")
 * @param format    the input format it was read from: text, markdown, html, rss, jsonl
 * @param extra     input fields newsmon does not interpret, kept as they were
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Article(String id, String url, String title, String text, Instant published,
                      String format, Map<String, Object> extra) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public SourceRef sourceRef() {
        return new SourceRef(id, url, title, published);
    }
}
