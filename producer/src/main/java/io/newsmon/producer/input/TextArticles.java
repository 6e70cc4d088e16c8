package io.newsmon.producer.input;

import io.newsmon.model.Article;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-text and Markdown articles: the first non-empty line is the headline when it reads like
 * one (short, not ending a sentence); the rest is the body. The id hashes the content, not the
 * path, so the same story read from two places is one article.
 */
final class TextArticles {
    /** Longest line still taken for a headline. */
    static final int MAX_TITLE_LENGTH = 160;

    private TextArticles() {
    }

    static Article plain(String content, Instant published) {
        String normalised = normalise(content);
        return split(normalised, ContentIds.ofContent(normalised), null, published, "text", Map.of());
    }

    static Article markdown(String content, Instant published) {
        String normalised = normalise(content);
        MarkdownText.Document doc = MarkdownText.parse(normalised);
        Instant stated = PublishedDates.parse(doc.frontMatter().get("date"))
                .or(() -> PublishedDates.parse(doc.frontMatter().get("published")))
                .orElse(published);
        String url = doc.frontMatter().get("url");
        Map<String, Object> extra = new LinkedHashMap<>(doc.frontMatter());
        extra.keySet().removeAll(List.of("title", "date", "published", "url"));
        String id = ContentIds.ofContent(normalised);
        String title = doc.frontMatter().get("title");
        if (title != null && !title.isBlank()) {
            return new Article(id, url, title.strip(), doc.text().strip(), stated, "markdown", extra);
        }
        return split(doc.text(), id, url, stated, "markdown", extra);
    }

    private static Article split(String text, String id, String url, Instant published, String format,
                                 Map<String, Object> extra) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String first = (end < 0 ? stripped : stripped.substring(0, end)).strip();
        String rest = end < 0 ? "" : stripped.substring(end + 1).strip();
        if (!rest.isEmpty() && looksLikeTitle(first)) {
            return new Article(id, url, first, rest, published, format, extra);
        }
        return new Article(id, url, null, stripped, published, format, extra);
    }

    private static boolean looksLikeTitle(String line) {
        return !line.isEmpty() && line.length() <= MAX_TITLE_LENGTH && !line.endsWith(".");
    }

    private static String normalise(String content) {
        return content.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\n{3,}", "\n\n");
    }
}
