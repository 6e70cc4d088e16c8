package io.newsmon.producer.eval;

import io.newsmon.model.Amount;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.util.Locale;
import java.util.Objects;

/**
 * The part of an event the evaluation compares, whether it came from the annotator or the
 * extractor.
 */
public record Fact(String articleId, EventKind kind, String actor1, String actor2, int year,
                   Modality modality, Amount amount, String evidence) {

    public Fact {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor1, "actor1");
        Objects.requireNonNull(actor2, "actor2");
        modality = modality == null ? Modality.FACT : modality;
        evidence = evidence == null ? "" : evidence;
    }

    public static Fact of(GoldEvent gold) {
        return new Fact(gold.articleId(), gold.kind(), gold.actor1(), gold.actor2(), gold.date().year(),
                gold.modality(), gold.amount(), gold.evidence());
    }

    /** The event as read from the article it names in its source. */
    public static Fact of(NewsEvent event) {
        return of(event, event.source() == null ? "" : event.source().articleId());
    }

    /** The event, filed under the given article (the one it was extracted from). */
    public static Fact of(NewsEvent event, String articleId) {
        return new Fact(articleId, event.kind(), event.actor1(), event.actor2(), event.date().year(),
                event.modality(), event.amount(), event.evidence().sentence());
    }

    /** What an event match requires: same article, kind, ordered pair and year. */
    public EventKey key() {
        return new EventKey(articleId, kind, actor1, actor2, year);
    }

    /** "TRADE ARG->BRA 1986 [1.2bn USD]". */
    public String describe() {
        String money = amount == null ? "" : String.format(Locale.ROOT, " [%s %s]",
                amount.value().toPlainString(), amount.currency());
        String intent = modality == Modality.INTENT ? " (intent)" : "";
        return kind + " " + actor1 + "->" + actor2 + " " + year + money + intent;
    }

    public record EventKey(String articleId, EventKind kind, String actor1, String actor2, int year) {
        public boolean samePairEitherWay(Fact other) {
            return (actor1.equals(other.actor1()) && actor2.equals(other.actor2()))
                    || (actor1.equals(other.actor2()) && actor2.equals(other.actor1()));
        }
    }
}
