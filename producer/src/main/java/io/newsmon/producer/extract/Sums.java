package io.newsmon.producer.extract;

import io.newsmon.model.Amount;
import io.newsmon.model.Change;
import io.newsmon.model.EventDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which sum of a sentence goes with which cue, country and date: each sum to its nearest cue, to the
 * country it is listed under, to the date nearest it; what an agreement is worth. Stateless.
 */
final class Sums {

    private Sums() {
    }

    private static final Pattern SUM_PARTNER = Pattern.compile("\\s+(?:worth\\s+)?(?:from|to|with)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORTH = Pattern.compile(
            "\\b(?:worth|valued\\s+at|totall?ing|amounting\\s+to|of)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * What ends a sum's clause, so that the cue after it measures another figure: "1.28 billion dlrs and imports rose"
     * (not "359 mln dlrs of medium- and long-term loans", where "and" joins the loans' words).
     */
    private static final Pattern CLAUSE_BETWEEN = Pattern.compile("[,;]|\\b(?:while|but|whereas)\\b|\\band\\s+$");

    /**
     * Gives each sum of the sentence {@code s} to the cue it measures: the nearest cue before it, or one right after
     * it in the same clause ("58.6 billion dlrs trade surplus", "300 mln dlr sanctions"), which wins when closer.
     */
    static Map<EventCue, List<MoneyMention>> sumsByCue(String s, List<EventCue> cues, List<MoneyMention> money) {
        Map<EventCue, List<MoneyMention>> sums = new HashMap<>();
        for (MoneyMention m : money) {
            EventCue best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (EventCue c : cues) {
                if (!EventCues.carriesSums(c.kind())) {
                    continue;
                }
                int distance;
                if (c.start() <= m.start() && m.end() <= c.end()) {
                    distance = 0; // "received $1.2 billion of Chinese investment"
                } else if (c.end() <= m.start()) {
                    distance = m.start() - c.end();
                } else if (c.start() >= m.end() && c.start() - m.end() <= 30 && !CLAUSE_BETWEEN.matcher(s).region(m.end(), c.start()).find()) {
                    distance = 2 * (c.start() - m.end());
                } else {
                    continue;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            if (best != null) {
                sums.computeIfAbsent(best, c -> new ArrayList<>()).add(m);
            }
        }
        return sums;
    }

    /**
     * The country a sum is listed under: "South Korea 7.1 billion dlrs, Hong Kong 6.4 billion", or
     * "4.5 billion dlrs ... from Japan and about 1.8 billion from the U.S.".
     */
    static Party listItemBefore(MoneyMention m, List<Party> parties, String s) {
        for (Party p : parties) {
            if (p.end() <= m.start() && m.start() - p.end() <= 4 && isListGap(s, p.end(), m.start())) {
                return p;
            }
            if (p.start() >= m.end() && p.start() - m.end() <= 16 && SUM_PARTNER.matcher(s.substring(m.end(), p.start())).matches()) {
                return p;
            }
        }
        return null;
    }

    static boolean isListGap(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || c == ',' || c == ':' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static List<MoneyMention> unclaimed(List<MoneyMention> money, Map<EventCue, List<MoneyMention>> sums) {
        if (sums.isEmpty()) {
            return money;
        }
        List<MoneyMention> left = new ArrayList<>(money);
        sums.values().forEach(left::removeAll);
        return left;
    }

    static Amount statedWorth(String s, List<MoneyMention> money) {
        for (MoneyMention m : money) {
            if (WORTH.matcher(s.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                return m.amount();
            }
        }
        return null;
    }

    static Change changeAfter(MoneyMention m, int until, List<ChangeMention> changes, EventDate date) {
        for (ChangeMention c : changes) {
            if (c.start() >= m.end() && c.start() < until || c.end() <= m.start() && m.start() - c.end() < 40) {
                EventDate base = null;
                if (c.baseYear() > 0) {
                    base = EventDate.year(c.baseYear());
                } else if (c.basePrior()) {
                    base = date.precision() == EventDate.Precision.MONTH && !date.isRange()
                            ? EventDate.month(date.start().getYear() - 1, date.start().getMonthValue())
                            : EventDate.year(date.year() - 1);
                }
                return new Change(c.percent(), base);
            }
        }
        return null;
    }

    /** The date that goes with one sum: the first date after it (before the next sum), else the last before it. */
    static EventDate dateNear(MoneyMention m, int until, List<DateMention> dates, EventDate sentenceDate) {
        for (DateMention d : dates) {
            if (d.start() >= m.end() && d.start() < until) {
                return d.date();
            }
        }
        DateMention before = null;
        for (DateMention d : dates) {
            if (d.end() <= m.start()) {
                before = d;
            }
        }
        return before != null ? before.date() : sentenceDate;
    }

    /** Dates that are only the base of a stated change ("up 12% on 2009"), or parts of sums, are not event dates. */
    static List<DateMention> withoutBases(List<DateMention> dates, List<ChangeMention> changes, List<MoneyMention> money) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : dates) {
            boolean isBase = changes.stream().anyMatch(c -> c.baseStart() >= 0 && d.start() >= c.baseStart() && d.end() <= c.baseEnd());
            boolean inMoney = money.stream().anyMatch(m -> d.start() < m.end() && d.end() > m.start());
            if (!isBase && !inMoney) {
                kept.add(d);
            }
        }
        return kept;
    }
}
