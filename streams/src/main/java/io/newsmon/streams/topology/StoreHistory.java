package io.newsmon.streams.topology;

import io.newsmon.model.Aggregate;
import io.newsmon.model.EventKind;
import io.newsmon.streams.detect.ScopeHistory;
import io.newsmon.streams.fact.FactNotes;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.fact.ScopeYears;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One scope's history as read from the fact clock's state stores, for the detectors of one record.
 * The detectors look at the same few years many times (each year is a baseline of the next ones),
 * so each year is read and deserialised once per record; create a new instance per record, after
 * the stores were updated.
 */
final class StoreHistory implements ScopeHistory {
    private final ScopeKey scope;
    private final KeyValueStore<String, Aggregate> aggregates;
    private final KeyValueStore<String, FactNotes> notes;
    private final KeyValueStore<String, ScopeYears> years;
    private final Map<Integer, Optional<Aggregate>> readYears = new HashMap<>();
    private OptionalInt firstYear;

    StoreHistory(ScopeKey scope, KeyValueStore<String, Aggregate> aggregates, KeyValueStore<String, FactNotes> notes,
                 KeyValueStore<String, ScopeYears> years) {
        this.scope = scope;
        this.aggregates = aggregates;
        this.notes = notes;
        this.years = years;
    }

    @Override
    public ScopeKey scope() {
        return scope;
    }

    @Override
    public Optional<Aggregate> year(int year) {
        return readYears.computeIfAbsent(year, y -> Optional.ofNullable(
                aggregates.get(Aggregate.keyOf(scope.country(), scope.partner(), Integer.toString(y)))));
    }

    @Override
    public FactNotes notes(int year, EventKind kind) {
        FactNotes found = notes.get(notesKey(scope, year, kind));
        return found == null ? FactNotes.empty() : found;
    }

    @Override
    public OptionalInt firstYear() {
        if (firstYear == null) {
            firstYear = yearsOf(years, scope).first();
        }
        return firstYear;
    }

    static String notesKey(ScopeKey scope, int year, EventKind kind) {
        return scope + "|" + year + "|" + kind.name();
    }

    static ScopeYears yearsOf(KeyValueStore<String, ScopeYears> years, ScopeKey scope) {
        ScopeYears found = years.get(scope.toString());
        return found == null ? ScopeYears.empty() : found;
    }
}
