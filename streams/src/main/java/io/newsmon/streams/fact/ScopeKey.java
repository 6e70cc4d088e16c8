package io.newsmon.streams.fact;

import io.newsmon.model.Scope;
import java.util.Objects;

/**
 * What a piece of state is about: one country ("KAZ") or one ordered pair ("BEL-KAZ"). Its string
 * form is the record key of the internal by-scope topics, so every fact about a scope meets the
 * same task and state store.
 */
public record ScopeKey(String country, String partner) {

    public ScopeKey {
        Objects.requireNonNull(country, "country");
    }

    public static ScopeKey country(String iso3) {
        return new ScopeKey(iso3, null);
    }

    public static ScopeKey pair(String actor1, String actor2) {
        return new ScopeKey(actor1, actor2);
    }

    /** Reads "KAZ" or "BEL-KAZ". */
    public static ScopeKey parse(String key) {
        int dash = key.indexOf('-');
        return dash < 0 ? country(key) : pair(key.substring(0, dash), key.substring(dash + 1));
    }

    public Scope scope() {
        return partner == null ? Scope.COUNTRY : Scope.PAIR;
    }

    public boolean isPair() {
        return partner != null;
    }

    /** "BEL→KAZ" or "KAZ", for sentences. */
    public String label() {
        return partner == null ? country : country + "→" + partner;
    }

    @Override
    public String toString() {
        return partner == null ? country : country + "-" + partner;
    }
}
