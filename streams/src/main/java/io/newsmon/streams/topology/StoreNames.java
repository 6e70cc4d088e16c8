package io.newsmon.streams.topology;

/** The state stores of the topology (their changelogs are internal topics named after them). */
public final class StoreNames {
    private StoreNames() {
    }

    /** "SCOPE|factId" → reports seen: counts a fact once per scope, however many articles report it. */
    public static final String SEEN_FACTS = "newsmon-seen-facts";
    /** Aggregate key ("BEL-KAZ|2010") → Aggregate: the fact clock's totals. */
    public static final String AGGREGATES = "newsmon-aggregates";
    /** "SCOPE|year|KIND" → the few facts an alert would quote. */
    public static final String FACT_NOTES = "newsmon-fact-notes";
    /** "SCOPE" → the years it has reports in. */
    public static final String SCOPE_YEARS = "newsmon-scope-years";
    /** Alert id → the alert as first raised: an alert id is emitted once (and can be queried). */
    public static final String EMITTED_ALERTS = "newsmon-emitted-alerts";
    /** Digest id → the digest so far. */
    public static final String DIGESTS = "newsmon-digest-state";
    /** "digestId|fact|id" and "digestId|article|id" → 1: what a digest has taken in already. */
    public static final String DIGEST_MEMBERS = "newsmon-digest-members";

    /** Scope → hour bucket → articles published in that hour (window store, 31 days). */
    public static final String ATTENTION_HOURS = "newsmon-attention-hours";
    /** "SCOPE|articleId" → publication time: an article counts once (window store, 31 days). */
    public static final String ATTENTION_ARTICLES = "newsmon-attention-articles";
    /** Scope → newest publication time seen: the attention clock's "now". */
    public static final String ATTENTION_AS_OF = "newsmon-attention-as-of";
}
