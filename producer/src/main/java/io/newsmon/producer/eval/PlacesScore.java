package io.newsmon.producer.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Country recognition against the Reuters PLACES labels.
 *
 * @param stories       how many stories were compared
 * @param prf           micro-averaged over (story, country) pairs
 * @param mostMissed    labelled countries most often not recognised, with counts
 * @param mostSpurious  recognised countries most often not labelled, with counts
 */
public record PlacesScore(int stories, Prf prf, Map<String, Integer> mostMissed, Map<String, Integer> mostSpurious) {
    public PlacesScore {
        // Copies that keep the order (most frequent first).
        mostMissed = Collections.unmodifiableMap(new LinkedHashMap<>(mostMissed));
        mostSpurious = Collections.unmodifiableMap(new LinkedHashMap<>(mostSpurious));
    }
}
