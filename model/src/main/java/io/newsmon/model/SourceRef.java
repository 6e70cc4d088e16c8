package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Where an event was read.
 *
 * @param articleId the article's id (for GDELT rows, {@code gdelt:<GLOBALEVENTID>})
 * @param url       the article's address, when known
 * @param title     the article's title, when known
 * @param published when the article was published (the attention clock)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(String articleId, String url, String title, Instant published) {
}
