package io.newsmon.streams.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The few most telling facts of one scope, year and kind (largest amounts first, then earliest
 * seen): a bounded list, so the evidence store stays small however many facts a year has.
 */
public record FactNotes(List<FactNote> notes) {
    public static final int MAX = 6;

    public FactNotes {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static FactNotes empty() {
        return new FactNotes(List.of());
    }

    public FactNotes with(FactNote note) {
        if (notes.stream().anyMatch(n -> n.factId().equals(note.factId()))) {
            return this;
        }
        List<FactNote> next = new ArrayList<>(notes);
        next.add(note);
        // stable sort: among equal weights the earlier note stays first
        next.sort(Comparator.comparing(FactNote::weight).reversed());
        return new FactNotes(next.size() > MAX ? next.subList(0, MAX) : next);
    }
}
