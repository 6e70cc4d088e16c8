package io.newsmon.producer.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One annotated article of the dev set: where to find its text, which split it is in, and the
 * annotator's labels.
 *
 * @param newId     the Reuters NEWID
 * @param file      the SGML file holding it ("reut2-002.sgm")
 * @param split     tuning, held out or blind
 * @param countries ISO3 of every country the text names as a country (for recognition scores)
 * @param events    the gold events, in text order
 */
public record DevSetArticle(int newId, String file, Split split, Set<String> countries, List<GoldEvent> events) {

    /**
     * Dev articles may be looked at while tuning the extractor; held-out ones may not (only their
     * totals); blind ones were labelled by a second annotator, and nobody tuning the extractor has
     * read their texts or the extractor's output on them.
     */
    public enum Split { DEV, HELDOUT, BLIND }

    public DevSetArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(split, "split");
        countries = Set.copyOf(countries);
        events = List.copyOf(events);
    }

    public String articleId() {
        return ReutersStory.idOf(newId);
    }
}
