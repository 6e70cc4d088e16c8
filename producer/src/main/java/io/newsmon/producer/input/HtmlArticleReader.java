package io.newsmon.producer.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmon.model.Article;
import io.newsmon.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One article from an HTML page: the story's text without the page around it, with the headline,
 * publication time and canonical address the page declares.
 */
final class HtmlArticleReader {
    private static final String MAIN_CONTENT = "[itemprop=articleBody], article, main, [role=main]";

    private HtmlArticleReader() {
    }

    static Article read(InputStream in, String baseUrl, Instant fallbackPublished) throws IOException {
        // jsoup honours a BOM or <meta charset>, UTF-8 otherwise.
        Document doc = Jsoup.parse(in, null, baseUrl == null ? "" : baseUrl);
        return fromDocument(doc, baseUrl, fallbackPublished);
    }

    static Article fromDocument(Document doc, String fetchedFrom, Instant fallbackPublished) {
        String title = firstNonBlank(meta(doc, "property", "og:title"), doc.title(),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
                meta(doc, "property", "og:url"), fetchedFrom);
        Instant published = publishedTime(doc).orElse(fallbackPublished);

        Element main = doc.selectFirst(MAIN_CONTENT);
        Element content = (main != null ? main : doc.body()).clone();
        content.select(HtmlText.BOILERPLATE).remove();
        String text = HtmlText.blocks(content);

        Map<String, Object> extra = new LinkedHashMap<>();
        putIfPresent(extra, "description", meta(doc, "name", "description"));
        putIfPresent(extra, "siteName", meta(doc, "property", "og:site_name"));
        putIfPresent(extra, "lang", doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        String id = url != null ? ContentIds.ofUrl(url) : ContentIds.ofContent(title + "\n" + text);
        return new Article(id, url, title, text, published, "html", extra);
    }

    /** The page's own statement of when it was published, most specific declaration first. */
    static Optional<Instant> publishedTime(Document doc) {
        return PublishedDates.parse(meta(doc, "property", "article:published_time"))
                .or(() -> PublishedDates.parse(meta(doc, "property", "og:published_time")))
                .or(() -> PublishedDates.parse(attr(doc.selectFirst("time[datetime]"), "datetime")))
                .or(() -> jsonLdDatePublished(doc))
                .or(() -> PublishedDates.parse(attr(doc.selectFirst("[itemprop=datePublished]"), "content")))
                .or(() -> PublishedDates.parse(meta(doc, "name", "date")));
    }

    private static Optional<Instant> jsonLdDatePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<Instant> found = findDatePublished(Json.mapper().readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                // pages ship broken JSON-LD; the other declarations still count
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> findDatePublished(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode date = node.get("datePublished");
            if (date != null && date.isTextual()) {
                Optional<Instant> parsed = PublishedDates.parse(date.asText());
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                Optional<Instant> found = findDatePublished(it.next());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String meta(Document doc, String attribute, String name) {
        Element el = doc.selectFirst("meta[" + attribute + "=" + name + "]");
        return el == null ? null : el.attr("content");
    }

    private static String attr(Element el, String attribute) {
        return el == null ? null : el.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
