package io.newsmon.producer.eval;

import io.newsmon.model.Article;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One story of the Reuters-21578 collection, as its SGML file gives it.
 *
 * @param newId      the collection's NEWID: the stable id the dev set refers to
 * @param file       the file it was read from ("reut2-003.sgm")
 * @param lewisSplit the ModLewis split: TRAIN, TEST or NOT-USED
 * @param date       the story's time stamp (read as UTC: the collection does not say), null if unreadable
 * @param title      headline, entities decoded; empty when the story has none
 * @param dateline   where and when the story was filed, as printed before the body
 *                   ("NEW YORK, March 3 -"); empty when the story has none
 * @param body       body text, entities decoded, hard line wraps joined (one paragraph a line),
 *                   the closing "Reuter" signature removed; empty when the story has no body
 * @param places     the PLACES labels, lower case as in {@code all-places-strings.lc.txt}
 * @param topics     the TOPICS labels
 */
public record ReutersStory(int newId, String file, String lewisSplit, Instant date, String title,
                           String dateline, String body, List<String> places, List<String> topics) {

    public ReutersStory {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lewisSplit, "lewisSplit");
        title = title == null ? "" : title;
        dateline = dateline == null ? "" : dateline;
        body = body == null ? "" : body;
        places = List.copyOf(places);
        topics = List.copyOf(topics);
    }

    /** The article id newsmon uses for it: {@code reuters-<NEWID>}. */
    public String id() {
        return idOf(newId);
    }

    public static String idOf(int newId) {
        return "reuters-" + newId;
    }

    public boolean hasBody() {
        return !body.isBlank();
    }

    /**
     * Title, dateline and body as one text, the way a reader sees the story: the headline on its
     * own line, then the body opening with its dateline ("NEW YORK, March 3 - Acme Corp said ...").
     */
    public String fullText() {
        String text = datelinedBody();
        return title.isEmpty() ? text : title + "\n" + text;
    }

    /** The body as published: the dateline first, when there is one. */
    public String datelinedBody() {
        return dateline.isEmpty() ? body : dateline + " " + body;
    }

    /**
     * The story as a newsmon article, its text opening with the dateline as the wire printed it;
     * the Reuters labels travel in {@code extra}.
     */
    public Article toArticle() {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!dateline.isEmpty()) {
            extra.put("dateline", dateline);
        }
        extra.put("reutersPlaces", places);
        extra.put("reutersTopics", topics);
        extra.put("lewisSplit", lewisSplit);
        return new Article(id(), null, title.isEmpty() ? null : title, datelinedBody(), date, "text", extra);
    }
}
