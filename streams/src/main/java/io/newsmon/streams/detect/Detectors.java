package io.newsmon.streams.detect;

import io.newsmon.model.Alert;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.streams.fact.AggregateMath;
import io.newsmon.streams.fact.FactPeriods;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which judgements a newly counted fact can change, and their alerts. A fact in year Y changes
 * Y's figures and the baselines of the years after it, so those are judged again: values against
 * both neighbours, counts for Y … Y+baseline, firsts for Y … Y+window.
 */
public final class Detectors {
    private final DetectionSettings settings;
    private final ValueChangeDetector values;
    private final CountSpikeDetector counts;
    private final FirstEventDetector firsts;

    public Detectors(DetectionSettings settings) {
        this.settings = settings;
        this.values = new ValueChangeDetector(settings);
        this.counts = new CountSpikeDetector(settings);
        this.firsts = new FirstEventDetector(settings);
    }

    public List<Alert> afterNewFact(ScopeHistory history, NewsEvent fact, Instant raisedAt) {
        List<Alert> alerts = new ArrayList<>();
        int year = fact.date().year();
        if (fact.amount() != null && FactPeriods.withinOneYear(fact.date())) {
            alerts.addAll(values.judge(history, year, fact.kind(), fact.amount().currency(), raisedAt));
            alerts.addAll(values.judgeConverted(history, year, fact.kind(), raisedAt));
        }
        for (int y = year; y <= year + settings.baselineYears(); y++) {
            for (KindGroup group : KindGroup.values()) {
                counts.judge(history, y, group, raisedAt).ifPresent(alerts::add);
            }
        }
        if (history.scope().isPair()) {
            firsts.judge(history, year, fact.kind(), raisedAt).ifPresent(alerts::add);
            for (int y = year + 1; y <= year + settings.firstYears(); y++) {
                int later = y;
                history.year(y).ifPresent(aggregate -> {
                    for (EventKind kind : aggregate.counts().keySet()) {
                        if (AggregateMath.count(aggregate, kind) > 0) {
                            firsts.judge(history, later, kind, raisedAt).ifPresent(alerts::add);
                        }
                    }
                });
            }
        }
        return alerts;
    }
}
