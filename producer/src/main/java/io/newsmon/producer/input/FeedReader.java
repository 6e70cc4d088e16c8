package io.newsmon.producer.input;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsmon.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** RSS 0.9x/1.0/2.0 and Atom feeds: one article per item, its HTML reduced to text. */
final class FeedReader {
    private FeedReader() {
    }

    /** The parsed feed, or an exception whose message says what is wrong with it. */
    static SyndFeed parse(InputStream in) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no DTDs, no external entities from strangers' feeds
        return input.build(new XmlReader(in));
    }

    /** One item per entry, in feed order; an entry with neither title nor text is unreadable. */
    static List<NewsItem> items(SyndFeed feed, String origin, Instant fallbackPublished) {
        String format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")
                ? "atom" : "rss";
        List<NewsItem> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String itemOrigin = origin + "#item" + n;
            String title = clean(titleText(entry.getTitle()));
            String text = entryText(entry);
            if (text.isEmpty() && (title == null || title.isEmpty())) {
                items.add(new NewsItem.Unreadable(itemOrigin, "feed item " + n + " has neither a title nor any text",
                        entry.getLink()));
                continue;
            }
            if (text.isEmpty()) {
                text = title; // headline-only feeds: the headline is all there is to extract from
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String link = clean(entry.getLink());
            String guid = clean(entry.getUri());
            String id = guid != null ? ContentIds.ofUrl(guid)
                    : link != null ? ContentIds.ofUrl(link) : ContentIds.ofContent(title + "\n" + text);
            Map<String, Object> extra = new LinkedHashMap<>();
            if (feed.getTitle() != null && !feed.getTitle().isBlank()) {
                extra.put("feed", feed.getTitle().strip());
            }
            if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
                extra.put("author", entry.getAuthor().strip());
            }
            List<String> categories = entry.getCategories().stream().map(SyndCategory::getName)
                    .filter(c -> c != null && !c.isBlank()).map(String::strip).collect(Collectors.toList());
            if (!categories.isEmpty()) {
                extra.put("categories", categories);
            }
            if (guid != null) {
                extra.put("guid", guid);
            }
            items.add(new NewsItem.Text(new Article(id, link, title, text,
                    date != null ? date.toInstant() : fallbackPublished, format, extra), itemOrigin));
        }
        return items;
    }

    private static String entryText(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(asHtml(content)).append('\n');
            }
        }
        if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(asHtml(entry.getDescription()));
        }
        return HtmlText.ofFragment(html.toString());
    }

    /** Plain-text content must not be parsed as markup ("a < b" is text). */
    private static String asHtml(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue();
        if (type.equals("text") || type.equals("text/plain")) {
            return "<p>" + org.jsoup.nodes.Entities.escape(value).replace("\n\n", "</p><p>") + "</p>";
        }
        return value;
    }

    /** Atom titles may be HTML ("Trade &lt;em&gt;up&lt;/em&gt;"); a headline is plain text. */
    private static String titleText(String title) {
        return title != null && title.indexOf('<') >= 0 ? org.jsoup.Jsoup.parse(title).text() : title;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
