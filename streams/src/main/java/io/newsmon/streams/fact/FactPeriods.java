package io.newsmon.streams.fact;

import io.newsmon.model.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of the fact clock a fact's own date falls in: always its year; also its quarter and
 * month when the date is that precise and lies within one quarter or month.
 */
public final class FactPeriods {
    private FactPeriods() {
    }

    /** "2010", plus "2010-Q4" and "2010-10" when the date pins them down. */
    public static List<String> of(EventDate date) {
        List<String> periods = new ArrayList<>(3);
        LocalDate start = date.start();
        LocalDate end = date.end();
        periods.add(Integer.toString(date.year()));
        if (date.precision() != EventDate.Precision.YEAR && start.getYear() == end.getYear()) {
            int q1 = (start.getMonthValue() - 1) / 3 + 1;
            int q2 = (end.getMonthValue() - 1) / 3 + 1;
            if (q1 == q2) {
                periods.add(start.getYear() + "-Q" + q1);
                if (start.getMonthValue() == end.getMonthValue()) {
                    periods.add(String.format("%04d-%02d", start.getYear(), start.getMonthValue()));
                }
            }
        }
        return periods;
    }

    /**
     * True when the fact's date lies within one calendar year, so its amount belongs to that year.
     * A figure for "2005/2010" is cumulative; adding it to 2010 would fake a rise.
     */
    public static boolean withinOneYear(EventDate date) {
        return date.start().getYear() == date.end().getYear();
    }

    public static boolean isYear(String period) {
        return period.length() == 4;
    }
}
