package io.newsmon.streams.topology;

import io.newsmon.model.NewsEvent;
import io.newsmon.model.Attention;
import io.newsmon.streams.attention.AttentionClock;
import io.newsmon.streams.fact.ScopeKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The attention clock of one scope: counts each article once per publication hour in a window
 * store whose retention (30 days plus a day's grace) bounds it, and forwards the rolling 24 h, 7 d
 * and 30 d counts as of the newest publication time seen. An article later than the grace is not
 * counted (its hour has left the store). When the clock passes a day's end plus the grace, that
 * day's final counts are forwarded once more under the key {@code SCOPE|yyyy-MM-dd}.
 */
final class AttentionProcessor implements Processor<String, NewsEvent, String, Attention> {
    private ProcessorContext<String, Attention> context;
    private WindowStore<String, Long> hours;
    private WindowStore<String, Long> seenArticles;
    private KeyValueStore<String, Long> asOf;

    @Override
    public void init(ProcessorContext<String, Attention> context) {
        this.context = context;
        this.hours = context.getStateStore(StoreNames.ATTENTION_HOURS);
        this.seenArticles = context.getStateStore(StoreNames.ATTENTION_ARTICLES);
        this.asOf = context.getStateStore(StoreNames.ATTENTION_AS_OF);
    }

    @Override
    public void process(Record<String, NewsEvent> record) {
        ScopeKey scope = ScopeKey.parse(record.key());
        NewsEvent event = record.value();
        Instant published = event.source() != null && event.source().published() != null
                ? event.source().published() : Instant.ofEpochMilli(record.timestamp());
        Long newest = asOf.get(record.key());
        if (newest != null && published.toEpochMilli() < newest - AttentionClock.GRACE.toMillis()) {
            return; // later than the grace: its hour is no longer kept
        }
        if (!firstSighting(record.key(), event, published)) {
            return; // another fact of an article already counted
        }
        long hour = AttentionClock.hourOf(published);
        Long inHour = hours.fetch(record.key(), hour);
        hours.put(record.key(), inHour == null ? 1L : inHour + 1, hour);
        Instant now = Instant.ofEpochMilli(newest == null ? published.toEpochMilli() : Math.max(newest, published.toEpochMilli()));
        asOf.put(record.key(), now.toEpochMilli());
        Attention attention = new Attention(scope.scope(), scope.country(), scope.partner(), now,
                sum(record.key(), now, AttentionClock.DAY), sum(record.key(), now, AttentionClock.WEEK),
                sum(record.key(), now, AttentionClock.MONTH));
        context.forward(record.withValue(attention));
        if (newest != null) {
            closeDays(record, scope, Instant.ofEpochMilli(newest), now);
        }
    }

    /**
     * Forwards the final attention of each day with articles that closed between the scope's
     * previous and new "now": a day is closed once the clock is a grace past its end, because
     * from then on every article of that day arrives too late to count, so the value is final.
     */
    private void closeDays(Record<String, NewsEvent> record, ScopeKey scope, Instant before, Instant now) {
        LocalDate closedBefore = AttentionClock.closedThrough(before);
        LocalDate closedNow = AttentionClock.closedThrough(now);
        if (!closedNow.isAfter(closedBefore)) {
            return;
        }
        Instant from = Instant.ofEpochMilli(Math.max(AttentionClock.startOf(closedBefore.plusDays(1)).toEpochMilli(),
                now.minus(AttentionClock.RETENTION).toEpochMilli()));
        Instant to = AttentionClock.startOf(closedNow.plusDays(1)).minusMillis(1);
        if (from.isAfter(to)) {
            return;
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        try (WindowStoreIterator<Long> it = hours.fetch(record.key(), from, to)) {
            while (it.hasNext()) {
                days.add(LocalDate.ofInstant(Instant.ofEpochMilli(it.next().key), ZoneOffset.UTC));
            }
        }
        for (LocalDate day : days) {
            Instant close = AttentionClock.startOf(day.plusDays(1));
            Instant lastMoment = close.minusMillis(1);
            Attention daily = new Attention(scope.scope(), scope.country(), scope.partner(), close,
                    sum(record.key(), lastMoment, AttentionClock.DAY), sum(record.key(), lastMoment, AttentionClock.WEEK),
                    sum(record.key(), lastMoment, AttentionClock.MONTH));
            context.forward(record.withKey(AttentionClock.dailyKey(record.key(), day)).withValue(daily));
        }
    }

    private boolean firstSighting(String scope, NewsEvent event, Instant published) {
        if (event.source() == null || event.source().articleId() == null) {
            return true; // nothing to recognise it by: each report counts
        }
        String key = scope + "|" + event.source().articleId();
        long at = published.toEpochMilli();
        try (WindowStoreIterator<Long> seen = seenArticles.fetch(key,
                Instant.ofEpochMilli(at).minus(AttentionClock.RETENTION), Instant.ofEpochMilli(at).plus(AttentionClock.RETENTION))) {
            if (seen.hasNext()) {
                return false;
            }
        }
        seenArticles.put(key, at, at);
        return true;
    }

    private long sum(String scope, Instant asOf, Duration horizon) {
        long total = 0;
        try (WindowStoreIterator<Long> it = hours.fetch(scope,
                Instant.ofEpochMilli(AttentionClock.firstHour(asOf, horizon)), Instant.ofEpochMilli(AttentionClock.hourOf(asOf)))) {
            while (it.hasNext()) {
                total += it.next().value;
            }
        }
        return total;
    }
}
