package io.newsmon.streams.fact;

import io.newsmon.model.Alert;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.math.BigDecimal;

/**
 * What an alert needs to quote about one fact: its sentence, source and amount. Kept per scope,
 * year and kind, so a detector can cite the facts behind a figure without rereading the input.
 */
public record FactNote(String factId, String sentence, SourceRef source, BigDecimal amount, String currency) {

    public static FactNote of(NewsEvent event) {
        return new FactNote(event.id(), event.evidence().sentence(), event.source(),
                event.amount() == null ? null : event.amount().value(),
                event.amount() == null ? null : event.amount().currency());
    }

    public Alert.Quote quote() {
        return new Alert.Quote(sentence, source);
    }

    /** Larger amounts say more about a value; facts without one rank last. */
    public BigDecimal weight() {
        return amount == null ? BigDecimal.ZERO : amount.abs();
    }
}
