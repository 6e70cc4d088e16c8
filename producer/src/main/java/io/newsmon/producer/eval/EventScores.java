package io.newsmon.producer.eval;

import io.newsmon.model.EventKind;
import java.util.List;
import java.util.Map;

/**
 * How extracted events compare with the gold ones.
 *
 * @param events          match = same article, kind, ordered pair (initiator first) and year
 * @param byKind          the same, per kind (kinds seen on either side)
 * @param eventsAnyOrder  as {@code events} but ignoring direction: the gap to {@code events} counts
 *                        direction errors
 * @param amounts         match = same article, ordered pair, year, currency and a value within
 *                        {@link EventScorer#AMOUNT_TOLERANCE} of the gold one
 * @param misses          gold events not found, with the extractor's nearest attempt
 * @param falsePositives  extracted events the annotator did not write
 * @param amountMisses    gold amounts not found
 * @param amountFalsePositives extracted amounts that match no gold amount
 * @param eventsByArticle the {@code events} counts of each article, the units a confidence interval resamples
 * @param amountsByArticle the {@code amounts} counts of each article
 */
public record EventScores(Prf events, Map<EventKind, Prf> byKind, Prf eventsAnyOrder, Prf amounts,
                          List<Mismatch> misses, List<Mismatch> falsePositives,
                          List<Mismatch> amountMisses, List<Mismatch> amountFalsePositives,
                          Map<String, Prf> eventsByArticle, Map<String, Prf> amountsByArticle) {
    public EventScores {
        byKind = Map.copyOf(byKind);
        // In article order: Map.copyOf would iterate differently in every JVM, and so resample differently.
        eventsByArticle = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eventsByArticle));
        amountsByArticle = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(amountsByArticle));
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        amountMisses = List.copyOf(amountMisses);
        amountFalsePositives = List.copyOf(amountFalsePositives);
    }
}
