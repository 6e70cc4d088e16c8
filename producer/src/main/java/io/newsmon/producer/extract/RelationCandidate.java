package io.newsmon.producer.extract;

import io.newsmon.model.Evidence;
import java.util.List;

/**
 * An ordered pair of countries in one sentence, as {@link RelationModel} judges it: the sentence, the
 * year an event the model adds from it is dated by (0 if unknown) and the pair's features. What
 * {@code ./newsmon train} learns from.
 */
public record RelationCandidate(String actor1, String actor2, Evidence evidence, int year, List<String> features) {
    public RelationCandidate {
        features = List.copyOf(features);
    }
}
