package io.newsmon.producer.extract;

import io.newsmon.model.Amount;
import io.newsmon.model.Article;
import io.newsmon.model.Change;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the events between countries that an article reports: who (ISO 3166-1 alpha-3, initiator
 * first), what (kind and CAMEO code), when (the event's own date), how much (amount and change),
 * fact or intention, and the sentence it was read from. One event per fact: repeated mentions of
 * the same fact in the article merge into one (same {@link NewsEvent#factId}).
 * <p>
 * Countries are recognised once per article ({@link CountryRecognizer}), then completed by what
 * the story's form tells: the place it was filed from and "here" ({@link Here}), officials and companies
 * named with their country ({@link People}, {@link Companies}). Each sentence is then read with the article so far as
 * context (the pair it is about, its latest date): cheap {@link Clues} decide whether a sentence can
 * hold an event at all, {@link EventCues} find the words that name events, {@link Parties},
 * {@link Roles} and {@link Bodies} tell who is who, {@link TradeVolumes} whether talk of trade
 * states a flow, {@link Sums} which sum and date go with which cue and country, {@link EventDating}
 * when it happened. {@link Presence} reads visits from where people are, {@link TableFigures} the
 * figures of tables, and {@link RelationJudge} what the relation model adds. Rules:
 * {@code docs/extraction.md}. Immutable after construction and thread-safe.
 */
public final class EventExtractor {

    static final String ORIGIN = "newsmon";

    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(?:the|both)\\s+(?:two\\s+)?(?:countries|nations|sides|states|governments|parties|leaders|presidents|"
                    + "ministers|delegations|visitors|guests)\\b|\\bbilateral\\b|\\bthe\\s+visit\\b|\\bduring\\s+(?:the|his|her)\\s+(?:visit|talks|trip)\\b",
            Pattern.CASE_INSENSITIVE);
    private final CountryRecognizer recognizer;
    private final RelationModel relations;

    /** Loads the gazetteer and the bundled {@link RelationModel} from the classpath. */
    public EventExtractor() {
        this(new CountryRecognizer(), RelationModel.bundled());
    }

    /** The rules and the given model ({@link RelationModel#none()}: the rules alone). */
    public EventExtractor(RelationModel relations) {
        this(new CountryRecognizer(), relations);
    }

    EventExtractor(CountryRecognizer recognizer) {
        this(recognizer, RelationModel.bundled());
    }

    EventExtractor(CountryRecognizer recognizer, RelationModel relations) {
        this.recognizer = recognizer;
        this.relations = relations;
    }

    /** The events of one article, one per fact, in the order the article first states them. */
    public List<NewsEvent> extract(Article article) {
        Reading reading = read(article, !relations.isEmpty());
        if (relations.isEmpty()) {
            return ArticleFacts.merged(reading.ruled());
        }
        List<NewsEvent> events = new ArrayList<>(reading.ruled());
        events.addAll(new RelationJudge(relations, reading.ruled(), reading.context(), reading.publishedYear())
                .judged(reading.sentences()));
        return ArticleFacts.merged(events);
    }

    /**
     * Every ordered pair of countries the article names in one sentence (or one country and the place
     * filed from), with the features the relation model judges: what it is trained on.
     */
    public List<RelationCandidate> relationCandidates(Article article) {
        Reading reading = read(article, true);
        return new RelationJudge(relations, reading.ruled(), reading.context(), reading.publishedYear())
                .candidates(reading.sentences());
    }

    /** What the rules made of an article, and the sentences where the model may find more. */
    private record Reading(List<NewsEvent> ruled, List<SentencePairs> sentences, ArticleContext context, int publishedYear) {
    }

    private Reading read(Article article, boolean withCandidates) {
        String text = article.text();
        LocalDate published = article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
        Integer yearWithoutPublication = published == null ? Clues.firstYearIn(text) : null;
        StoryLayout layout = StoryLayout.of(text);
        CountryRecognizer.Found all = recognizer.findAll(text, layout);
        List<CountryMention> found = all.countries();
        String filedFrom = Here.datelineCountry(found, layout);
        List<CountryMention> named = Here.resolved(Parties.statesNamed(
                Parties.withoutCompanyNames(Here.outsideDateline(found, layout), text)),
                filedFrom, text, layout.datelineEnd());
        List<People.Official> officials = People.officials(named, text);
        List<CountryMention> withPeople = Companies.withCompanies(People.withOfficials(named, officials, text),
                Companies.introduced(named, text), text);
        List<CountryMention> mentions = published == null || all.leaders().isEmpty() ? withPeople
                : Parties.withAdded(withPeople, Leaders.bundled().inOffice(all.leaders(), published.getYear(), text, withPeople));
        ArticleContext context = new ArticleContext(article.sourceRef(), published, yearWithoutPublication, MoneyFinder.LocalCurrencies.of(mentions),
                filedFrom);
        Map<String, NewsEvent> events = new LinkedHashMap<>();
        List<SentencePairs> sentences = new ArrayList<>();
        int next = 0;
        for (Sentence sentence : SentenceSplitter.split(text)) {
            if (layout.hasDateline() && sentence.start() >= layout.datelineStart() && sentence.start() < layout.datelineEnd()) {
                // "BUENOS AIRES, March 5 - Trade between ...": the dateline's date is the publication's, not the event's
                if (sentence.end() <= layout.datelineEnd()) {
                    continue;
                }
                sentence = new Sentence(text.substring(layout.datelineEnd(), sentence.end()), layout.datelineEnd(), sentence.end());
            }
            while (next < mentions.size() && mentions.get(next).start() < sentence.start()) {
                next++;
            }
            int first = next;
            while (next < mentions.size() && mentions.get(next).start() < sentence.end()) {
                next++;
            }
            List<Party> parties = Parties.parties(mentions.subList(first, next), sentence.start());
            for (NewsEvent e : readSentence(sentence, parties, context)) {
                events.putIfAbsent(e.id(), e);
            }
            // The model reads only sentences where the rules looked for cues and found some: elsewhere it found
            // little that was right, and reading every sentence that names two countries cost a third of the speed.
            if (withCandidates && context.cuesFound(sentence.text())) {
                SentencePairs pairs = SentencePairs.of(sentence, mentions.subList(first, next), filedFrom);
                if (pairs != null) {
                    sentences.add(pairs);
                }
            }
            if (!officials.isEmpty()) {
                for (NewsEvent e : Presence.presentOfficials(sentence, parties, officials, context)) {
                    events.putIfAbsent(e.id(), e);
                }
            }
        }
        for (NewsEvent e : TableFigures.events(text, mentions, published, context)) {
            events.putIfAbsent(e.id(), e);
        }
        int publishedYear = published != null ? published.getYear() : yearWithoutPublication != null ? yearWithoutPublication : 0;
        return new Reading(List.copyOf(events.values()), sentences, context, publishedYear);
    }

    private List<NewsEvent> readSentence(Sentence sentence, List<Party> parties, ArticleContext context) {
        String s = sentence.text();
        parties = Parties.withoutBystanders(Parties.withoutCurrencyNames(parties, s), s);
        if (context.here != null && parties.size() >= 2 && Here.listsAttendees(s)) {
            // "the meeting was attended by representatives from Brazil, Mexico, ...", "which will be attended by West
            // Germany, France, ... as well as the U.S.": visitors of the place the story was filed from
            List<Party> guests = Parties.without(parties, p -> p.countries().equals(context.here.countries()));
            if (Parties.distinctCountries(guests) >= 2 && !Roles.placedElsewhere(s, parties, context.here)) {
                context.countNamed(parties);
                return Presence.attendees(sentence, guests, context);
            }
        }
        // "sales to Egypt, China, Iran, the Soviet Union and Iraq" in a story about Australia's wheat: the list is the
        // partners of a flow, the other side the story's
        Party listPartner = null;
        if (Parties.onlyOneList(parties, s)) {
            listPartner = Roles.introducedByToOrFrom(s, parties.get(0)) ? context.partnerOfList(parties.get(0)) : null;
            if (listPartner == null) {
                context.countNamed(parties);
                return List.of(); // "in the U.S., Canada and Mexico": one side named, no pair
            }
        }
        int countries = listPartner != null ? 1 : Parties.distinctCountries(parties);
        Party contextOther = listPartner != null ? listPartner : countries == 1 ? context.partnerOf(parties.get(0)) : null;
        boolean hereIsSubject = false;
        // A sentence that names one other country may tie it to the place filed from ("DALLAS - RepublicBank Corp said
        // it placed 182.6 mln dlrs of loans to Brazil on non-accrual"): that pair and kind alone are read from it.
        Roles.Pair withHere = null;
        EventKind hereKind = null;
        if (countries == 1 && context.here != null && !parties.get(0).countries().equals(context.here.countries())
                && (Here.balanceWithoutHolder(s) || contextOther == null && Here.flowWithoutSide(s))) {
            // "WASHINGTON - The trade deficit with Japan rose to 54.6 billion dlrs", "NEW DELHI - Total trade with the
            // Soviet Union is estimated at 3.04 billion dlrs": the balance or trade of the place filed from
            contextOther = context.here;
            hereIsSubject = true;
        } else if (countries == 1 && context.here != null && contextOther == null
                && !parties.get(0).countries().equals(context.here.countries())) {
            Here.Tie tie = Here.tieWith(s, parties.get(0));
            if (tie != null) {
                withHere = tie.hereFirst() ? new Roles.Pair(context.here, parties.get(0), false, true)
                        : new Roles.Pair(parties.get(0), context.here, false, true);
                hereKind = tie.kind();
                contextOther = context.here;
            }
        }
        if (contextOther != null && Bodies.named(s)) {
            contextOther = null;
        }
        // Only a sentence that names no pair of its own may need to refer back to one.
        boolean refersBack = context.hasPair() && countries < 2 && Clues.mayReferBack(s) && BACK_REFERENCE.matcher(s).find();
        boolean backReference = refersBack && contextOther == null;
        // "He said trade last year totalled 1.3 billion dlrs": a figure with no country continues the pair.
        boolean figure = parties.isEmpty() && !backReference && (context.eventPair != null || context.guaranteePair != null)
                && Clues.mayStateASum(s);
        // One country with a partner from context yields an event only if something ties it to a cue
        // (a preposition, a verb: always a lower-case word before it), a back reference or a sum.
        boolean tied = contextOther != null && (refersBack || Clues.mayStateASum(s) || parties.stream().anyMatch(p -> Parties.mayBeTied(p, s)));
        // "LA PAZ - The West German president arrives today for a visit": one traveller, and the place filed from hosts him.
        boolean hostedHere = contextOther == null && countries == 1 && context.here != null
                && !parties.get(0).countries().equals(context.here.countries()) && Clues.mayNameATrip(s);
        boolean candidate = countries >= 2 || tied || (parties.isEmpty() && backReference) || figure || hostedHere;
        List<EventCue> cues = candidate ? context.cuesOf(s) : List.of();
        String carriedCurrency = null;
        if (cues.isEmpty() && figure && context.eventCue != null) {
            // "This compared with 4.86 billion marks in January 1986", "It widened to 3.61 billion in the first quarter":
            // the same flow, another figure, in the same currency when the sentence names none
            EventCue comparison = Clues.comparison(s, context.eventCue);
            cues = comparison == null ? cues : List.of(comparison);
            carriedCurrency = comparison == null ? null : context.eventCurrency;
        }
        if (cues.isEmpty()) {
            // Nothing to read here; keep what the sentence tells later ones: its pair and its last year.
            if (countries >= 2) {
                context.actor1 = parties.get(0);
                context.actor2 = Parties.secondCountry(parties);
            }
            int year = Clues.lastYearIn(s);
            if (year > 0) {
                context.lastDate = EventDating.yearDate(year);
            }
            context.countNamed(parties);
            if (countries > 0) {
                context.eventPair = null; // other countries: the figures that follow are not the last pair's
                context.keepGuaranteeWithin(parties);
            }
            return List.of();
        }
        boolean measured = cues.stream().anyMatch(c -> EventCues.carriesSums(c.kind()) || c.kind() == EventKind.AGREEMENT);
        List<MoneyMention> money = measured ? MoneyFinder.amounts(s, context.currencies, carriedCurrency) : List.of();
        List<ChangeMention> changes = money.isEmpty() ? List.of() : MoneyFinder.changes(s);
        parties = Parties.outside(parties, money);
        countries = listPartner != null ? Math.min(1, parties.size()) : Parties.distinctCountries(parties); // a list is one side
        // Dates are read only once an event needs one: many sentences with a cue yield none.
        SentenceDates dates = new SentenceDates(s, cues, changes, money, context);
        Map<EventCue, List<MoneyMention>> sums = Sums.sumsByCue(s, cues, money);
        boolean signing = cues.stream().anyMatch(c -> c.kind() == EventKind.AGREEMENT);
        boolean banning = cues.stream().anyMatch(c -> c.kind() == EventKind.SANCTION);
        boolean fromContext = countries < 2;
        EventDate inherited = fromContext ? context.lastDate : null;
        List<NewsEvent> events = new ArrayList<>();
        java.util.EnumSet<EventKind> read = java.util.EnumSet.noneOf(EventKind.class);
        Roles.Pair lastPair = null;
        EventCue lastMeasured = null;
        for (EventCue cue : cues) {
            List<MoneyMention> own = sums.getOrDefault(cue, List.of());
            if (own.isEmpty() && read.contains(cue.kind())) {
                continue; // one event per kind for what the sentence states without a sum
            }
            EventCue receipt = own.isEmpty() ? null : receiptBefore(cue, cues, sums);
            if (own.isEmpty() && receiptOfLaterSum(cue, cues, sums)) {
                continue; // "will receive five patrol vessels under a $400 million loan from Japan": the loan's cue states it
            }
            if (own.isEmpty() && signing && EventCues.isEconomic(cue.kind()) && subjectOfAgreement(cue, cues, s)) {
                continue; // "signed an agreement on investment cooperation": the agreement is the event
            }
            if (own.isEmpty() && cue.kind() == EventKind.TRADE && !TradeVolumes.stated(s, cue.start(), cue.end())) {
                continue; // "a trade war with Japan", "increased trade between the two countries": no flow stated
            }
            if (own.isEmpty() && cue.kind() == EventKind.TRADE && (banning || banBefore(s, cue.start()))) {
                continue; // "a ban on oil shipments to South Africa": the trade is what the sanction stops
            }
            if (Bodies.actBefore(s, cue.start())) {
                continue; // "an IMF loan", "EC sanctions", "the World Bank's credit": a body acts, not a state
            }
            if (Bodies.commercialTalks(s, cue.kind())) {
                continue; // "KLM said it is negotiating for a minority stake in a British courier service"
            }
            if (Bodies.talksWithBanks(s, cue.kind())) {
                continue; // "financing talks here between the Argentine government and its bank advisory committee"
            }
            if (Bodies.manySided(s, cue.kind())) {
                continue; // "the talks among the six major industrialised nations", "an agreement by industrial countries"
            }
            if (Modalities.isHypothetical(s, cue.start())) {
                continue; // "even if all obstacles were removed", "will not be tied to purchases": no event
            }
            if (figure && own.isEmpty()) {
                continue; // without a country of its own, only a sum ties the sentence to the pair
            }
            if (countries <= 1 && withHere == null && Parties.pointsElsewhere(cue, s, parties)) {
                continue; // "exports to Western industrialised countries", "surplus with Europe": not the pair
            }
            Roles.Pair pair;
            if (hostedHere && !tied) {
                if (cue.kind() != EventKind.VISIT) {
                    continue; // the dateline places a visit, nothing else
                }
                pair = Roles.assign(cue, s, parties, context.here);
                if (pair == null) {
                    continue;
                }
                pair = pair.tied();
            } else if (withHere != null) {
                if (cue.kind() != hereKind) {
                    continue;
                }
                pair = withHere;
            } else if (hereIsSubject && cue.direction() == EventCue.Direction.TEXT_ORDER) {
                pair = new Roles.Pair(context.here, parties.get(0), false, true); // "[our] total trade with the Soviet Union"
            } else if (figure && context.guaranteePair != null && EventCues.isCreditGuarantee(s, cue)) {
                pair = context.guaranteePair; // "The guarantee line for sales of corn has been reduced from 78.0 mln dlrs to 57.0 mln"
            } else {
                // a list's first item stands for the list: Parties.coordinated adds the others below
                pair = pairFor(cue, s, listPartner != null && !parties.isEmpty() ? List.of(parties.get(0)) : parties, contextOther,
                        backReference, figure, context);
            }
            if (pair == null) {
                continue;
            }
            if (cue.kind() == EventKind.AID && Roles.borrowedIn(s, cue, pair.object())) {
                pair = new Roles.Pair(pair.actor2(), pair.actor1(), true, pair.marked()); // "seeking loans in Japan": Japan lends
            }
            if (pair.actor1().start() >= cue.end() && Bodies.actorBefore(s, cue.start(), parties)) {
                continue; // "The World Bank approved a $500 million loan to Kenya, while Britain pledged ...": the bank lends
            }
            if (cue.kind() == EventKind.VISIT && !pair.objectIsActor1() && pair.actor1().start() >= cue.end()) {
                // "Baldrige will also stop in Hong Kong to meet British officials": the traveller is the
                // article's subject, not whoever he meets there.
                Party traveller = context.subjectOtherThan(pair.actor2());
                if (traveller != null) {
                    pair = new Roles.Pair(traveller, pair.actor2(), false, pair.marked());
                }
            }
            if (own.isEmpty() && EventCues.carriesSums(cue.kind()) && !pair.marked()
                    && cue.direction() != EventCue.Direction.TEXT_ORDER) {
                continue; // "a major exporter", "curbs on its exports", "the embargoes taught the USSR": no partner tied
            }
            if (cue.kind() == EventKind.VISIT && !pair.marked() && context.here != null
                    && pair.actor2().countries().equals(context.here.countries())) {
                // "Huh, who will attend the talks with other Seoul officials", filed from Washington: the host is where it was filed
                pair = pair.tied();
            }
            if (own.isEmpty() && countries == 1 && !pair.marked() && !refersBack) {
                continue; // one country and a partner from earlier sentences: only a preposition ties them
            }
            if (cue.direction() == EventCue.Direction.TEXT_ORDER && !pair.marked()) {
                pair = consistentOrder(pair, context);
            }
            read.add(cue.kind());
            lastPair = pair;
            if (EventCues.isCreditGuarantee(s, cue)) {
                context.guaranteePair = new Roles.Pair(pair.actor1(), pair.actor2());
            }
            lastMeasured = own.isEmpty() ? lastMeasured : cue;
            // the receiving verb says whether the sum is intended ("will receive ... under a loan")
            Modality modality = dates.modalityOf(receipt != null ? receipt : cue);
            List<Party> listedSubjects = Parties.listedBefore(pair, parties, s, cue);
            if (!own.isEmpty()) {
                for (MoneyMention m : own) {
                    if (Bodies.givesSum(s, m.end())) {
                        continue; // "Egypt received a $1.2 billion loan from the IMF and $500 million from the UAE": the IMF's
                    }
                    int next = money.indexOf(m) + 1;
                    while (next < money.size() && converted(s, money.get(next - 1), money.get(next))) {
                        next++; // "6.2 billion sterling (9.8 billion dlrs) last year": the conversion shares the date
                    }
                    int until = next < money.size() ? money.get(next).start() : s.length();
                    EventDate stated = Sums.dateNear(m, until, dates.get(), inherited);
                    if (stated == null && Clues.namesADecade(s)) {
                        continue; // "during the early 1980s": dated, but not to a year the guide can file
                    }
                    EventDate date = EventDating.orDefault(stated, cue.kind(), context);
                    if (date == null) {
                        continue;
                    }
                    Party item = Sums.listItemBefore(m, parties, s);
                    Roles.Pair itemPair = item != null && !item.countries().equals(pair.object().countries())
                            && !item.countries().equals(Parties.otherSide(pair).countries()) ? pair.withObject(item) : pair;
                    Change change = Sums.changeAfter(m, until, changes, date);
                    ArticleFacts.add(events, cue, itemPair, EventDating.modalityFor(modality, date, context), date, m.amount(), change, sentence, context);
                    for (Party subject : listedSubjects) {
                        // "Germany and France invested a combined 4 billion euros": the sum is the list's, read once
                        ArticleFacts.add(events, cue, itemPair.withSubject(subject), EventDating.modalityFor(modality, date, context), date,
                                null, null, sentence, context);
                    }
                    if (own.size() == 1 && item == null && cue.kind() == EventKind.AID && parties.contains(pair.object())
                            && Roles.introducedByToOrFrom(s, pair.object())) {
                        // "to receive a total of 1.25 billion dlrs annually from Algeria, Iraq, Kuwait ...", "6.4 billion dlrs of
                        // loans to Argentina, Brazil, Mexico and Venezuela": each listed country gives or gets; the one sum is the
                        // whole list's, so the others carry none
                        for (Party object : Parties.coordinated(pair.object(), parties, s)) {
                            if (object != pair.object()) {
                                ArticleFacts.add(events, cue, pair.withObject(object), EventDating.modalityFor(modality, date, context), date, null,
                                        null, sentence, context);
                            }
                        }
                    }
                }
            } else {
                // A year carried over from figures does not date a visit or a signing; a day or month does.
                EventDate carried = inherited != null && inherited.precision() == EventDate.Precision.YEAR && !EventCues.isEconomic(cue.kind())
                        ? null : inherited;
                EventDate stated = EventDating.dateNearCue(cue, s, dates.get(), carried, cues);
                if (stated == null && Clues.namesADecade(s)) {
                    continue; // "Norwegian tankers supplied South Africa during the early 1980s": not this year
                }
                EventDate date = EventDating.orDefault(stated, cue.kind(), context);
                if (date == null) {
                    continue;
                }
                Amount amount = cue.kind() == EventKind.AGREEMENT ? Sums.statedWorth(s, Sums.unclaimed(money, sums)) : null;
                List<Party> objects = Parties.coordinated(pair.object(), parties, s);
                if (cue.kind() == EventKind.MEETING && objects.size() >= 4 && s.contains("summit")) {
                    continue; // "Reagan will meet the leaders of Britain, France, West Germany, ... at the economic summit": many-sided
                }
                if (cue.kind() == EventKind.MEETING && objects.size() == 1 && listedSubjects.isEmpty() && parties.contains(pair.actor2())
                        && Roles.heldAtHost(cue, s, pair)) {
                    // "met in Seoul": the guest travelled to the host's capital
                    EventCue trip = new EventCue(EventKind.VISIT, EventKind.VISIT.defaultCameo(), EventCue.Direction.TO_IS_ACTOR2,
                            cue.start(), cue.end());
                    ArticleFacts.add(events, trip, pair, EventDating.modalityFor(modality, date, context), date, null, null, sentence, context);
                }
                for (Party object : objects) {
                    ArticleFacts.add(events, cue, pair.withObject(object), EventDating.modalityFor(modality, date, context), date, amount, null,
                            sentence, context);
                    for (Party subject : listedSubjects) {
                        ArticleFacts.add(events, cue, pair.withObject(object).withSubject(subject),
                                EventDating.modalityFor(modality, date, context), date, amount, null, sentence, context);
                    }
                }
            }
        }
        context.countNamed(parties);
        context.keepGuaranteeWithin(parties);
        // A figure continues the pair of the sentence right before it, never a chain of figures:
        // "imports rose 30.6 billion dlrs" three sentences on is the country's total, not the pair's.
        // A pair with the place filed from ("loans to Brazil" of a Dallas bank) is this sentence's alone: later
        // sentences about the bank's own figures are no loans to Brazil.
        context.eventPair = !figure && lastPair != null && !events.isEmpty() && withHere == null
                ? new Roles.Pair(lastPair.actor1(), lastPair.actor2()) : null;
        context.eventCue = context.eventPair == null ? null : lastMeasured;
        context.eventCurrency = null;
        if (context.eventCue != null) {
            for (NewsEvent e : events) {
                if (e.amount() != null) {
                    context.eventCurrency = e.amount().currency(); // the last sum's
                }
            }
        }
        if (withHere == null) {
            if (lastPair != null) {
                context.actor1 = lastPair.actor1();
                context.actor2 = lastPair.actor2();
            } else if (countries >= 2) {
                context.actor1 = parties.get(0);
                context.actor2 = Parties.secondCountry(parties);
            }
            for (NewsEvent e : events) {
                context.count(e.actor1());
                context.count(e.actor2());
            }
        }
        if (!events.isEmpty()) {
            context.lastDate = events.get(events.size() - 1).date();
        }
        if (dates.read()) {
            EventDating.updateAnchor(dates.get(), context);
        } else if (events.isEmpty()) {
            int year = Clues.lastYearIn(s);
            if (year > 0) {
                context.lastDate = EventDating.yearDate(year);
            }
        }
        return events;
    }




    /** How far a receiving verb may stand before the loan or aid it receives. */
    private static final int RECEIPT_REACH = 60;

    /**
     * Whether {@code cue} is a recipient's verb ("will receive", "borrow") whose aid a later cue names with a sum
     * ("... under a $400 million loan from Japan"): one fact, which the sum's cue states.
     */
    private static boolean receiptOfLaterSum(EventCue cue, List<EventCue> cues, Map<EventCue, List<MoneyMention>> sums) {
        if (cue.kind() != EventKind.AID || cue.direction() != EventCue.Direction.SUBJECT_IS_ACTOR2) {
            return false;
        }
        for (EventCue c : cues) {
            if (c.kind() == EventKind.AID && c.start() > cue.end() && c.start() - cue.end() <= RECEIPT_REACH
                    && !sums.getOrDefault(c, List.of()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The sumless receiving verb whose aid {@code cue} states with a sum (see {@link #receiptOfLaterSum}), or null. */
    private static EventCue receiptBefore(EventCue cue, List<EventCue> cues, Map<EventCue, List<MoneyMention>> sums) {
        if (cue.kind() != EventKind.AID) {
            return null; // a receipt is aid's: a trade or investment sum after it takes its own modality
        }
        for (EventCue c : cues) {
            if (c != cue && sums.getOrDefault(c, List.of()).isEmpty() && c.end() < cue.start() && receiptOfLaterSum(c, cues, sums)) {
                return c;
            }
        }
        return null;
    }

    private static final Pattern BAN_ON = Pattern.compile("\\b(?:ban|embargo|moratorium)\\s+on\\s+(?:[\\w-]+\\s+){0,3}$");

    /** "lifted its ban on Chinese steel imports": the trade a ban stops (or lifting it lets go) is no flow. */
    private static boolean banBefore(String s, int cueStart) {
        return s.contains(" on ") && BAN_ON.matcher(s.substring(Math.max(0, cueStart - 50), cueStart)).find();
    }

    /** Whether {@code b} restates {@code a} in another currency, in brackets right after it. */
    private static boolean converted(String s, MoneyMention a, MoneyMention b) {
        if (b.start() < a.end()) {
            return false;
        }
        String between = s.substring(a.end(), b.start()).strip();
        return between.equals("(") || between.equals("(or") || between.equals("(about");
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



    private static Roles.Pair pairFor(EventCue cue, String s, List<Party> parties, Party contextOther,
                                      boolean backReference, boolean figure, ArticleContext context) {
        if (Parties.distinctCountries(parties) >= 2) {
            Roles.Pair pair = Roles.assign(cue, s, parties, null);
            if (pair == null) {
                return null;
            }
            if (pair != null && (pair.actor1() == null || pair.actor2() == null)) {
                // The only other country is listed with the object ("with South Africa and Namibia"):
                // the subject comes from the article.
                Party object = pair.object();
                Party partner = object == null ? null : context.partnerOfList(object);
                if (partner == null && object != null && cue.kind() == EventKind.VISIT && context.here != null
                        && !object.countries().equals(context.here.countries())) {
                    // "CARACAS - Azpurua said he will visit Japan to seek new credits for Venezuela's industry": a traveller
                    // named by no country of his own leaves from where the story was filed
                    partner = context.here;
                }
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








}
