package io.newsmon.streams.topology;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Digest;
import io.newsmon.streams.digest.DigestState;
import io.newsmon.streams.digest.DigestUpdater;
import io.newsmon.streams.digest.Figures;
import io.newsmon.streams.fact.ScopeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The attention side of one scope: files each report under the reporting period of its article's
 * publication date and each alert under the period of the report that raised it, and forwards the
 * updated digest (with the scope's yearly figures, read from the fact clock's store).
 */
final class DigestProcessor implements Processor<String, DigestInput, String, Digest> {
    private final DigestUpdater updater;
    private ProcessorContext<String, Digest> context;
    private KeyValueStore<String, DigestState> digests;
    private KeyValueStore<String, Aggregate> aggregates;
    private KeyValueStore<String, io.newsmon.streams.fact.ScopeYears> years;

    DigestProcessor(DigestUpdater updater) {
        this.updater = updater;
    }

    @Override
    public void init(ProcessorContext<String, Digest> context) {
        this.context = context;
        this.digests = context.getStateStore(StoreNames.DIGESTS);
        this.aggregates = context.getStateStore(StoreNames.AGGREGATES);
        this.years = context.getStateStore(StoreNames.SCOPE_YEARS);
    }

    @Override
    public void process(Record<String, DigestInput> record) {
        ScopeKey scope = ScopeKey.parse(record.key());
        DigestInput input = record.value();
        Instant at = input.report() != null
                ? (input.report().source() != null && input.report().source().published() != null
                        ? input.report().source().published() : Instant.ofEpochMilli(record.timestamp()))
                : input.alert().raisedAt() != null ? input.alert().raisedAt() : Instant.ofEpochMilli(record.timestamp());
        LocalDate published = LocalDate.ofInstant(at, ZoneOffset.UTC);
        String id = updater.id(scope, published);
        DigestState before = digests.get(id);
        DigestState state = before != null ? before : updater.empty(scope, published);
        List<Digest.Figure> figures = Figures.of(scope, yearly(scope));
        DigestState after = input.report() != null
                ? updater.withReport(state, input.report(), figures)
                : updater.withAlert(state, input.alert(), figures);
        if (after.equals(before)) {
            return; // nothing new: the topic already holds this version
        }
        digests.put(id, after);
        context.forward(record.withKey(id).withValue(after.digest()));
    }

    private List<Aggregate> yearly(ScopeKey scope) {
        List<Aggregate> out = new ArrayList<>();
        for (int year : StoreHistory.yearsOf(years, scope).years()) {
            Aggregate a = aggregates.get(Aggregate.keyOf(scope.country(), scope.partner(), Integer.toString(year)));
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
