package io.newsmon.producer.input;

import io.newsmon.model.Article;
import io.newsmon.model.NewsEvent;

/**
 * One thing read from an input: an article (text to extract from), a ready event (GDELT row), or an
 * unreadable input with the reason.
 */
public sealed interface NewsItem {

    /** File path, URL or "stdin", with ":line" or "#item" where that locates the item. */
    String origin();

    /** An article whose text still has to go through extraction. */
    record Text(Article article, String origin) implements NewsItem {
    }

    /** An event coded elsewhere (a GDELT export row): published as it is. */
    record Coded(NewsEvent event, String origin) implements NewsItem {
    }

    /**
     * Input that could not be read.
     *
     * @param reason  what was wrong, in words an analyst can act on
     * @param payload the raw input (or its start) so it can be fixed and replayed; null when there is none
     */
    record Unreadable(String origin, String reason, String payload) implements NewsItem {
    }
}
