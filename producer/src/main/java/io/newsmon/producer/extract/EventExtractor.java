package io.newsmon.producer.extract;

import io.newsmon.model.Amount;
import io.newsmon.model.Article;
import io.newsmon.model.Change;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the events between countries that an article reports: who (ISO 3166-1 alpha-3, initiator
 * first), what (kind and CAMEO code), when (the event's own date), how much (amount and change),
 * fact or intention, and the sentence it was read from. One event per fact: repeated mentions of
 * the same fact in the article merge into one (same {@link NewsEvent#factId}).
 * <p>
 * Countries are recognised once per article ({@link CountryRecognizer}); the kind patterns then run
 * only on sentences that name two countries, or one country of the pair the article is about, or
 * refer back to it ("the two countries"). Rules: {@code docs/extraction.md}.
 * Immutable after construction and thread-safe.
 */
public final class EventExtractor {

    static final String ORIGIN = "newsmon";

    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(?:the|both)\\s+(?:two\\s+)?(?:countries|nations|sides|states|governments|parties|leaders|presidents|"
                    + "ministers|delegations)\\b|\\bbilateral\\b|\\bthe\\s+visit\\b|\\bduring\\s+(?:the|his|her)\\s+(?:visit|talks|trip)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_TRADE = Pattern.compile(
            "export|import|trade|turnover|shipment|sales\\s+to|supplies\\s+to", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORTH = Pattern.compile(
            "\\b(?:worth|valued\\s+at|totall?ing|amounting\\s+to|of)\\s+$", Pattern.CASE_INSENSITIVE);

    private final CountryRecognizer recognizer;

    /** Loads the gazetteer from the classpath. */
    public EventExtractor() {
        this(new CountryRecognizer());
    }

    EventExtractor(CountryRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The events of one article, one per fact, in the order the article first states them. */
    public List<NewsEvent> extract(Article article) {
        String text = article.text();
        LocalDate published = article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
        Integer yearWithoutPublication = published == null ? firstYearIn(text) : null;
        List<CountryMention> mentions = recognizer.find(text);
        ArticleContext context = new ArticleContext(article.sourceRef(), published, yearWithoutPublication);
        Map<String, NewsEvent> events = new LinkedHashMap<>();
        int next = 0;
        for (Sentence sentence : SentenceSplitter.split(text)) {
            while (next < mentions.size() && mentions.get(next).start() < sentence.start()) {
                next++;
            }
            int first = next;
            while (next < mentions.size() && mentions.get(next).start() < sentence.end()) {
                next++;
            }
            List<Party> parties = parties(mentions.subList(first, next), sentence.start());
            for (NewsEvent e : readSentence(sentence, parties, context)) {
                events.putIfAbsent(e.id(), e);
            }
        }
        return List.copyOf(events.values());
    }

    /** What the previous sentences established: the pair being discussed and the latest date. */
    private static final class ArticleContext {
        final SourceRef source;
        final LocalDate published;
        final Integer fallbackYear;
        Party actor1;
        Party actor2;
        EventDate lastDate;
        /** For kinds without direction: the order a pair was first named in, so the article stays consistent. */
        final Map<String, Roles.Pair> symmetricOrder = new HashMap<>();

        ArticleContext(SourceRef source, LocalDate published, Integer fallbackYear) {
            this.source = source;
            this.published = published;
            this.fallbackYear = fallbackYear;
        }

        boolean hasPair() {
            return actor1 != null;
        }

        Party otherThan(Party p) {
            if (!hasPair()) return null;
            if (actor1.countries().equals(p.countries())) return actor2;
            if (actor2.countries().equals(p.countries())) return actor1;
            return null;
        }
    }

    private List<NewsEvent> readSentence(Sentence sentence, List<Party> parties, ArticleContext context) {
        String s = sentence.text();
        Party contextOther = parties.size() == 1 ? context.otherThan(parties.get(0)) : null;
        // Only a sentence that names no pair of its own may need to refer back to one.
        boolean backReference = context.hasPair() && parties.size() < 2 && contextOther == null
                && BACK_REFERENCE.matcher(s).find();
        boolean candidate = parties.size() >= 2 || contextOther != null || (parties.isEmpty() && backReference);
        List<EventCue> cues = candidate ? EventCues.find(s) : List.of();
        if (cues.isEmpty()) {
            // Nothing to read here; keep what the sentence tells later ones: its pair and its last year.
            if (parties.size() >= 2) {
                context.actor1 = parties.get(0);
                context.actor2 = parties.get(1);
            }
            int year = lastYearIn(s);
            if (year > 0) {
                context.lastDate = EventDate.year(year);
            }
            return List.of();
        }
        List<MoneyMention> money = MoneyFinder.amounts(s);
        List<ChangeMention> changes = money.isEmpty() ? List.of() : MoneyFinder.changes(s);
        parties = outside(parties, money);
        Modality sentenceModality = cues.isEmpty() ? Modality.FACT : Modalities.of(s, cues.get(0).start());
        List<DateMention> dates = withoutBases(
                DateFinder.find(s, context.published, context.lastDate, sentenceModality == Modality.INTENT), changes, money);
        List<NewsEvent> events = new ArrayList<>();
        Roles.Pair lastPair = null;
        for (EventCue cue : cues) {
            if (cue.kind() == EventKind.TRADE && money.isEmpty()
                    && !STRONG_TRADE.matcher(s.substring(cue.start(), cue.end())).find()) {
                continue;
            }
            boolean fromContext = parties.size() < 2;
            Roles.Pair pair = pairFor(cue, s, parties, contextOther, backReference, context);
            if (pair == null) {
                continue;
            }
            if (cue.direction() == EventCue.Direction.TEXT_ORDER) {
                pair = consistentOrder(pair, context);
            }
            lastPair = pair;
            Modality modality = Modalities.of(s, cue.start());
            EventDate sentenceDate = dates.isEmpty() ? null : dates.get(0).date();
            if (sentenceDate == null && fromContext) {
                sentenceDate = context.lastDate;
            }
            if (isEconomic(cue.kind()) && !money.isEmpty()) {
                for (int i = 0; i < money.size(); i++) {
                    MoneyMention m = money.get(i);
                    int until = i + 1 < money.size() ? money.get(i + 1).start() : s.length();
                    EventDate date = dateNear(m, until, dates, sentenceDate);
                    date = orDefault(date, cue.kind(), context);
                    if (date != null) {
                        Change change = changeAfter(m, until, changes, date);
                        add(events, cue, pair, modalityFor(modality, date, context), date, m.amount(), change, sentence, context);
                    }
                }
            } else {
                EventDate date = orDefault(sentenceDate, cue.kind(), context);
                if (date != null) {
                    Amount amount = cue.kind() == EventKind.AGREEMENT ? statedWorth(s, money) : null;
                    add(events, cue, pair, modalityFor(modality, date, context), date, amount, null, sentence, context);
                }
            }
        }
        if (lastPair != null) {
            context.actor1 = lastPair.actor1();
            context.actor2 = lastPair.actor2();
        } else if (parties.size() >= 2) {
            context.actor1 = parties.get(0);
            context.actor2 = parties.get(1);
        }
        if (!events.isEmpty()) {
            context.lastDate = events.get(events.size() - 1).date();
        }
        updateAnchor(dates, context);
        return events;
    }

    private static Roles.Pair pairFor(EventCue cue, String s, List<Party> parties, Party contextOther,
                                      boolean backReference, ArticleContext context) {
        if (parties.size() >= 2) {
            return Roles.assign(cue, s, parties, null);
        }
        if (contextOther != null) {
            Roles.Pair pair = Roles.assign(cue, s, parties, contextOther);
            return pair != null ? pair : new Roles.Pair(context.actor1, context.actor2);
        }
        if (backReference && context.hasPair()) {
            return new Roles.Pair(context.actor1, context.actor2);
        }
        return null;
    }

    private static Roles.Pair consistentOrder(Roles.Pair pair, ArticleContext context) {
        String a = String.join(",", pair.actor1().countries());
        String b = String.join(",", pair.actor2().countries());
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        Roles.Pair first = context.symmetricOrder.putIfAbsent(key, pair);
        if (first != null && first.actor1().countries().equals(pair.actor2().countries())) {
            return new Roles.Pair(pair.actor2(), pair.actor1());
        }
        return pair;
    }

    private static void add(List<NewsEvent> events, EventCue cue, Roles.Pair pair, Modality modality, EventDate date,
                            Amount amount, Change change, Sentence sentence, ArticleContext context) {
        for (String actor1 : pair.actor1().countries()) {
            for (String actor2 : pair.actor2().countries()) {
                if (actor1.equals(actor2)) {
                    continue;
                }
                String id = NewsEvent.factId(cue.kind(), actor1, actor2, date, amount, modality);
                events.add(new NewsEvent(id, cue.kind(), cue.cameo(), modality, actor1, actor2, date, amount, change,
                        new Evidence(sentence.text(), sentence.start(), sentence.end()), context.source, ORIGIN));
            }
        }
    }

    private static boolean isEconomic(EventKind kind) {
        return kind == EventKind.TRADE || kind == EventKind.INVESTMENT || kind == EventKind.AID;
    }

    /** A stated date in the future of the publication makes a plan of it, whatever the verb. */
    private static Modality modalityFor(Modality stated, EventDate date, ArticleContext context) {
        if (stated == Modality.FACT && context.published != null && date.start().isAfter(context.published)) {
            return Modality.INTENT;
        }
        return stated;
    }

    /**
     * When the sentence states no date: economic figures are filed under the publication year
     * (a trade figure read on 2 March is rarely a figure of 2 March), other events under the
     * publication day. Without a publication date, the first year the article states, else none.
     */
    private static EventDate orDefault(EventDate date, EventKind kind, ArticleContext context) {
        if (date != null) {
            return date;
        }
        if (context.published != null) {
            return isEconomic(kind) ? EventDate.year(context.published.getYear()) : EventDate.day(context.published);
        }
        return context.fallbackYear == null ? null : EventDate.year(context.fallbackYear);
    }

    /** The date that goes with one sum: the first date after it (before the next sum), else the last before it. */
    private static EventDate dateNear(MoneyMention m, int until, List<DateMention> dates, EventDate sentenceDate) {
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

    private static Change changeAfter(MoneyMention m, int until, List<ChangeMention> changes, EventDate date) {
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

    private static Amount statedWorth(String s, List<MoneyMention> money) {
        for (MoneyMention m : money) {
            if (WORTH.matcher(s.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                return m.amount();
            }
        }
        return null;
    }

    /** Dates that are only the base of a stated change ("up 12% on 2009"), or parts of sums, are not event dates. */
    private static List<DateMention> withoutBases(List<DateMention> dates, List<ChangeMention> changes, List<MoneyMention> money) {
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

    private static void updateAnchor(List<DateMention> dates, ArticleContext context) {
        for (DateMention d : dates) {
            if (d.explicit()) {
                context.lastDate = d.date();
            }
        }
    }

    /** Countries named inside a sum ("Hong Kong dlrs") are not parties. */
    private static List<Party> outside(List<Party> parties, List<MoneyMention> money) {
        if (money.isEmpty()) {
            return parties;
        }
        List<Party> kept = new ArrayList<>();
        for (Party p : parties) {
            if (money.stream().noneMatch(m -> p.start() < m.end() && p.end() > m.start())) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The sentence's mentions as sides: one per span (a group is one side), each country set once. */
    private static List<Party> parties(List<CountryMention> mentions, int sentenceStart) {
        List<Party> parties = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            CountryMention m = mentions.get(i);
            List<String> codes = new ArrayList<>();
            int j = i;
            while (j < mentions.size() && mentions.get(j).start() == m.start()) {
                codes.add(mentions.get(j).iso3());
                j++;
            }
            boolean seen = parties.stream().anyMatch(p -> p.countries().equals(codes));
            if (!seen) {
                parties.add(new Party(codes, m.start() - sentenceStart, m.end() - sentenceStart, m.type()));
            }
            i = j;
        }
        return parties;
    }

    private static Integer firstYearIn(String text) {
        int year = yearAt(text, 0, true);
        return year > 0 ? year : null;
    }

    private static int lastYearIn(String text) {
        return yearAt(text, text.length() - 1, false);
    }

    /**
     * The first (or last) stand-alone four-digit year 1900-2099 from {@code from}, or 0. A plain scan:
     * it runs on every sentence, where a regex costs more than the rest of the sentence's reading.
     */
    private static int yearAt(String text, int from, boolean forward) {
        int n = text.length();
        for (int i = from; forward ? i + 4 <= n : i >= 0; i += forward ? 1 : -1) {
            if (i + 4 > n) {
                continue;
            }
            char c0 = text.charAt(i);
            char c1 = text.charAt(i + 1);
            if (!(c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0')
                    || !isDigit(text.charAt(i + 2)) || !isDigit(text.charAt(i + 3))) {
                continue;
            }
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean wordEnd = i + 4 == n || !Character.isLetterOrDigit(text.charAt(i + 4));
            if (wordStart && wordEnd) {
                return (c0 - '0') * 1000 + (c1 - '0') * 100 + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0');
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
