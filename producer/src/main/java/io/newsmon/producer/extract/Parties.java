package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sides a sentence names: country mentions grouped by span, without cities, regions and currency
 * names; lists of partners; whether a cue's slot holds a country. Stateless.
 */
final class Parties {

    private Parties() {
    }

    /** A currency after a country's name or adjective ("Hong Kong dlrs", "Swedish crowns"; not "the Saudi crown prince"). */
    private static final Pattern CURRENCY_WORD = Pattern.compile(
            "\\s*(?:dlrs?|dollars?|francs?|marks?|yen|crowns?(?!\\s+princ)|pounds?|lire|lira|pesos?|rupees?|won|yuan|guilders?|schillings?|"
                    + "rand|riyals?|dinars?|roubles?|rubles?|kroner|kronor)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern OBJECT_AFTER_CUE = Pattern.compile("\\s+(?:to|from|with|into)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_LISTED_PARTNERS = 8;

    private static final Pattern NUMBER_WORD = Pattern.compile("(?:one|two|three|four|five|six|seven|eight|nine|ten|zero)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words that make the country after them a yardstick or a news desk rather than a side:
     * "compared with Japan", "more than Britain", "the agency, received in London".
     */
    private static final Pattern BYSTANDER_MARKER = Pattern.compile(
            "\\b(?:compared\\s+(?:with|to)|(?:rather|more|less|faster|slower|higher|lower|larger|smaller|greater)\\s+than"
                    + "|(?:received|monitored|heard)\\s+in)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Mentions that name a state: a city or a region ("Houston", "Rotterdam", "Texas") says where
     * something happens, not which state acts (docs/annotation-guide.md, Countries).
     */
    static List<CountryMention> statesNamed(List<CountryMention> mentions) {
        for (CountryMention m : mentions) {
            if (!m.type().namesState()) {
                return mentions.stream().filter(x -> x.type().namesState()).toList();
            }
        }
        return mentions;
    }

    /**
     * Mentions that can be sides: not one inside a company's name in Reuters' brackets ("<Morgan
     * Guaranty Ltd, Hong Kong>"). (A country qualifying a thing, "U.S.-backed rebels", was tried as no
     * side too: it cost more held-out events than dev false positives it saved.)
     */
    static List<CountryMention> withoutCompanyNames(List<CountryMention> mentions, String text) {
        return without(mentions, m -> insideBrackets(text, m.start()));
    }

    /**
     * The items but those {@code drop} names, in order; the list itself when it drops none (the
     * common case: nothing is copied).
     */
    static <T> List<T> without(List<T> items, java.util.function.Predicate<? super T> drop) {
        List<T> kept = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            boolean dropped = drop.test(item);
            if (dropped && kept == null) {
                kept = new ArrayList<>(items.subList(0, i));
            } else if (!dropped && kept != null) {
                kept.add(item);
            }
        }
        return kept == null ? items : kept;
    }

    /**
     * Adds to {@code added} a mention of {@code iso3} for every use of {@code name} as a whole word from
     * {@code from} on that {@code keep} accepts (given the use's offset): a person or company named again.
     */
    static void addUses(List<CountryMention> added, String text, String name, int from, String iso3, MentionType type,
                        java.util.function.IntPredicate keep) {
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (Clues.standsAlone(text, at, end) && keep.test(at)) {
                added.add(new CountryMention(iso3, at, end, name, type));
            }
        }
    }

    /**
     * The first item of each name, in order; none of a name that items of two countries share (two
     * officials or companies both called "Nakamura" stand for neither country).
     */
    static <T> List<T> firstOfEachName(List<T> items, java.util.function.Function<T, String> name,
                                       java.util.function.Function<T, String> iso3) {
        java.util.Map<String, T> first = new java.util.LinkedHashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (T item : items) {
            T known = first.putIfAbsent(name.apply(item), item);
            if (known != null && !iso3.apply(known).equals(iso3.apply(item))) {
                shared.add(name.apply(item));
            }
        }
        List<T> kept = new ArrayList<>();
        first.forEach((n, item) -> {
            if (!shared.contains(n)) {
                kept.add(item);
            }
        });
        return kept;
    }

    /** Whether a mention overlaps {@code [start, end)}. */
    static boolean overlapsAny(List<CountryMention> mentions, int start, int end) {
        for (CountryMention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The mentions with {@code added} among them, in text order. */
    static List<CountryMention> withAdded(List<CountryMention> mentions, List<CountryMention> added) {
        if (added.isEmpty()) {
            return mentions;
        }
        List<CountryMention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(all);
    }

    /** Whether the offset is inside "<...>" on one line: Reuters marks company names so. */
    private static boolean insideBrackets(String text, int at) {
        for (int i = at - 1; i >= 0 && i > at - 80; i--) {
            char c = text.charAt(i);
            if (c == '>' || c == '\n') {
                return false;
            }
            if (c == '<') {
                int close = text.indexOf('>', at);
                int newline = text.indexOf('\n', at);
                return close > 0 && (newline < 0 || close < newline);
            }
        }
        return false;
    }

    /** The sentence's mentions as sides: one per span (a group is one side), each country set once. */
    static List<Party> parties(List<CountryMention> mentions, int sentenceStart) {
        if (mentions.isEmpty()) {
            return List.of(); // most sentences
        }
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

    /** "U.S. dlrs", "Hong Kong dollars", "Swiss francs" name a currency, not a party. */
    static List<Party> withoutCurrencyNames(List<Party> parties, String s) {
        return without(parties, p -> p.end() < s.length() && mayNameCurrency(s, p.end())
                && CURRENCY_WORD.matcher(s.substring(p.end(), Math.min(s.length(), p.end() + 12))).matches());
    }

    /** A cheap test before {@link #CURRENCY_WORD}: the next word starts with a letter a currency word starts with. */
    static boolean mayNameCurrency(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && "dDfFmMyYcCpPlLrRwWgGsSkK".indexOf(s.charAt(i)) >= 0;
    }

    /** Without the countries named only as a yardstick or as where a report was received (see {@link #BYSTANDER_MARKER}). */
    static List<Party> withoutBystanders(List<Party> parties, String s) {
        return without(parties, p -> {
            String before = p.inSentence() ? s.substring(Math.max(0, p.start() - 30), p.start()) : "";
            return (before.contains("than") || before.contains("compared") || before.contains(" in"))
                    && (BYSTANDER_MARKER.matcher(before).find() || speakerPlace(s, p, before))
                    || p.inSentence() && before.endsWith(", ") && SOURCE_OF_FIGURES.matcher(s).region(p.end(), s.length()).lookingAt();
        });
    }

    /** "..., Taiwan's official figures show": the country whose statistics report the figure, not a side of it. */
    private static final Pattern SOURCE_OF_FIGURES = Pattern.compile(
            "(?:'s|\u2019s)?\\s+(?:(?:official|latest|provisional|preliminary|government|trade|customs)\\s+){0,2}"
                    + "(?:figures|statistics|data)\\s+(?:show|showed|shows|said|say|indicate|indicated)\\b\\W*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPEAKS = Pattern.compile("^\\s+(?:said|says|announced|reported|told)\\b");

    /** "the defence ministry in Oslo said": where the speaker sits, no side of what is said. */
    private static boolean speakerPlace(String s, Party p, String before) {
        return before.endsWith(" in ") && SPEAKS.matcher(s).region(p.end(), Math.min(s.length(), p.end() + 16)).find();
    }

    /** Countries named inside a sum ("Hong Kong dlrs") are not parties. */
    static List<Party> outside(List<Party> parties, List<MoneyMention> money) {
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

    /** The object and the countries listed with it: "a trade ban against South Africa and Namibia". */
    static List<Party> coordinated(Party object, List<Party> parties, String s) {
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
        // A long enumeration is a membership ("the group, comprising Costa Rica, ..."), not partners; seven
        // partners of one accord ("reached accords with seven nations - Australia, Brazil, ...") still are.
        return list.size() > MAX_LISTED_PARTNERS ? List.of() : list;
    }

    /**
     * The countries listed right before the cue's subject, nearest first: "Germany and France invested" has
     * France as its subject and Germany listed with it. None when the subject does not precede the cue, or
     * when the list holds the object too ("the U.S. and Japan signed").
     */
    static List<Party> listedBefore(Roles.Pair pair, List<Party> parties, String s, EventCue cue) {
        Party subject = otherSide(pair);
        Party object = pair.object();
        if (!subject.inSentence() || subject.end() > cue.start()) {
            return List.of();
        }
        List<Party> list = new ArrayList<>();
        Party first = subject;
        for (int i = parties.indexOf(subject) - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.end() > first.start() || !Roles.COORDINATION.matcher(s.substring(p.end(), first.start())).matches()) {
                break;
            }
            if (p.countries().equals(object.countries()) || p.countries().equals(subject.countries())) {
                return List.of();
            }
            list.add(p);
            first = p;
        }
        if (list.isEmpty() || list.size() >= MAX_LISTED_PARTNERS || cue.start() - subject.end() > 40
                || s.substring(subject.end(), cue.start()).indexOf(',') >= 0 || !LIST_OPENS.matcher(s.substring(0, first.start())).find()) {
            return List.of();
        }
        return list;
    }

    /**
     * What may stand before a list of subjects: the sentence's or a clause's start ("In 2025, Germany and France
     * invested", "officials said Japan and Korea would"), not a preposition ("Exports to Bolivia, Chile, ...").
     */
    private static final Pattern LIST_OPENS = Pattern.compile("(?:^|[,;:]\\s*|\\b(?:said|says|that|and|while)\\s+)(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence names its countries only as one list of three or more ("for the automotive
     * industry in the U.S., Canada and Mexico"): a list names one side, never partners among its items.
     */
    static boolean onlyOneList(List<Party> parties, String s) {
        if (parties.size() < 3 || distinctCountries(parties) < 3) {
            return false;
        }
        for (int i = 1; i < parties.size(); i++) {
            Party before = parties.get(i - 1);
            Party p = parties.get(i);
            if (p.start() < before.end() || !Roles.COORDINATION.matcher(s.substring(before.end(), p.start())).matches()) {
                return false;
            }
        }
        return true;
    }

    static int distinctCountries(List<Party> parties) {
        if (parties.size() < 2) {
            return parties.size();
        }
        int distinct = 0;
        for (int i = 0; i < parties.size(); i++) {
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = parties.get(j).countries().equals(parties.get(i).countries());
            }
            if (!seen) {
                distinct++;
            }
        }
        return distinct; // a loop, not a stream: asked several times of every sentence
    }

    static Party secondCountry(List<Party> parties) {
        for (Party p : parties) {
            if (!p.countries().equals(parties.get(0).countries())) {
                return p;
            }
        }
        return null;
    }

    /** Whether every party is one of the pair's sides. */
    static boolean within(List<Party> parties, Roles.Pair pair) {
        for (Party p : parties) {
            if (!p.countries().equals(pair.actor1().countries()) && !p.countries().equals(pair.actor2().countries())) {
                return false;
            }
        }
        return true;
    }

    static Party otherSide(Roles.Pair pair) {
        return pair.objectIsActor1() ? pair.actor2() : pair.actor1();
    }

    /** Whether the cue's own "to/from/with" slot holds something that is not a country the sentence names. */
    static boolean pointsElsewhere(EventCue cue, String s, List<Party> parties) {
        if (cue.direction() == EventCue.Direction.TEXT_ORDER || cue.direction() == EventCue.Direction.SUBJECT_IS_ACTOR2) {
            return false;
        }
        Matcher m = OBJECT_AFTER_CUE.matcher(s).region(cue.end(), s.length());
        if (!m.lookingAt()) {
            return false;
        }
        int slot = m.end();
        if (slot < s.length() && (Character.isDigit(s.charAt(slot)) || s.charAt(slot) == '$'
                || NUMBER_WORD.matcher(s).region(slot, s.length()).lookingAt())) {
            return false; // "reduces the guarantee line for sales of oilseeds to 5.0 mln dlrs": a sum, not a partner
        }
        return parties.stream().noneMatch(p -> p.start() == slot);
    }

    /** Whether a lower-case word ("to", "from", "visited", "imports") stands before the mention, "the" aside. */
    static boolean mayBeTied(Party p, String s) {
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
}
