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
        List<CountryMention> mentions = statesNamed(recognizer.find(text));
        ArticleContext context = new ArticleContext(article.sourceRef(), published, yearWithoutPublication, currencies(mentions));
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
        return visitorsFirst(List.copyOf(events.values()));
    }

    /** What the previous sentences established: the pair being discussed and the latest date. */
    private static final class ArticleContext {
        final SourceRef source;
        final MoneyFinder.LocalCurrencies currencies;
        final LocalDate published;
        final Integer fallbackYear;
        Party actor1;
        Party actor2;
        /** The pair of the last sentence that yielded events. */
        Roles.Pair eventPair;
        EventDate lastDate;
        /** For kinds without direction: the order a pair was first named in, so the article stays consistent. */
        final Map<String, Roles.Pair> symmetricOrder = new HashMap<>();
        /** How many events so far involve each country, in order of first involvement. */
        final Map<String, Integer> subjectCounts = new LinkedHashMap<>();

        ArticleContext(SourceRef source, LocalDate published, Integer fallbackYear, MoneyFinder.LocalCurrencies currencies) {
            this.currencies = currencies;
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

        /**
         * The other side for a sentence that names one country: the other of the current pair, else the
         * country the article is about (the one its events so far involve most), when that is another.
         */
        Party partnerOf(Party p) {
            Party other = otherThan(p);
            if (other != null || subjectCounts.isEmpty()) {
                return other;
            }
            String subject = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : subjectCounts.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    subject = e.getKey();
                }
            }
            return p.countries().contains(subject) ? null : Party.fromContext(subject);
        }

        /** The country the article's events so far involve most, if it is not {@code p}'s. */
        Party subjectOtherThan(Party p) {
            String subject = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : subjectCounts.entrySet()) {
                if (e.getValue() > most) {
                    most = e.getValue();
                    subject = e.getKey();
                }
            }
            return subject == null || p.countries().contains(subject) ? null : Party.fromContext(subject);
        }

        void count(String iso3) {
            subjectCounts.merge(iso3, 1, Integer::sum);
        }
    }

    private List<NewsEvent> readSentence(Sentence sentence, List<Party> parties, ArticleContext context) {
        String s = sentence.text();
        parties = withoutCurrencyNames(parties, s);
        int countries = distinctCountries(parties);
        Party contextOther = countries == 1 ? context.partnerOf(parties.get(0)) : null;
        // Only a sentence that names no pair of its own may need to refer back to one.
        boolean refersBack = context.hasPair() && countries < 2 && mayReferBack(s) && BACK_REFERENCE.matcher(s).find();
        boolean backReference = refersBack && contextOther == null;
        // "He said trade last year totalled 1.3 billion dlrs": a figure with no country continues the pair.
        boolean figure = parties.isEmpty() && !backReference && context.eventPair != null && mayStateASum(s);
        // One country with a partner from context yields an event only if something ties it to a cue
        // (a preposition, a verb: always a lower-case word before it), a back reference or a sum.
        boolean tied = contextOther != null && (refersBack || mayStateASum(s) || parties.stream().anyMatch(p -> mayBeTied(p, s)));
        boolean candidate = countries >= 2 || tied || (parties.isEmpty() && backReference) || figure;
        List<EventCue> cues = candidate ? EventCues.find(s) : List.of();
        if (cues.isEmpty()) {
            // Nothing to read here; keep what the sentence tells later ones: its pair and its last year.
            if (countries >= 2) {
                context.actor1 = parties.get(0);
                context.actor2 = secondCountry(parties);
            }
            int year = lastYearIn(s);
            if (year > 0) {
                context.lastDate = yearDate(year);
            }
            return List.of();
        }
        boolean measured = cues.stream().anyMatch(c -> EventCues.carriesSums(c.kind()) || c.kind() == EventKind.AGREEMENT);
        List<MoneyMention> money = measured ? MoneyFinder.amounts(s, context.currencies) : List.of();
        List<ChangeMention> changes = money.isEmpty() ? List.of() : MoneyFinder.changes(s);
        parties = outside(parties, money);
        countries = distinctCountries(parties);
        // Dates are read only once an event needs one: many sentences with a cue yield none.
        SentenceDates dates = new SentenceDates(s, cues, changes, money, context);
        Map<EventCue, List<MoneyMention>> sums = sumsByCue(cues, money);
        boolean signing = cues.stream().anyMatch(c -> c.kind() == EventKind.AGREEMENT);
        boolean banning = cues.stream().anyMatch(c -> c.kind() == EventKind.SANCTION);
        boolean fromContext = countries < 2;
        EventDate inherited = fromContext ? context.lastDate : null;
        List<NewsEvent> events = new ArrayList<>();
        java.util.EnumSet<EventKind> read = java.util.EnumSet.noneOf(EventKind.class);
        Roles.Pair lastPair = null;
        for (EventCue cue : cues) {
            List<MoneyMention> own = sums.getOrDefault(cue, List.of());
            if (own.isEmpty() && read.contains(cue.kind())) {
                continue; // one event per kind for what the sentence states without a sum
            }
            if (own.isEmpty() && signing && isEconomic(cue.kind()) && subjectOfAgreement(cue, cues, s)) {
                continue; // "signed an agreement on investment cooperation": the agreement is the event
            }
            if (own.isEmpty() && banning && cue.kind() == EventKind.TRADE) {
                continue; // "a ban on oil shipments to South Africa": the trade is what the sanction stops
            }
            if (byInternationalBody(s, cue.start())) {
                continue; // "an IMF loan", "EC sanctions", "the World Bank's credit": a body acts, not a state
            }
            if (Modalities.isHypothetical(s, cue.start())) {
                continue; // "even if all obstacles were removed", "will not be tied to purchases": no event
            }
            if (figure && own.isEmpty()) {
                continue; // without a country of its own, only a sum ties the sentence to the pair
            }
            if (countries <= 1 && pointsElsewhere(cue, s, parties)) {
                continue; // "exports to Western industrialised countries", "surplus with Europe": not the pair
            }
            Roles.Pair pair = pairFor(cue, s, parties, contextOther, backReference, figure, context);
            if (pair == null) {
                continue;
            }
            if (cue.kind() == EventKind.VISIT && !pair.objectIsActor1() && pair.actor1().start() >= cue.end()) {
                // "Baldrige will also stop in Hong Kong to meet British officials": the traveller is the
                // article's subject, not whoever he meets there.
                Party traveller = context.subjectOtherThan(pair.actor2());
                if (traveller != null) {
                    pair = new Roles.Pair(traveller, pair.actor2(), false, pair.marked());
                }
            }
            if (own.isEmpty() && isEconomic(cue.kind()) && !pair.marked()
                    && cue.direction() != EventCue.Direction.TEXT_ORDER) {
                continue; // "a major exporter", "curbs on its exports": no partner tied to the flow
            }
            if (own.isEmpty() && countries == 1 && !pair.marked() && !refersBack) {
                continue; // one country and a partner from earlier sentences: only a preposition ties them
            }
            if (cue.direction() == EventCue.Direction.TEXT_ORDER && !pair.marked()) {
                pair = consistentOrder(pair, context);
            }
            read.add(cue.kind());
            lastPair = pair;
            Modality modality = Modalities.of(s, cue.start());
            if (!own.isEmpty()) {
                for (MoneyMention m : own) {
                    int next = money.indexOf(m) + 1;
                    int until = next < money.size() ? money.get(next).start() : s.length();
                    EventDate date = orDefault(dateNear(m, until, dates.get(), inherited), cue.kind(), context);
                    if (date == null) {
                        continue;
                    }
                    Party item = listItemBefore(m, parties, s);
                    Roles.Pair itemPair = item != null && !item.countries().equals(pair.object().countries())
                            && !item.countries().equals(otherSide(pair).countries()) ? pair.withObject(item) : pair;
                    Change change = changeAfter(m, until, changes, date);
                    add(events, cue, itemPair, modalityFor(modality, date, context), date, m.amount(), change, sentence, context);
                }
            } else {
                // A year carried over from figures does not date a visit or a signing; a day or month does.
                EventDate carried = inherited != null && inherited.precision() == EventDate.Precision.YEAR && !isEconomic(cue.kind())
                        ? null : inherited;
                EventDate date = orDefault(dateNearCue(cue, dates.get(), carried), cue.kind(), context);
                if (date == null) {
                    continue;
                }
                Amount amount = cue.kind() == EventKind.AGREEMENT ? statedWorth(s, unclaimed(money, sums)) : null;
                for (Party object : coordinated(pair.object(), parties, s)) {
                    add(events, cue, pair.withObject(object), modalityFor(modality, date, context), date, amount, null,
                            sentence, context);
                }
            }
        }
        if (lastPair != null) {
            context.actor1 = lastPair.actor1();
            context.actor2 = lastPair.actor2();
            if (!events.isEmpty()) {
                context.eventPair = new Roles.Pair(lastPair.actor1(), lastPair.actor2());
            }
        } else if (countries >= 2) {
            context.actor1 = parties.get(0);
            context.actor2 = secondCountry(parties);
        }
        for (NewsEvent e : events) {
            context.count(e.actor1());
            context.count(e.actor2());
        }
        if (!events.isEmpty()) {
            context.lastDate = events.get(events.size() - 1).date();
        }
        if (dates.read()) {
            updateAnchor(dates.get(), context);
        } else if (events.isEmpty()) {
            int year = lastYearIn(s);
            if (year > 0) {
                context.lastDate = yearDate(year);
            }
        }
        return events;
    }

    /** The dates of one sentence, read on first use. */
    private static final class SentenceDates {
        private final String sentence;
        private final List<EventCue> cues;
        private final List<ChangeMention> changes;
        private final List<MoneyMention> money;
        private final ArticleContext context;
        private List<DateMention> dates;

        SentenceDates(String sentence, List<EventCue> cues, List<ChangeMention> changes, List<MoneyMention> money,
                      ArticleContext context) {
            this.sentence = sentence;
            this.cues = cues;
            this.changes = changes;
            this.money = money;
            this.context = context;
        }

        boolean read() {
            return dates != null;
        }

        List<DateMention> get() {
            if (dates == null) {
                boolean plans = false;
                for (EventCue c : cues) {
                    plans |= Modalities.of(sentence, c.start()) == Modality.INTENT;
                }
                dates = withoutBases(DateFinder.find(sentence, context.published, context.lastDate, plans), changes, money);
            }
            return dates;
        }
    }

    private static final EventDate[] YEARS = new EventDate[200];

    static {
        for (int y = 0; y < YEARS.length; y++) {
            YEARS[y] = EventDate.year(1900 + y);
        }
    }

    /** {@link EventDate#year} for 1900-2099 without formatting a string each time. */
    private static EventDate yearDate(int year) {
        return year >= 1900 && year < 2100 ? YEARS[year - 1900] : EventDate.year(year);
    }

    private static final Pattern OBJECT_AFTER_CUE = Pattern.compile("\\s+(?:to|from|with|into)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** Whether the cue's own "to/from/with" slot holds something that is not a country the sentence names. */
    private static boolean pointsElsewhere(EventCue cue, String s, List<Party> parties) {
        if (cue.direction() == EventCue.Direction.TEXT_ORDER || cue.direction() == EventCue.Direction.SUBJECT_IS_ACTOR2) {
            return false;
        }
        Matcher m = OBJECT_AFTER_CUE.matcher(s).region(cue.end(), s.length());
        if (!m.lookingAt()) {
            return false;
        }
        int slot = m.end();
        return parties.stream().noneMatch(p -> p.start() == slot);
    }

    private static final String[] BACK_REFERENCE_WORDS = {
            "countries", "nations", "sides", "states", "governments", "parties", "leaders", "presidents", "ministers",
            "delegations", "ilateral", "visit", "talks", "trip"};

    /** A cheap test before {@link #BACK_REFERENCE}: each of its phrases holds one of these words. */
    private static boolean mayReferBack(String s) {
        for (String w : BACK_REFERENCE_WORDS) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word ("to", "from", "visited", "imports") stands before the mention, "the" aside. */
    private static boolean mayBeTied(Party p, String s) {
        int i = p.start() - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        if (i >= 3 && s.regionMatches(true, i - 2, "the", 0, 3) && (i == 2 || s.charAt(i - 3) == ' ')) {
            i -= 3;
            while (i >= 0 && s.charAt(i) == ' ') {
                i--;
            }
        }
        return i >= 0 && Character.isLowerCase(s.charAt(i));
    }

    private static final String[] SUM_WORDS = {"mln", "million", "billion", "bln", "bn", "$", "€", "£", "¥", "dlr", "Dlr", "dollar"};

    /** A cheap test that a sentence may state a sum: a digit and a scale or currency word. */
    private static boolean mayStateASum(String s) {
        if (!hasDigit(s)) {
            return false;
        }
        for (String w : SUM_WORDS) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int distinctCountries(List<Party> parties) {
        if (parties.size() < 2) {
            return parties.size();
        }
        return (int) parties.stream().map(Party::countries).distinct().count();
    }

    private static Party secondCountry(List<Party> parties) {
        for (Party p : parties) {
            if (!p.countries().equals(parties.get(0).countries())) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern BODY_BEFORE = Pattern.compile(
            "(?:\\bIMF|\\bWorld\\s+Bank|\\bEC|\\bEEC|\\bEuropean\\s+(?:Economic\\s+)?Community|\\bParis\\s+Club|\\bGATT|\\bOPEC|"
                    + "\\bU\\.N\\.|\\bUnited\\s+Nations|Development\\s+Bank|\\bIDB|\\bEIB|European\\s+Investment\\s+Bank|\\bOECD|"
                    + "\\bEuropean\\s+Union|\\bEU)\\)?(?:'s)?\\s+(?:[a-z-]+\\s+)?$");

    /** Whether an international body stands right before the cue ("IMF loan facility", "EC's sanctions"). */
    private static boolean byInternationalBody(String s, int cueStart) {
        return BODY_BEFORE.matcher(s.substring(Math.max(0, cueStart - 40), cueStart)).find();
    }

    private static final Pattern AGREEMENT_ON = Pattern.compile(
            "\\s+(?:on|for|of|covering|concerning|about)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODIFIER_GAP = Pattern.compile("[\\s-]+(?:[\\w-]+\\s+)?", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the cue only names what an agreement is about: "agreement on investment cooperation",
     * "a trade pact", "loan agreement" (but "an agreement to reschedule Nigeria's debts" states the
     * rescheduling too).
     */
    private static boolean subjectOfAgreement(EventCue cue, List<EventCue> cues, String s) {
        for (EventCue a : cues) {
            if (a.kind() != EventKind.AGREEMENT) {
                continue;
            }
            if (cue.start() >= a.end() && AGREEMENT_ON.matcher(s.substring(a.end(), cue.start())).matches()) {
                return true;
            }
            if (cue.start() >= a.start() && cue.end() <= a.end()) {
                return true; // inside the signing phrase: "signed an investment protection agreement"
            }
            if (cue.end() <= a.start() && a.start() - cue.end() < 24
                    && MODIFIER_GAP.matcher(s.substring(cue.end(), a.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<MoneyMention> unclaimed(List<MoneyMention> money, Map<EventCue, List<MoneyMention>> sums) {
        if (sums.isEmpty()) {
            return money;
        }
        List<MoneyMention> left = new ArrayList<>(money);
        sums.values().forEach(left::removeAll);
        return left;
    }

    private static Party otherSide(Roles.Pair pair) {
        return pair.objectIsActor1() ? pair.actor2() : pair.actor1();
    }

    /**
     * Gives each sum to the cue it measures: the nearest cue before it, or one right after it ("58.6 billion
     * dlrs trade surplus", "300 mln dlr sanctions"), which wins when closer.
     */
    private static Map<EventCue, List<MoneyMention>> sumsByCue(List<EventCue> cues, List<MoneyMention> money) {
        Map<EventCue, List<MoneyMention>> sums = new HashMap<>();
        for (MoneyMention m : money) {
            EventCue best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (EventCue c : cues) {
                if (!EventCues.carriesSums(c.kind())) {
                    continue;
                }
                int distance;
                if (c.end() <= m.start()) {
                    distance = m.start() - c.end();
                } else if (c.start() >= m.end() && c.start() - m.end() <= 30) {
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

    private static final Pattern SUM_PARTNER = Pattern.compile("\\s+(?:worth\\s+)?(?:from|to|with)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The country a sum is listed under: "South Korea 7.1 billion dlrs, Hong Kong 6.4 billion", or
     * "4.5 billion dlrs ... from Japan and about 1.8 billion from the U.S.".
     */
    private static Party listItemBefore(MoneyMention m, List<Party> parties, String s) {
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

    private static boolean isListGap(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || c == ',' || c == ':' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The object and the countries listed with it: "a trade ban against South Africa and Namibia". */
    private static List<Party> coordinated(Party object, List<Party> parties, String s) {
        if (!object.inSentence()) {
            return List.of(object);
        }
        List<Party> list = new ArrayList<>();
        list.add(object);
        Party last = object;
        for (Party p : parties) {
            if (p.start() >= last.end() && Roles.COORDINATION.matcher(s.substring(last.end(), p.start())).matches()) {
                list.add(p);
                last = p;
            }
        }
        // A long enumeration is a membership ("the group, comprising Costa Rica, ..."), not partners.
        return list.size() > MAX_LISTED_PARTNERS ? List.of() : list;
    }

    private static final int MAX_LISTED_PARTNERS = 5;

    private static final java.util.regex.Pattern CURRENCY_WORD = java.util.regex.Pattern.compile(
            "\\s*(?:dlrs?|dollars?|francs?|marks?|yen|crowns?|pounds?|lire|lira|pesos?|rupees?|won|yuan|guilders?|schillings?|"
                    + "rand|riyals?|dinars?|roubles?|rubles?|kroner|kronor|\\$)\\b.*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /** A cheap test before {@link #CURRENCY_WORD}: the next word starts with a letter a currency word starts with. */
    private static boolean mayNameCurrency(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && "dDfFmMyYcCpPlLrRwWgGsSkK$".indexOf(s.charAt(i)) >= 0;
    }

    /** "U.S. dlrs", "Hong Kong dollars", "Swiss francs" name a currency, not a party. */
    private static List<Party> withoutCurrencyNames(List<Party> parties, String s) {
        List<Party> kept = null;
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            int end = Math.min(s.length(), p.end() + 12);
            boolean currency = p.end() < s.length() && mayNameCurrency(s, p.end())
                    && CURRENCY_WORD.matcher(s.substring(p.end(), end)).matches();
            if (currency && kept == null) {
                kept = new ArrayList<>(parties.subList(0, i));
            } else if (!currency && kept != null) {
                kept.add(p);
            }
        }
        return kept == null ? parties : kept;
    }

    /** The date stated closest to the cue word, else the one inherited from context. */
    private static EventDate dateNearCue(EventCue cue, List<DateMention> dates, EventDate inherited) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int distance = d.end() <= cue.start() ? cue.start() - d.end() : Math.max(0, d.start() - cue.end());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best != null ? best.date() : inherited;
    }

    private static Roles.Pair pairFor(EventCue cue, String s, List<Party> parties, Party contextOther,
                                      boolean backReference, boolean figure, ArticleContext context) {
        if (distinctCountries(parties) >= 2) {
            Roles.Pair pair = Roles.assign(cue, s, parties, null);
            if (pair == null) {
                return null;
            }
            if (pair != null && (pair.actor1() == null || pair.actor2() == null)) {
                // The only other country is listed with the object ("with South Africa and Namibia"):
                // the subject comes from the article.
                Party object = pair.object();
                Party partner = object == null ? null : context.partnerOf(object);
                return partner == null ? null : pair.objectIsActor1()
                        ? new Roles.Pair(object, partner, true, pair.marked())
                        : new Roles.Pair(partner, object, false, pair.marked());
            }
            return pair;
        }
        if (contextOther != null) {
            Roles.Pair pair = Roles.assign(cue, s, parties, contextOther);
            return pair != null ? pair : context.hasPair() && context.otherThan(parties.get(0)) != null
                    ? new Roles.Pair(context.actor1, context.actor2) : new Roles.Pair(parties.get(0), contextOther);
        }
        if (backReference && context.hasPair()) {
            return new Roles.Pair(context.actor1, context.actor2);
        }
        if (parties.isEmpty() && figure) {
            return context.eventPair; // the pair of the last event read, not merely the last two countries named
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

    /** Symmetric kinds between a visitor and its host name the visitor first, as the visit does. */
    private static List<NewsEvent> visitorsFirst(List<NewsEvent> events) {
        java.util.Set<String> visits = new java.util.HashSet<>();
        for (NewsEvent e : events) {
            if (e.kind() == EventKind.VISIT) {
                visits.add(e.actor1() + "|" + e.actor2());
            }
        }
        if (visits.isEmpty()) {
            return events;
        }
        Map<String, NewsEvent> out = new LinkedHashMap<>();
        for (NewsEvent e : events) {
            boolean symmetric = e.kind() == EventKind.MEETING; // an agreement keeps the order it was named in
            if (symmetric && visits.contains(e.actor2() + "|" + e.actor1()) && !visits.contains(e.actor1() + "|" + e.actor2())) {
                String id = NewsEvent.factId(e.kind(), e.actor2(), e.actor1(), e.date(), e.amount(), e.modality());
                e = new NewsEvent(id, e.kind(), e.cameo(), e.modality(), e.actor2(), e.actor1(), e.date(), e.amount(),
                        e.change(), e.evidence(), e.source(), e.origin());
            }
            out.putIfAbsent(e.id(), e);
        }
        return List.copyOf(out.values());
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
            return isEconomic(kind) ? yearDate(context.published.getYear()) : EventDate.day(context.published);
        }
        return context.fallbackYear == null ? null : yearDate(context.fallbackYear);
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

    /**
     * Mentions that name a state: a city or a region ("Houston", "Rotterdam", "Texas") says where
     * something happens, not which state acts (docs/annotation-guide.md, Countries).
     */
    private static List<CountryMention> statesNamed(List<CountryMention> mentions) {
        for (CountryMention m : mentions) {
            if (!m.type().namesState()) {
                return mentions.stream().filter(x -> x.type().namesState()).toList();
            }
        }
        return mentions;
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
            // Repeats stay: the second "U.S." may be the one a preposition ties to the cue.
            parties.add(new Party(codes, m.start() - sentenceStart, m.end() - sentenceStart, m.type()));
            i = j;
        }
        return parties;
    }

    /** The franc and the crown the article means: those of the first franc (crown) country it names. */
    private static MoneyFinder.LocalCurrencies currencies(List<CountryMention> mentions) {
        String francs = null;
        String crowns = null;
        for (CountryMention m : mentions) {
            if (francs == null) {
                francs = switch (m.iso3()) {
                    case "CHE" -> "CHF";
                    case "FRA" -> "FRF";
                    case "BEL" -> "BEF";
                    case "LUX" -> "LUF";
                    default -> null;
                };
            }
            if (crowns == null) {
                crowns = switch (m.iso3()) {
                    case "NOR" -> "NOK";
                    case "SWE" -> "SEK";
                    case "DNK" -> "DKK";
                    case "ISL" -> "ISK";
                    default -> null;
                };
            }
        }
        if (francs == null && crowns == null) {
            return MoneyFinder.LocalCurrencies.DEFAULT;
        }
        return new MoneyFinder.LocalCurrencies(francs == null ? MoneyFinder.LocalCurrencies.DEFAULT.francs() : francs,
                crowns == null ? MoneyFinder.LocalCurrencies.DEFAULT.crowns() : crowns);
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
