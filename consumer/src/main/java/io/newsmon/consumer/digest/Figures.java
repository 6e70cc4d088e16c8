package io.newsmon.consumer.digest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read in digests: grouped digits, and millions or billions for large sums. */
final class Figures {
    private Figures() {
    }

    /** 1234567.5 → "1,234,567.5". */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** 514500000 → "514.5 million"; small values stay plain. */
    static String readable(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal abs = value.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return plain(value.divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP)) + " billion";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return plain(value.divide(BigDecimal.valueOf(1_000_000L), 2, RoundingMode.HALF_UP)) + " million";
        }
        return plain(value);
    }

    /** The change from the first to the last value, "+12.5%", or "" when it cannot be told. */
    static String change(BigDecimal first, BigDecimal last) {
        if (first == null || last == null || first.signum() == 0) {
            return "";
        }
        BigDecimal share = last.subtract(first).multiply(BigDecimal.valueOf(100)).divide(first.abs(), 1, RoundingMode.HALF_UP);
        return (share.signum() > 0 ? "+" : "") + share.toPlainString() + "%";
    }
}
