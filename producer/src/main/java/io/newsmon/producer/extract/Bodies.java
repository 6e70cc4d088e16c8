package io.newsmon.producer.extract;

import io.newsmon.model.EventKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International bodies and many-sided groups, which are no side of an event between two states
 * (docs/annotation-guide.md): "an IMF loan", "an agreement between Nigeria and the Paris Club",
 * "the talks among the six major industrialised nations". Each test runs a cheap word test
 * before its pattern: they are asked of most sentences. Stateless.
 */
final class Bodies {

    private Bodies() {
    }

    private static final String BODY_NAMES = "(?:IMF|International\\s+Monetary\\s+Fund|World\\s+Bank|EC|EEC|European\\s+(?:Economic\\s+)?Community|"
            + "European\\s+Union|EU|Paris\\s+Club|London\\s+Club|GATT|OPEC|OECD|U\\.N\\.|United\\s+Nations|"
            + "[A-Z][a-z]+\\s+Development\\s+Bank|European\\s+Investment\\s+Bank|(?:commercial|creditor)\\s+banks|"
            + "(?:bank\\s+)?(?:advisory|steering)\\s+committee)";
    private static final Pattern BODY = Pattern.compile("\\b" + BODY_NAMES + "\\b");
    /** A sum's source named right after it: "a $1.2 billion loan from the IMF". */
    private static final Pattern FROM_A_BODY = Pattern.compile("^(?:\\s+[\\w-]+){0,3}?\\s+from\\s+(?:the\\s+)?" + BODY_NAMES + "\\b");
    /** Each name of {@link #BODY} holds one of these. */
    private static final String[] BODY_WORDS = {"IMF", "Monetary", "Bank", "EC", "EU", "Community", "Union", "Club", "GATT",
            "OPEC", "OECD", "U.N.", "Nations", "banks", "committee"};

    private static final Pattern BODY_BEFORE = Pattern.compile(
            "(?:\\bIMF|\\bWorld\\s+Bank|\\bEC|\\bEEC|\\bEuropean\\s+(?:Economic\\s+)?Community|\\bParis\\s+Club|\\bGATT|\\bOPEC|"
                    + "\\bU\\.N\\.|\\bUnited\\s+Nations|Development\\s+Bank|\\bIDB|\\bEIB|European\\s+Investment\\s+Bank|\\bOECD|"
                    + "\\bEuropean\\s+Union|\\bEU)\\)?(?:'s)?\\s+(?:[a-z-]+\\s+)?$");
    /** Each name of {@link #BODY_BEFORE} holds one of these. */
    private static final String[] BODY_BEFORE_WORDS = {"IMF", "World", "EC", "EU", "Europ", "Paris", "GATT", "OPEC", "U.N",
            "United", "Development", "IDB", "EIB", "OECD"};

    private static final Pattern AMONG_MANY = Pattern.compile("\\bamong\\s+(?:the\\s+)?(?:(?!two\\b|both\\b)[\\w-]+\\s+){0,3}?"
            + "(?:countries|nations|states|members|governments|partners|producers|exporters|importers|creditors)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_MANY = Pattern.compile("\\bby\\s+(?:the\\s+)?(?:(?!two\\b|both\\b|its\\b|their\\b)[\\w-]+\\s+){0,2}?"
            + "(?:countries|nations|members|governments|creditors)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence names an international body or the banks as a side: "an agreement between
     * Nigeria and the Paris Club": its one country deals with the body, not with the article's other
     * country.
     */
    static boolean named(String s) {
        return Clues.containsAny(s, BODY_WORDS) && BODY.matcher(s).find();
    }

    /** Whether an international body stands right before the cue ("IMF loan facility", "EC's sanctions"): its act. */
    static boolean actBefore(String s, int cueStart) {
        String before = s.substring(Math.max(0, cueStart - 40), cueStart);
        return Clues.containsAny(before, BODY_BEFORE_WORDS) && BODY_BEFORE.matcher(before).find();
    }

    /**
     * Whether a meeting or an agreement of the sentence is many-sided: "the talks among the six major
     * industrialised nations", "an agreement last month in Paris by industrial countries".
     */
    static boolean manySided(String s, EventKind kind) {
        if (kind != EventKind.MEETING && kind != EventKind.AGREEMENT || !s.contains("among") && !s.contains("by ")) {
            return false;
        }
        return AMONG_MANY.matcher(s).find() || kind == EventKind.AGREEMENT && BY_MANY.matcher(s).find();
    }

    /** Talks whose other side is banks: "talks with its commercial bank creditors", "its bank advisory committee". */
    private static final java.util.regex.Pattern WITH_BANKS = java.util.regex.Pattern.compile(
            "\\b(?:with|between)\\s+(?:[\\w'-]+\\s+){0,6}?(?:(?:commercial|creditor|foreign|international|private)\\s+)?"
                    + "(?:banks|bankers|bank\\s+(?:creditors|advisory\\s+committee|steering\\s+committee)|lenders|advisory\\s+committee)\\b"
                    + "|\\b(?:commercial\\s+)?bank\\s+(?:discussions|talks|negotiations)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Talks about a deal between companies: "negotiating for a minority stake", "coal contract negotiations". */
    private static final java.util.regex.Pattern COMMERCIAL_TALKS = java.util.regex.Pattern.compile(
            "\\bnegotiat\\w*\\s+(?:for\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,2}?(?:stake|share|interest|contract|deal|purchase|sale)|to\\s+(?:buy|acquire|sell|purchase))\\b"
                    + "|\\b(?:contract|price|pricing|wage|labou?r|sales|supply)\\s+(?:talks|negotiations)\\b"
                    + "|\\b(?:talks|negotiations)\\s+(?:are\\s+under\\s+way\\s+)?(?:on|about|over)\\s+(?:an?\\s+|the\\s+)?(?:possible\\s+|proposed\\s+)?"
                    + "(?:joint\\s+venture|merger|acquisition|takeover|purchase|sale)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern OFFICIALS = java.util.regex.Pattern.compile(
            "\\b(?:government|officials?|ministers?|authorities|treasury|central\\s+bank)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words one of which every commercial talk names: the pattern runs only when one is there. */
    private static final String[] DEAL_WORDS = {"stake", "share", "interest", "ontract", "deal", "urchase", "sale", "buy",
            "acquire", "sell", "rice", "wage", "Wage", "abor", "upply", "Sale", "venture", "erger", "cquisition", "akeover"};

    /** Whether the sentence's talks are about a deal between companies: commerce, not a meeting of states. */
    static boolean commercialTalks(String s, EventKind kind) {
        return kind == EventKind.MEETING && (s.contains("egotiat") || s.contains("talks"))
                && Clues.containsAny(s, DEAL_WORDS) && COMMERCIAL_TALKS.matcher(s).find();
    }

    /** Whether the sentence's talks are with banks, which are no state: "financing talks ... with its bank advisory committee". */
    static boolean talksWithBanks(String s, EventKind kind) {
        if (kind != EventKind.MEETING || !s.contains("bank") && !s.contains("lender") && !s.contains("committee")) {
            return false;
        }
        java.util.regex.Matcher m = WITH_BANKS.matcher(s);
        // "talks with government officials and representatives of banks": the officials are a side too
        return m.find() && !(m.group().regionMatches(true, 0, "with", 0, 4) && OFFICIALS.matcher(m.group()).find());
    }

    /**
     * Whether an international body names the actor of the clause before the cue, no country standing
     * between them: "The World Bank approved a $500 million loan to Kenya".
     */
    static boolean actorBefore(String s, int cueStart, java.util.List<Party> parties) {
        if (!Clues.containsAny(s, BODY_WORDS)) {
            return false;
        }
        Matcher m = BODY.matcher(s).region(0, cueStart);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        if (last < 0) {
            return false;
        }
        for (Party p : parties) {
            if (p.inSentence() && p.start() >= last && p.start() < cueStart) {
                return false;
            }
        }
        return true;
    }

    /** Whether a body is named as where the sum ending at {@code sumEnd} comes from: "a $1.2 billion loan from the IMF". */
    static boolean givesSum(String s, int sumEnd) {
        int end = Math.min(s.length(), sumEnd + 60);
        return s.indexOf("from", sumEnd) >= 0 && FROM_A_BODY.matcher(s).region(sumEnd, end).find();
    }
}
