package io.newsmon.streams.digest;

import io.newsmon.model.Digest;
import java.util.List;

/**
 * A digest so far, with the ids it has already taken in (so that a fact reported twice, or an
 * alert delivered twice, counts once).
 */
public record DigestState(Digest digest, List<String> factIds, List<String> articleIds) {
    public DigestState {
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }
}
