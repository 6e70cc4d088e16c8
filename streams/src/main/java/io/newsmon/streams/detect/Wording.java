package io.newsmon.streams.detect;

import io.newsmon.model.EventKind;
import io.newsmon.model.Alert;
import io.newsmon.streams.fact.FactNote;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Figures and kinds as they read in an alert's sentence. */
final class Wording {
    private Wording() {
    }

    static String money(BigDecimal value, String currency) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value) + " " + currency;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%+.1f%%", share * 100);
    }

    static String kind(EventKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Quotes from several note lists, in turn, without repeating a fact, at most {@code max}. */
    @SafeVarargs
    static List<Alert.Quote> quotes(int max, List<FactNote>... lists) {
        List<Alert.Quote> quotes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int longest = 0;
        for (List<FactNote> list : lists) {
            longest = Math.max(longest, list.size());
        }
        for (int i = 0; i < longest && quotes.size() < max; i++) {
            for (List<FactNote> list : lists) {
                if (i < list.size() && quotes.size() < max && !seen.contains(list.get(i).factId())) {
                    seen.add(list.get(i).factId());
                    quotes.add(list.get(i).quote());
                }
            }
        }
        return quotes;
    }
}
