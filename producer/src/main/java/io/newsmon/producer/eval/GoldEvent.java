package io.newsmon.producer.eval;

import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import java.util.Objects;

/**
 * One event as the annotator wrote it for a dev-set article (docs/annotation-guide.md).
 *
 * @param newId    the Reuters NEWID of the article
 * @param kind     what happened
 * @param actor1   ISO3 of the initiator (visitor, exporter, investor, donor, imposer)
 * @param actor2   ISO3 of the other side
 * @param date     the event's own date at the precision the text gives
 * @param modality fact or intention
 * @param amount   the sum stated for it, null when none
 * @param evidence a short snippet for the annotator's orientation (at most one sentence)
 * @param line     the line of events.tsv it came from, for error messages
 */
public record GoldEvent(int newId, EventKind kind, String actor1, String actor2, EventDate date,
                        Modality modality, Amount amount, String evidence, int line) {
    public GoldEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor1, "actor1");
        Objects.requireNonNull(actor2, "actor2");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(modality, "modality");
        evidence = evidence == null ? "" : evidence;
    }

    public String articleId() {
        return ReutersStory.idOf(newId);
    }
}
