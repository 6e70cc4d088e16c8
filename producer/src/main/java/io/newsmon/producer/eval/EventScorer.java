package io.newsmon.producer.eval;

import io.newsmon.model.Amount;
import io.newsmon.model.EventKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Compares extracted events with gold events, article by article. An article reporting the same
 * fact twice counts it once on either side (the annotation guide's merging rule), so events are
 * compared as sets of {@link Fact.EventKey}s; amounts are matched one to one.
 */
public final class EventScorer {

    /** Relative tolerance on amounts: "1.23 billion" for 1,234,567,000 still matches. */
    public static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.005");

    private EventScorer() {
    }

    public static EventScores score(List<Fact> gold, List<Fact> predicted) {
        Map<String, List<Fact>> goldByArticle = byArticle(gold);
        Map<String, List<Fact>> predictedByArticle = byArticle(predicted);
        Set<String> articles = new TreeSet<>(goldByArticle.keySet());
        articles.addAll(predictedByArticle.keySet());

        Map<EventKind, Prf> byKind = new EnumMap<>(EventKind.class);
        Prf anyOrder = Prf.ZERO;
        Prf amounts = Prf.ZERO;
        List<Mismatch> misses = new ArrayList<>();
        List<Mismatch> falsePositives = new ArrayList<>();
        List<Mismatch> amountMisses = new ArrayList<>();
        List<Mismatch> amountFalsePositives = new ArrayList<>();
        Map<String, Prf> eventsByArticle = new LinkedHashMap<>();
        Map<String, Prf> amountsByArticle = new LinkedHashMap<>();

        for (String article : articles) {
            List<Fact> g = goldByArticle.getOrDefault(article, List.of());
            List<Fact> p = predictedByArticle.getOrDefault(article, List.of());
            Map<Fact.EventKey, Fact> goldKeys = distinctKeys(g);
            Map<Fact.EventKey, Fact> predictedKeys = distinctKeys(p);
            eventsByArticle.put(article, compare(goldKeys.keySet(), predictedKeys.keySet()));
            for (Map.Entry<Fact.EventKey, Fact> e : goldKeys.entrySet()) {
                EventKind kind = e.getKey().kind();
                if (predictedKeys.containsKey(e.getKey())) {
                    byKind.merge(kind, new Prf(1, 0, 0), Prf::plus);
                } else {
                    byKind.merge(kind, new Prf(0, 0, 1), Prf::plus);
                    misses.add(new Mismatch(article, e.getValue().describe(), nearest(e.getValue(), p),
                            e.getValue().evidence()));
                }
            }
            for (Map.Entry<Fact.EventKey, Fact> e : predictedKeys.entrySet()) {
                if (!goldKeys.containsKey(e.getKey())) {
                    byKind.merge(e.getKey().kind(), new Prf(0, 1, 0), Prf::plus);
                    falsePositives.add(new Mismatch(article, "", e.getValue().describe(), e.getValue().evidence()));
                }
            }
            anyOrder = anyOrder.plus(compare(unordered(g), unordered(p)));
            Prf articleAmounts = matchAmounts(article, g, p, amountMisses, amountFalsePositives);
            amountsByArticle.put(article, articleAmounts);
            amounts = amounts.plus(articleAmounts);
        }
        Prf events = byKind.values().stream().reduce(Prf.ZERO, Prf::plus);
        return new EventScores(events, byKind, anyOrder, amounts, misses, falsePositives, amountMisses,
                amountFalsePositives, eventsByArticle, amountsByArticle);
    }

    /** Whether {@code got} is within the relative tolerance of {@code expected}. */
    public static boolean sameValue(BigDecimal expected, BigDecimal got) {
        BigDecimal allowed = expected.abs().multiply(AMOUNT_TOLERANCE);
        return expected.subtract(got).abs().compareTo(allowed) <= 0;
    }

    /** Micro-averaged comparison of two sets. */
    public static <T> Prf compare(Set<T> expected, Set<T> got) {
        int tp = (int) expected.stream().filter(got::contains).count();
        return new Prf(tp, got.size() - tp, expected.size() - tp);
    }

    private static Prf matchAmounts(String article, List<Fact> gold, List<Fact> predicted,
                                    List<Mismatch> misses, List<Mismatch> falsePositives) {
        List<Fact> g = distinctAmounts(gold);
        List<Fact> p = new ArrayList<>(distinctAmounts(predicted));
        int tp = 0;
        for (Fact expected : g) {
            Fact match = p.stream().filter(sameAmountAs(expected)).findFirst().orElse(null);
            if (match != null) {
                p.remove(match);
                tp++;
            } else {
                String near = predicted.stream().filter(f -> f.amount() != null && f.key().samePairEitherWay(expected))
                        .map(Fact::describe).distinct().collect(Collectors.joining("; "));
                misses.add(new Mismatch(article, expected.describe(), near, expected.evidence()));
            }
        }
        for (Fact extra : p) {
            falsePositives.add(new Mismatch(article, "", extra.describe(), extra.evidence()));
        }
        return new Prf(tp, p.size(), g.size() - tp);
    }

    private static Predicate<Fact> sameAmountAs(Fact expected) {
        return f -> f.actor1().equals(expected.actor1()) && f.actor2().equals(expected.actor2())
                && f.year() == expected.year()
                && f.amount().currency().equals(expected.amount().currency())
                && sameValue(expected.amount().value(), f.amount().value());
    }

    /** Facts with an amount, one per (pair, year, currency, value). */
    private static List<Fact> distinctAmounts(List<Fact> facts) {
        Map<List<Object>, Fact> distinct = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.amount() != null) {
                Amount a = f.amount();
                distinct.putIfAbsent(List.of(f.actor1(), f.actor2(), f.year(), a.currency(),
                        a.value().round(MathContext.DECIMAL64)), f);
            }
        }
        return List.copyOf(distinct.values());
    }

    private static String nearest(Fact missed, List<Fact> predicted) {
        List<String> samePair = predicted.stream().filter(f -> missed.key().samePairEitherWay(f))
                .map(Fact::describe).distinct().toList();
        if (!samePair.isEmpty()) {
            return String.join("; ", samePair);
        }
        return predicted.stream().filter(f -> f.kind() == missed.kind()).map(Fact::describe).distinct()
                .collect(Collectors.joining("; "));
    }

    private static Map<Fact.EventKey, Fact> distinctKeys(List<Fact> facts) {
        Map<Fact.EventKey, Fact> keys = new LinkedHashMap<>();
        facts.forEach(f -> keys.putIfAbsent(f.key(), f));
        return keys;
    }

    private static Set<List<Object>> unordered(List<Fact> facts) {
        Set<List<Object>> keys = new HashSet<>();
        for (Fact f : facts) {
            boolean ordered = f.actor1().compareTo(f.actor2()) <= 0;
            keys.add(List.of(f.kind(), ordered ? f.actor1() : f.actor2(), ordered ? f.actor2() : f.actor1(), f.year()));
        }
        return keys;
    }

    private static Map<String, List<Fact>> byArticle(List<Fact> facts) {
        return facts.stream().collect(Collectors.groupingBy(Fact::articleId, TreeMap::new, Collectors.toList()));
    }
}
