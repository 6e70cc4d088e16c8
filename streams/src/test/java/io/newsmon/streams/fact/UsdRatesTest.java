package io.newsmon.streams.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsdRatesTest {
    private final UsdRates rates = UsdRates.standard();

    @Test
    void theShippedTableStatesItsVersionAndConvertsByTheYearsRate() {
        assertThat(rates.version()).isEqualTo("1");
        // 925 million EUR at 0.925 EUR per USD (2023) is 1 billion USD
        assertThat(rates.toUsd(new BigDecimal("925000000"), "EUR", 2023)).hasValueSatisfying(
                usd -> assertThat(usd).isEqualByComparingTo("1000000000"));
        assertThat(rates.toUsd(new BigDecimal("7"), "USD", 1850)).hasValue(new BigDecimal("7"));
    }

    @Test
    void aCurrencyOrYearWithoutARateIsNotConvertedAndSpoilsATotal() {
        assertThat(rates.toUsd(BigDecimal.TEN, "XAF", 2023)).isEmpty();
        assertThat(rates.toUsd(BigDecimal.TEN, "EUR", 1995)).isEmpty(); // no euro yet, and not guessed
        assertThat(rates.totalUsd(Map.of("USD", BigDecimal.TEN, "XAF", BigDecimal.TEN), 2023)).isEmpty();
        assertThat(rates.totalUsd(Map.of(), 2023)).isEmpty();
    }

    @Test
    void theCurrenciesNewsmonSeesHaveEveryYearFrom2000() {
        for (String currency : List.of("EUR", "GBP", "JPY", "CNY", "KZT", "RUB", "CHF", "CAD", "AUD", "INR", "KRW")) {
            for (int year = 2000; year <= 2025; year++) {
                assertThat(rates.converts(List.of(currency), year)).as(currency + " " + year).isTrue();
            }
        }
        for (String currency : List.of("DEM", "FRF", "NLG", "BEF", "ITL", "GBP", "JPY")) {
            assertThat(rates.converts(List.of(currency), 1987)).as(currency + " 1987").isTrue();
        }
    }

    @Test
    void aMalformedTableIsRefusedWithTheLine() {
        String duplicate = "# version: 9\ncurrency\tyear\tunits_per_usd\tsource\nEUR\t2020\t0.9\tx\nEUR\t2020\t0.8\tx\n";
        assertThatThrownBy(() -> UsdRates.parse(stream(duplicate))).hasMessageContaining("line 4").hasMessageContaining("duplicate");
        String noVersion = "currency\tyear\tunits_per_usd\tsource\nEUR\t2020\t0.9\tx\n";
        assertThatThrownBy(() -> UsdRates.parse(stream(noVersion))).hasMessageContaining("version");
        String zero = "# version: 9\ncurrency\tyear\tunits_per_usd\tsource\nEUR\t2020\t0\tx\n";
        assertThatThrownBy(() -> UsdRates.parse(stream(zero))).hasMessageContaining("positive");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
