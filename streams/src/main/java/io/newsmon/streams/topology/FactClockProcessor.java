package io.newsmon.streams.topology;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;
import io.newsmon.model.NewsEvent;
import io.newsmon.streams.detect.AlertRevisions;
import io.newsmon.streams.detect.Detectors;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.FactNote;
import io.newsmon.streams.fact.FactNotes;
import io.newsmon.streams.fact.FactPeriods;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.fact.ScopeYears;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The fact clock of one scope (records keyed "KAZ" or "BEL-KAZ"): folds each report into the
 * aggregates of the periods its fact's own date falls in, then, when the report brings a new fact,
 * asks the detectors what that changed and forwards each alert id the first time, and again only
 * when a later fact raises its severity ({@link AlertRevisions}).
 */
final class FactClockProcessor implements Processor<String, NewsEvent, String, Finding> {
    private final Detectors detectors;
    private ProcessorContext<String, Finding> context;
    private KeyValueStore<String, Long> seenFacts;
    private KeyValueStore<String, Aggregate> aggregates;
    private KeyValueStore<String, FactNotes> notes;
    private KeyValueStore<String, ScopeYears> years;
    private KeyValueStore<String, Alert> emittedAlerts;

    FactClockProcessor(Detectors detectors) {
        this.detectors = detectors;
    }

    @Override
    public void init(ProcessorContext<String, Finding> context) {
        this.context = context;
        this.seenFacts = context.getStateStore(StoreNames.SEEN_FACTS);
        this.aggregates = context.getStateStore(StoreNames.AGGREGATES);
        this.notes = context.getStateStore(StoreNames.FACT_NOTES);
        this.years = context.getStateStore(StoreNames.SCOPE_YEARS);
        this.emittedAlerts = context.getStateStore(StoreNames.EMITTED_ALERTS);
    }

    @Override
    public void process(Record<String, NewsEvent> record) {
        ScopeKey scope = ScopeKey.parse(record.key());
        NewsEvent event = record.value();
        boolean newFact = countReport(scope, event);

        for (String period : FactPeriods.of(event.date())) {
            String key = Aggregate.keyOf(scope.country(), scope.partner(), period);
            Aggregate next = AggregateMath.add(aggregates.get(key), scope, period, event, newFact);
            aggregates.put(key, next);
            context.forward(record.withKey(key).withValue(Finding.of(next)));
        }
        if (!newFact) {
            return;
        }
        int year = event.date().year();
        years.put(scope.toString(), StoreHistory.yearsOf(years, scope).with(year));
        if (!AggregateMath.counts(event)) {
            return;
        }
        String notesKey = StoreHistory.notesKey(scope, year, event.kind());
        FactNotes known = notes.get(notesKey);
        notes.put(notesKey, (known == null ? FactNotes.empty() : known).with(FactNote.of(event)));

        Instant raisedAt = event.source() != null && event.source().published() != null
                ? event.source().published() : Instant.ofEpochMilli(record.timestamp());
        for (Alert alert : detectors.afterNewFact(new StoreHistory(scope, aggregates, notes, years), event, raisedAt)) {
            AlertRevisions.toEmit(emittedAlerts.get(alert.id()), alert).ifPresent(emitted -> {
                emittedAlerts.put(emitted.id(), emitted);
                context.forward(record.withKey(emitted.id()).withValue(Finding.of(emitted)));
            });
        }
    }

    /** Notes one more report of the fact in this scope; true when it is the first. */
    private boolean countReport(ScopeKey scope, NewsEvent event) {
        String key = scope + "|" + event.id();
        Long reports = seenFacts.get(key);
        seenFacts.put(key, reports == null ? 1L : reports + 1);
        return reports == null;
    }
}
