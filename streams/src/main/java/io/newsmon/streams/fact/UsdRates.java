package io.newsmon.streams.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * newsmon's reporting currency: sums converted to US dollars with a documented table of approximate
 * annual average rates ({@code usd-rates.tsv} next to this class, versioned in its header). A sum in
 * a currency and year the table does not list is not converted: a missing rate is never guessed.
 * Converted figures are for comparing and charting, not accounting.
 */
public final class UsdRates {
    public static final String RESOURCE = "usd-rates.tsv";
    public static final String USD = "USD";

    private final String version;
    private final Map<String, BigDecimal> unitsPerUsd;

    UsdRates(String version, Map<String, BigDecimal> unitsPerUsd) {
        this.version = version;
        this.unitsPerUsd = Map.copyOf(unitsPerUsd);
    }

    /** The table shipped with newsmon (read once; immutable). */
    public static UsdRates standard() {
        return Standard.TABLE;
    }

    /** The table's version, as stated in its header ("1"); alerts and figures name it. */
    public String version() {
        return version;
    }

    /** {@code amount} in {@code currency} during {@code year}, in US dollars; empty when no rate is listed. */
    public Optional<BigDecimal> toUsd(BigDecimal amount, String currency, int year) {
        if (USD.equals(currency)) {
            return Optional.of(amount);
        }
        BigDecimal rate = unitsPerUsd.get(key(currency, year));
        return rate == null ? Optional.empty()
                : Optional.of(amount.divide(rate, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP));
    }

    /**
     * The sum of one year's amounts per currency, in US dollars; empty when any of them has no rate
     * (a partial sum would read as a fall).
     */
    public Optional<BigDecimal> totalUsd(Map<String, BigDecimal> byCurrency, int year) {
        if (byCurrency == null || byCurrency.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : byCurrency.entrySet()) {
            Optional<BigDecimal> usd = toUsd(e.getValue(), e.getKey(), year);
            if (usd.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(usd.get());
        }
        return Optional.of(total);
    }

    /** True when every currency has a rate in {@code year}. */
    public boolean converts(Collection<String> currencies, int year) {
        return currencies.stream().allMatch(c -> USD.equals(c) || unitsPerUsd.containsKey(key(c, year)));
    }

    /** Parses the table format: '#' comments ("# version: N"), a header line, then currency, year, rate, source. */
    static UsdRates parse(InputStream in) throws IOException {
        Map<String, BigDecimal> rates = new HashMap<>();
        String version = null;
        boolean header = true;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    String comment = line.substring(1).trim();
                    if (comment.startsWith("version:")) {
                        version = comment.substring("version:".length()).trim();
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 3) {
                    throw new IllegalArgumentException("line " + number + ": expected currency, year, rate: " + line);
                }
                BigDecimal rate = new BigDecimal(cells[2].trim());
                if (rate.signum() <= 0) {
                    throw new IllegalArgumentException("line " + number + ": a rate must be positive: " + line);
                }
                if (rates.put(key(cells[0].trim(), Integer.parseInt(cells[1].trim())), rate) != null) {
                    throw new IllegalArgumentException("line " + number + ": duplicate currency and year: " + line);
                }
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("the rate table states no '# version:'");
        }
        return new UsdRates(version, rates);
    }

    private static String key(String currency, int year) {
        return currency + "|" + year;
    }

    /** Holder idiom: the shipped table is read on first use, once. */
    private static final class Standard {
        static final UsdRates TABLE = load();

        private static UsdRates load() {
            try (InputStream in = UsdRates.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
