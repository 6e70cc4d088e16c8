package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A relative change stated in the text: "up 12.5 per cent on 2021".
 *
 * @param percent signed percentage (a fall is negative)
 * @param base    the period compared against, ISO 8601 like {@link EventDate}, when stated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(BigDecimal percent, EventDate base) {
}
