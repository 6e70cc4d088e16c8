package io.newsmon.streams.fact;

import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/** The years of the events' own dates a scope has any report in, ascending. */
public record ScopeYears(List<Integer> years) {

    public ScopeYears {
        years = years == null ? List.of() : List.copyOf(new TreeSet<>(years));
    }

    public static ScopeYears empty() {
        return new ScopeYears(List.of());
    }

    public ScopeYears with(int year) {
        if (years.contains(year)) {
            return this;
        }
        TreeSet<Integer> next = new TreeSet<>(years);
        next.add(year);
        return new ScopeYears(List.copyOf(next));
    }

    public OptionalInt first() {
        return years.isEmpty() ? OptionalInt.empty() : OptionalInt.of(years.get(0));
    }
}
