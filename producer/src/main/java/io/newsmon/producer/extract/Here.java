package io.newsmon.producer.extract;

import io.newsmon.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline's place as a side of the story. "TOKYO, March 3 - ... the visitors arrived here
 * yesterday": the dateline says where the story was filed, which is not an actor of its lead
 * sentence, but "here" in the body names that place, the host of whatever happens "here".
 */
final class Here {

    /**
     * "officials here said", "analysts here": people of the place speaking about it, not an event
     * there. Such a "here" is no side.
     */
    private static final Pattern LOCALS_BEFORE = Pattern.compile(
            "\\b(?:officials?|diplomats?|analysts?|sources?|observers?|reporters?|dealers?|traders?|bankers?|economists?|"
                    + "newspapers?|press|experts?|circles|residents|businessmen|spokesm[ae]n|correspondents?|quarters|"
                    + "markets?|exchange|brokers?|industry)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** "the meeting was attended by representatives from Brazil, Mexico ...": the place filed from hosts them. */
    private static final Pattern ATTENDEES = Pattern.compile(
            "\\b(?:attended\\s+by|(?:representatives|delegations?|delegates|ministers|officials|participants)\\s+(?:of|from)|"
                    + "confirmed\\s+their\\s+(?:presence|participation|attendance))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A flow whose own side the sentence leaves unnamed: "Total trade with the Soviet Union", "Exports to Japan rose". */
    private static final Pattern FLOW_WITHOUT_SIDE = Pattern.compile(
            "^(?:\\W*(?:the|total|its|our|bilateral|two-way)\\s+)*(?:trade|exports?|imports?|shipments?|sales)\\s+(?:with|to|from)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A balance whose holder the sentence leaves unnamed: "The trade deficit with Japan rose to 54.6 billion dlrs". */
    private static final Pattern BALANCE_WITHOUT_HOLDER = Pattern.compile(
            "\\b(?:the|its|our)\\s+(?:\\w+\\s+){0,2}?(?:deficits?|surplus(?:es)?|shortfall)\\s+with\\b", Pattern.CASE_INSENSITIVE);

    /** Speaking at the place filed from: "told a news conference here", "said here", "in a speech ... here". */
    private static final Pattern SPEAKS_HERE = Pattern.compile(
            "\\b(?:told|said|says|speaking|spoke|speech|address(?:ed|ing)?|(?:news|press)\\s+conference|interview)\\b"
                    + "(?:(?!\\b(?:aired|broadcast|televised|published|quoted)\\b)[^.;\"]){0,80}?\\bhere\\b");

    private Here() {
    }

    /** Where the sentence has someone speak at the place filed from (from the speaking word to "here"), or null. */
    static java.util.regex.MatchResult speakingHere(String s) {
        if (!s.contains("here")) {
            return null;
        }
        java.util.regex.Matcher m = SPEAKS_HERE.matcher(s);
        return m.find() ? m.toMatchResult() : null;
    }

    /** "was in London", "is currently in Tokyo": someone is at a place the sentence names right after. */
    private static final Pattern PRESENT_IN = Pattern.compile(
            "\\b(?:is|was|are|were|been)\\s+(?:currently\\s+|now\\s+|already\\s+|still\\s+|also\\s+)?in\\s+(?:the\\s+)?$");

    /** "met Soviet leader Mikhail Gorbachev in Moscow": whoever met someone there was there. */
    private static final Pattern MET_IN = Pattern.compile(
            "\\b(?:met|meets|held\\s+talks|talked|conferred)\\b[^.;,]{0,70}?\\bin\\s+(?:the\\s+)?$");

    /** Where the sentence places someone in a named place ("was in London"), up to the place, or null. */
    static java.util.regex.MatchResult presentIn(String s, List<Party> parties) {
        for (Party p : parties) {
            // "in " right before the place first: most places are not after "is in"
            int in = p.start() >= 7 && s.startsWith("the ", p.start() - 4) ? p.start() - 7 : p.start() - 3;
            if (in < 0 || !s.startsWith("in ", in)) {
                continue;
            }
            java.util.regex.Matcher m = PRESENT_IN.matcher(s).region(Math.max(0, in - 24), p.start());
            if (m.find()) {
                return m.toMatchResult();
            }
            m = MET_IN.matcher(s).region(Math.max(0, in - 80), p.start());
            if (m.find()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /** The party that starts at {@code offset} of the sentence, or null. */
    static Party placeAt(List<Party> parties, int offset) {
        for (Party p : parties) {
            if (p.start() == offset) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern SUBJECT_GAP = Pattern.compile("^\\s*(?:,\\s*who\\s*)?$");

    /** Whether {@code name} stands right before {@code verb} as its subject: "Mousavi is", "Funaro, who is". */
    static boolean isSubjectOf(String s, String name, int verb) {
        int at = s.lastIndexOf(name, verb - name.length());
        return at >= 0 && SUBJECT_GAP.matcher(s.substring(at + name.length(), verb)).matches();
    }

    /** Whether the sentence's subject is "He". */
    static boolean startsWithHe(String s) {
        return s.startsWith("He ");
    }

    /** The official whose name the sentence uses last before {@code end}, or null. */
    static People.Official lastNamed(String s, int end, List<People.Official> officials) {
        People.Official last = null;
        int lastAt = -1;
        for (People.Official o : officials) {
            int at = s.lastIndexOf(o.name(), end - o.name().length());
            if (at > lastAt && Clues.standsAlone(s, at, at + o.name().length())) {
                last = o;
                lastAt = at;
            }
        }
        return last;
    }

    /** Whether the sentence lists the attendees of a meeting ("attended by representatives from ..."). */
    static boolean listsAttendees(String s) {
        // each word without its first letter: the pattern ignores case
        return (s.contains("ttended") || s.contains("epresentatives") || s.contains("elegat") || s.contains("inisters")
                || s.contains("fficials") || s.contains("articipants") || s.contains("onfirmed"))
                && ATTENDEES.matcher(s).find();
    }

    /** Whether the sentence states a flow without its own side, which is then the filing country's. */
    static boolean flowWithoutSide(String s) {
        return FLOW_WITHOUT_SIDE.matcher(s).find();
    }

    /**
     * How a sentence ties the one other country it names to the place filed from.
     *
     * @param kind      the only kind of event the sentence then yields
     * @param hereFirst whether the place filed from is actor1 (the lender, investor, signer) rather than actor2
     */
    record Tie(EventKind kind, boolean hereFirst) {
    }

    /**
     * The tie of the country {@code other} names to the place filed from, or null:
     * <ul>
     * <li>a joint venture formed with a partner of {@code other} and placed nowhere: the partner invests here;</li>
     * <li>a bank or company of the sentence holds loans to {@code other}: it lends from here;</li>
     * <li>a company says it builds, sets up or opens something in {@code other}, or buys a company based there;</li>
     * <li>someone signs an agreement with the government of {@code other}.</li>
     * </ul>
     */
    static Tie tieWith(String s, Party other) {
        if (ventureWithPartner(s, other)) {
            return new Tie(EventKind.INVESTMENT, false);
        }
        if (lendsTo(s, other)) {
            return new Tie(EventKind.AID, true);
        }
        if (investsIn(s, other)) {
            return new Tie(EventKind.INVESTMENT, true);
        }
        return signsWithGovernment(s, other) ? new Tie(EventKind.AGREEMENT, true) : null;
    }

    /** A venture formed with a partner named right after, with no place of its own ("a joint venture company with"). */
    private static final Pattern VENTURE_WITH = Pattern.compile(
            "\\b(?:form|forms|formed|forming|set\\s+up|sets\\s+up|setting\\s+up|establish|established|establishing|create|created)\\s+"
                    + "(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?joint[-\\s]venture(?:\\s+company)?\\s+with\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VENTURE_PLACED = Pattern.compile("\\bventure\\s+(?:company\\s+)?(?:in|at|near|based)\\b|\\b(?:based|located)\\s+in\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence forms a joint venture with the foreign {@code partner} and places it nowhere: the
     * venture is then where the story was filed.
     */
    private static boolean ventureWithPartner(String s, Party partner) {
        int at = partner.start();
        if (!s.contains("venture") || at > s.length()) {
            return false;
        }
        // The partner's country follows its company's name within a few words ("with Bridgestone Corp of Tokyo").
        int from = Math.max(0, at - 60);
        String before = s.substring(from, at);
        int with = before.lastIndexOf(" with ");
        return with >= 0 && VENTURE_WITH.matcher(before.substring(0, with + 6)).find()
                && !VENTURE_PLACED.matcher(s).find();
    }

    private static final Pattern LOANS_TO = Pattern.compile("\\b(?:loans?|lending|credits?|exposure)\\s+to\\s+(?:the\\s+)?$");
    /** A bank or company as the subject, before the loans: "RepublicBank Corp said", "Marine Midland Banks Inc". */
    private static final Pattern LENDER = Pattern.compile("\\b(?:\\w*Bank\\w*|\\w*Bancorp|Banking|Corp|Inc|Co|Ltd|Plc|PLC|AG|SA|NV)\\b\\.?[^.;]{0,40}?"
            + "\\b(?:said|says|has|had|have|will|would|may|might|is|was|placed|reclassif\\w*|wrote|put)\\b");

    /**
     * Whether a bank or company of the sentence lends to the {@code borrower} ("RepublicBank Corp said it has placed
     * 182.6 mln dlrs of loans to Brazil on a non-accrual basis"): the lender is of the place filed from.
     */
    private static boolean lendsTo(String s, Party borrower) {
        int at = borrower.start();
        if (at > s.length() || !s.contains(" to ") || !LOANS_TO.matcher(s.substring(Math.max(0, at - 30), at)).find()) {
            return false;
        }
        Matcher lender = LENDER.matcher(s).region(0, at);
        return lender.find();
    }

    /**
     * The signing partner is the state: "with the French government", "with the Soviet Union's central bank", or the
     * country itself, where the clause ends or says what was signed ("signed two letters of intent with the Soviet Union
     * covering ...").
     */
    private static final Pattern WITH_GOVERNMENT = Pattern.compile(
            "^(?:'s)?\\s+(?:government|authorities|state|ministry|central\\s+bank|[A-Z][a-z]+\\s+[Mm]inistry)\\b|^\\s*(?:[.;]|,\\s|$)|^\\s+(?:covering|on|for|to|under|worth|valued)\\b");
    private static final Pattern SIGNED_WITH = Pattern.compile(
            "\\b(?:signed|reached|concluded|initialled|initialed)\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+)?(?:[\\w-]+\\s+){0,3}?"
                    + "(?:agreements?|accords?|contracts?|memorand(?:um|a)|protocols?|letters?\\s+of\\s+intent)\\s+with\\s+(?:the\\s+)?$");

    /**
     * Whether someone of the place filed from signs with the government of the country {@code p} names ("Walt
     * Disney Co said it has signed a definitive agreement with the French government"): an agreement of the two.
     */
    private static boolean signsWithGovernment(String s, Party p) {
        int at = p.start();
        return at <= s.length() && p.end() <= s.length() && s.contains(" with ")
                && WITH_GOVERNMENT.matcher(s).region(p.end(), s.length()).lookingAt()
                && SIGNED_WITH.matcher(s.substring(Math.max(0, at - 80), at)).find();
    }

    /** A company as the subject before the place invested in: "SmithKline Beckman Corp said it", "Sandoz AG said it". */
    private static final Pattern COMPANY_SUBJECT = Pattern.compile(
            "\\b(?:Inc|Corp|Corporation|Co|Cos|Ltd|Plc|PLC|AG|SA|NV|Group|Industries)\\b\\.?[^.;]{0,60}?\\bsaid\\s+it\\b");
    private static final Pattern IN_PLACE = Pattern.compile("\\bin\\s+(?:the\\s+)?(?:[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?,\\s+)?$");
    private static final Pattern BASED = Pattern.compile("^-?\\s?based\\b");

    /**
     * Whether a company of the place filed from invests in the country {@code p} names: the place a plant or venture
     * is in ("SmithKline Beckman Corp said it opened a plant in Tianjin, China", "Sandoz AG said it planned a joint
     * venture ... in the Soviet Union"), or the home of a company bought ("to acquire <Woodhead-Faulkner>, a
     * British-based publisher").
     */
    private static boolean investsIn(String s, Party p) {
        int at = p.start();
        if (at > s.length() || p.end() > s.length() || !s.contains(" said it ")) {
            return false;
        }
        boolean host = IN_PLACE.matcher(s.substring(Math.max(0, at - 40), at)).find()
                || p.type() == MentionType.DEMONYM && BASED.matcher(s.substring(p.end())).find();
        return host && COMPANY_SUBJECT.matcher(s).region(0, at).find();
    }

    /** Whether the sentence states a balance without its holder, which is then the filing country. */
    static boolean balanceWithoutHolder(String s) {
        return (s.contains("deficit") || s.contains("surplus") || s.contains("shortfall"))
                && BALANCE_WITHOUT_HOLDER.matcher(s).find();
    }

    /** Mentions outside the dateline: the place a story was filed from is not one of its sides. */
    static List<CountryMention> outsideDateline(List<CountryMention> mentions, StoryLayout layout) {
        if (!layout.hasDateline()) {
            return mentions;
        }
        return Parties.without(mentions, m -> layout.inDateline(m.start()));
    }

    /** The country the story was filed from, or null when it has no dateline naming one. */
    static String datelineCountry(List<CountryMention> mentions, StoryLayout layout) {
        if (!layout.hasDateline()) {
            return null;
        }
        String country = null;
        for (CountryMention m : mentions) {
            if (layout.inDateline(m.start())) {
                if (country != null && !country.equals(m.iso3())) {
                    return null; // an ambiguous place ("GEORGETOWN") places nothing
                }
                country = m.iso3();
            }
        }
        return country;
    }

    /** The mentions with every "here" after the dateline that names the place added as a mention of {@code country}. */
    static List<CountryMention> resolved(List<CountryMention> mentions, String country, String text, int bodyStart) {
        if (country == null) {
            return mentions;
        }
        List<CountryMention> heres = new ArrayList<>();
        // indexOf, not a regex: this runs over every article with a dateline
        for (int at = text.indexOf("here", bodyStart); at >= 0; at = text.indexOf("here", at + 4)) {
            if (Clues.standsAlone(text, at, at + 4) && !LOCALS_BEFORE.matcher(text.substring(Math.max(bodyStart, at - 40), at)).find()) {
                heres.add(new CountryMention(country, at, at + 4, "here", MentionType.HERE));
            }
        }
        return Parties.withAdded(mentions, heres);
    }
}
