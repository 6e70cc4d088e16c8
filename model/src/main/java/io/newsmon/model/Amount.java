package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sum of money stated in the text.
 *
 * @param value     plain number in units: "514.5 million" is 514500000
 * @param currency  ISO 4217 code ("USD", "EUR", "KZT")
 * @param qualifier how the text hedged it, if it did: "over", "nearly", "about"; null when exact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(BigDecimal value, String currency, String qualifier) {
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Amount of(String value, String currency) {
        return new Amount(new BigDecimal(value), currency, null);
    }
}
