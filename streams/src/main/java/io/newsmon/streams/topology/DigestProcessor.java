package io.newsmon.streams.topology;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Digest;
import io.newsmon.model.NewsEvent;
import io.newsmon.streams.digest.DigestUpdater;
import io.newsmon.streams.digest.Figures;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.fact.ScopeYears;
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
    private KeyValueStore<String, Digest> digests;
    private KeyValueStore<String, Long> members;
    private KeyValueStore<String, Aggregate> aggregates;
    private KeyValueStore<String, ScopeYears> years;

    DigestProcessor(DigestUpdater updater) {
        this.updater = updater;
    }

    @Override
    public void init(ProcessorContext<String, Digest> context) {
        this.context = context;
        this.digests = context.getStateStore(StoreNames.DIGESTS);
        this.members = context.getStateStore(StoreNames.DIGEST_MEMBERS);
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
        Digest before = digests.get(id);
        Digest digest = before != null ? before : updater.empty(scope, published);
        Digest after;
        if (input.report() != null) {
            NewsEvent event = input.report();
            boolean newFact = firstTime(id + "|fact|" + event.id());
            boolean newArticle = event.source() != null && event.source().articleId() != null
                    && firstTime(id + "|article|" + event.source().articleId());
            if (!newFact && !newArticle) {
                return; // nothing new: the topic already holds this version
            }
            after = updater.withReport(digest, event, newFact, newArticle, Figures.of(scope, yearly(scope)));
        } else {
            after = updater.withAlert(digest, input.alert(), Figures.of(scope, yearly(scope)));
            if (after == digest) {
                return;
            }
        }
        digests.put(id, after);
        context.forward(record.withKey(id).withValue(after));
    }

    /** Notes a member (fact or article) of a digest; true when it was not one yet. */
    private boolean firstTime(String member) {
        if (members.get(member) != null) {
            return false;
        }
        members.put(member, 1L);
        return true;
    }

    private List<Aggregate> yearly(ScopeKey scope) {
        List<Aggregate> out = new ArrayList<>();
        List<Integer> all = StoreHistory.yearsOf(years, scope).years();
        // only the years the charts show are read
        for (int year : all.subList(Math.max(0, all.size() - Figures.YEARS), all.size())) {
            Aggregate a = aggregates.get(Aggregate.keyOf(scope.country(), scope.partner(), Integer.toString(year)));
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
