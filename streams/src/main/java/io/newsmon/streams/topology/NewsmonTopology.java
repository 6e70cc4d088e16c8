package io.newsmon.streams.topology;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Alert;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.Scope;
import io.newsmon.serde.JsonSerde;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.model.Attention;
import io.newsmon.streams.attention.AttentionClock;
import io.newsmon.streams.detect.DetectionSettings;
import io.newsmon.streams.detect.Detectors;
import io.newsmon.streams.digest.DigestPeriod;
import io.newsmon.streams.digest.DigestUpdater;
import io.newsmon.streams.fact.FactNotes;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.fact.ScopeYears;
import io.newsmon.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * newsmon's streams topology: events in; aggregates, alerts, digests and dead letters out.
 *
 * <pre>
 * events.diplomatic + events.trade ─ parse ─┬─ rejected ─→ deadletter
 *                                           └─ events ─ one copy per scope (actor1, actor2, pair)
 *                                                       ─ repartition by scope
 *   by scope ─ fact clock (aggregates, detectors) ─┬─ aggregates ─→ aggregates.country / .pair
 *                                                  └─ alerts ─→ alerts
 *                                                            └─ one copy per scope ─ repartition by scope
 *   by scope + alerts by scope ─ digests ─→ digests
 *   by scope ─ attention clock ─→ attention
 * </pre>
 */
public final class NewsmonTopology {
    private NewsmonTopology() {
    }

    public static Topology build(NewsmonConfig config) {
        Detectors detectors = new Detectors(DetectionSettings.from(config));
        DigestUpdater digestUpdater = new DigestUpdater(DigestPeriod.from(config));
        StreamsBuilder builder = new StreamsBuilder();
        addStores(builder);

        // 1. Read both event topics as bytes, so a bad record becomes a dead letter, not a crash.
        KStream<String, ParsedEvent> parsed = builder
                .stream(List.of(Topics.DIPLOMATIC_EVENTS.name(), Topics.TRADE_EVENTS.name()),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-events"))
                .processValues(EventParser::new, Named.as("parse-events"));
        parsed.filter((key, value) -> value.isRejected(), Named.as("rejected-events"))
                .map((key, value) -> KeyValue.pair(value.deadLetter().origin(), value.deadLetter()),
                        Named.as("key-by-origin"))
                .to(Topics.DEAD_LETTER.name(), Produced.with(Serdes.String(), NewsmonSerdes.deadLetter())
                        .withName("write-dead-letters"));

        // 2. Every scope the event concerns gets a copy, keyed by that scope, on that scope's task.
        KStream<String, NewsEvent> byScope = parsed
                .filterNot((key, value) -> value.isRejected(), Named.as("usable-events"))
                .flatMap((key, value) -> scopeCopies(value.event()), Named.as("copy-per-scope"))
                .repartition(Repartitioned.with(Serdes.String(), NewsmonSerdes.event()).withName("events-by-scope"));

        // 3. Fact clock: aggregates by the events' own periods, and the alerts they raise.
        KStream<String, Finding> findings = byScope.process(() -> new FactClockProcessor(detectors),
                Named.as("fact-clock"), StoreNames.SEEN_FACTS, StoreNames.AGGREGATES, StoreNames.FACT_NOTES,
                StoreNames.SCOPE_YEARS, StoreNames.EMITTED_ALERTS);
        KStream<String, Alert> alerts = findings
                .filter((key, value) -> value.isAlert(), Named.as("alerts"))
                .mapValues(Finding::alert, Named.as("alert"));
        findings.filterNot((key, value) -> value.isAlert(), Named.as("aggregates"))
                .mapValues(Finding::aggregate, Named.as("aggregate"))
                .split(Named.as("aggregates-"))
                .branch((key, value) -> value.scope() == Scope.COUNTRY, Branched.withConsumer(country -> country
                        .to(Topics.COUNTRY_AGGREGATES.name(), Produced.with(Serdes.String(), NewsmonSerdes.aggregate())
                                .withName("write-country-aggregates")), "country"))
                .defaultBranch(Branched.withConsumer(pair -> pair
                        .to(Topics.PAIR_AGGREGATES.name(), Produced.with(Serdes.String(), NewsmonSerdes.aggregate())
                                .withName("write-pair-aggregates")), "pair"));
        alerts.to(Topics.ALERTS.name(), Produced.with(Serdes.String(), NewsmonSerdes.alert()).withName("write-alerts"));

        // 4. Digests by publication period: reports of the scope, and alerts about it from any scope.
        KStream<String, DigestInput> alertsByScope = alerts
                .flatMap((id, alert) -> scopeCopies(alert), Named.as("copy-alert-per-scope"))
                .repartition(Repartitioned.with(Serdes.String(), NewsmonSerdes.alert()).withName("alerts-by-scope"))
                .mapValues(DigestInput::of, Named.as("alert-input"));
        byScope.mapValues(DigestInput::of, Named.as("report-input"))
                .merge(alertsByScope, Named.as("digest-inputs"))
                .process(() -> new DigestProcessor(digestUpdater), Named.as("digest"),
                        StoreNames.DIGESTS, StoreNames.DIGEST_MEMBERS, StoreNames.AGGREGATES, StoreNames.SCOPE_YEARS)
                .to(Topics.DIGESTS.name(), Produced.with(Serdes.String(), NewsmonSerdes.digest()).withName("write-digests"));

        // 5. Attention clock: rolling article counts per scope by publication time.
        byScope.process(AttentionProcessor::new, Named.as("attention-clock"),
                        StoreNames.ATTENTION_HOURS, StoreNames.ATTENTION_ARTICLES, StoreNames.ATTENTION_AS_OF)
                .to(Topics.ATTENTION.name(), Produced.with(Serdes.String(), NewsmonSerdes.attention())
                        .withName("write-attention"));

        return builder.build();
    }

    /** The event once per scope it concerns: actor1, actor2 and the ordered pair. */
    static List<KeyValue<String, NewsEvent>> scopeCopies(NewsEvent event) {
        return List.of(
                KeyValue.pair(ScopeKey.country(event.actor1()).toString(), event),
                KeyValue.pair(ScopeKey.country(event.actor2()).toString(), event),
                KeyValue.pair(ScopeKey.pair(event.actor1(), event.actor2()).toString(), event));
    }

    /** The alert once per scope whose digest lists it: its own, and for a pair both countries. */
    static List<KeyValue<String, Alert>> scopeCopies(Alert alert) {
        List<KeyValue<String, Alert>> copies = new ArrayList<>(3);
        copies.add(KeyValue.pair(ScopeKey.country(alert.actor1()).toString(), alert));
        if (alert.actor2() != null) {
            copies.add(KeyValue.pair(ScopeKey.country(alert.actor2()).toString(), alert));
            copies.add(KeyValue.pair(ScopeKey.pair(alert.actor1(), alert.actor2()).toString(), alert));
        }
        return copies;
    }

    private static void addStores(StreamsBuilder builder) {
        builder.addStateStore(store(StoreNames.SEEN_FACTS, Serdes.Long()));
        builder.addStateStore(store(StoreNames.AGGREGATES, NewsmonSerdes.aggregate()));
        builder.addStateStore(store(StoreNames.FACT_NOTES, JsonSerde.of(FactNotes.class)));
        builder.addStateStore(store(StoreNames.SCOPE_YEARS, JsonSerde.of(ScopeYears.class)));
        builder.addStateStore(store(StoreNames.EMITTED_ALERTS, NewsmonSerdes.alert()));
        builder.addStateStore(store(StoreNames.DIGESTS, NewsmonSerdes.digest()));
        builder.addStateStore(store(StoreNames.DIGEST_MEMBERS, Serdes.Long()));
        builder.addStateStore(hourly(StoreNames.ATTENTION_HOURS));
        builder.addStateStore(hourly(StoreNames.ATTENTION_ARTICLES));
        builder.addStateStore(store(StoreNames.ATTENTION_AS_OF, Serdes.Long()));
    }

    private static StoreBuilder<?> hourly(String name) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, AttentionClock.RETENTION,
                Duration.ofHours(1), false), Serdes.String(), Serdes.Long());
    }

    private static <V> StoreBuilder<?> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
