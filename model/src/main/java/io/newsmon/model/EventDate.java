package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an event happened, at the precision the text gives: a year ({@code 2010}), a month
 * ({@code 2010-10}), a day ({@code 2010-10-05}), or a range of those joined by a slash as in
 * ISO 8601 intervals ({@code 2010/2012}, {@code 2022-01/2022-09}). Serialised as that string.
 */
public record EventDate(String iso) implements Comparable<EventDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public EventDate {
        Objects.requireNonNull(iso, "iso");
        String[] parts = iso.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("not an ISO 8601 date or interval: " + iso);
        }
        LocalDate first = parseStart(parts[0], iso);
        if (parts.length == 2 && parseEnd(parts[1], iso).isBefore(first)) {
            throw new IllegalArgumentException("interval ends before it starts: " + iso);
        }
    }

    @JsonCreator
    public static EventDate parse(String iso) {
        return new EventDate(iso);
    }

    public static EventDate year(int year) {
        return new EventDate(String.format("%04d", year));
    }

    public static EventDate month(int year, int month) {
        return new EventDate(YearMonth.of(year, month).toString());
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day.toString());
    }

    public static EventDate range(EventDate from, EventDate to) {
        return new EventDate(from.iso() + "/" + to.iso());
    }

    @JsonValue
    @Override
    public String iso() {
        return iso;
    }

    public boolean isRange() {
        return iso.indexOf('/') >= 0;
    }

    /** First day covered. */
    public LocalDate start() {
        return parseStart(iso.split("/")[0], iso);
    }

    /** Last day covered. */
    public LocalDate end() {
        String[] parts = iso.split("/");
        return parseEnd(parts[parts.length - 1], iso);
    }

    /** Precision of the (last) bound. */
    public Precision precision() {
        String[] parts = iso.split("/");
        return precisionOf(parts[parts.length - 1]);
    }

    /** The calendar year the event is filed under: the year its period ends in. */
    public int year() {
        return end().getYear();
    }

    @Override
    public int compareTo(EventDate other) {
        int c = start().compareTo(other.start());
        return c != 0 ? c : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        return iso;
    }

    private static Precision precisionOf(String part) {
        return switch (part.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    private static LocalDate parseStart(String part, String whole) {
        try {
            return switch (precisionOf(part)) {
                case YEAR -> LocalDate.of(Integer.parseInt(part), 1, 1);
                case MONTH -> YearMonth.parse(part).atDay(1);
                case DAY -> LocalDate.parse(part);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or interval: " + whole, e);
        }
    }

    private static LocalDate parseEnd(String part, String whole) {
        try {
            return switch (precisionOf(part)) {
                case YEAR -> LocalDate.of(Integer.parseInt(part), 12, 31);
                case MONTH -> YearMonth.parse(part).atEndOfMonth();
                case DAY -> LocalDate.parse(part);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or interval: " + whole, e);
        }
    }
}
