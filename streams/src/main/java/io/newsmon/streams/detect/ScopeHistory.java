package io.newsmon.streams.detect;

import io.newsmon.model.Aggregate;
import io.newsmon.model.EventKind;
import io.newsmon.streams.fact.FactNotes;
import io.newsmon.streams.fact.ScopeKey;
import java.util.Optional;
import java.util.OptionalInt;

/** A read-only view of one scope's yearly history, as the detectors need it. */
public interface ScopeHistory {

    ScopeKey scope();

    /** The scope's aggregate of one year of the events' own dates, if it has any. */
    Optional<Aggregate> year(int year);

    /** The telling facts of one year and kind. */
    FactNotes notes(int year, EventKind kind);

    /** The earliest year the scope has any report in: how far back "none" can be claimed. */
    OptionalInt firstYear();
}
