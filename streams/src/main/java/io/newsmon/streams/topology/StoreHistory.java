package io.newsmon.streams.topology;

import io.newsmon.model.Aggregate;
import io.newsmon.model.EventKind;
import io.newsmon.streams.detect.ScopeHistory;
import io.newsmon.streams.fact.FactNotes;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.fact.ScopeYears;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.kafka.streams.state.KeyValueStore;

/** One scope's history as read from the fact clock's state stores. */
record StoreHistory(ScopeKey scope,
                    KeyValueStore<String, Aggregate> aggregates,
                    KeyValueStore<String, FactNotes> notes,
                    KeyValueStore<String, ScopeYears> years) implements ScopeHistory {

    @Override
    public Optional<Aggregate> year(int year) {
        return Optional.ofNullable(aggregates.get(Aggregate.keyOf(scope.country(), scope.partner(), Integer.toString(year))));
    }

    @Override
    public FactNotes notes(int year, EventKind kind) {
        FactNotes found = notes.get(notesKey(scope, year, kind));
        return found == null ? FactNotes.empty() : found;
    }

    @Override
    public OptionalInt firstYear() {
        return yearsOf(years, scope).first();
    }

    static String notesKey(ScopeKey scope, int year, EventKind kind) {
        return scope + "|" + year + "|" + kind.name();
    }

    static ScopeYears yearsOf(KeyValueStore<String, ScopeYears> years, ScopeKey scope) {
        ScopeYears found = years.get(scope.toString());
        return found == null ? ScopeYears.empty() : found;
    }
}
