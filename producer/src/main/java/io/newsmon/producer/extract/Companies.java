package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies as sides. A company acting abroad stands for its country (docs/annotation-guide.md): a
 * U.S. bank's loan to Brazil is USA to BRA. News introduces a company once with its country
 * ("Bridgestone Corp of Tokyo", "Britain's Unilever Plc", "U.S. brokerage firm Equitable
 * Securities", "Brierley Investments Ltd, a New Zealand firm") and then uses its name alone
 * ("Bridgestone will hold 60 pct"): each later use of the name stands for that country, as a
 * named official's does ({@link People}). Stateless.
 */
final class Companies {

    private Companies() {
    }

    /**
     * A company introduced with its country.
     *
     * @param name the word or two later mentions use ("Bridgestone", "Johnson Matthey")
     * @param iso3 its country
     * @param from where the introduction ends: later mentions start there
     */
    record Company(String name, String iso3, int from) {
    }

    private static final String WORD = "\\p{Lu}[\\p{L}&-]*\\.?";
    /** The legal forms that end a company's name; the pattern and the cheap test below both read this list. */
    private static final List<String> LEGAL_FORMS = List.of("Inc", "Corp", "Corporation", "Co", "Cos", "Ltd", "Limited", "Plc", "PLC",
            "AG", "SA", "S.A", "NV", "N.V", "BV", "SpA", "GmbH", "KK", "Group", "Holding", "Holdings", "Industries", "Securities", "Bank");
    private static final String SUFFIX = "(?:" + String.join("|", LEGAL_FORMS.stream().map(Pattern::quote).toList()) + ")\\b\\.?";
    /** A name as Reuters brackets it, or capitalised words ending in a legal form. */
    private static final String NAME = "(?:<([^<>\\n]{2,60})>|((?:" + WORD + "\\s+){1,4}?" + SUFFIX + "))";
    /** What a company is called after its country: "brokerage firm", "Conglomerate" (Reuters capitalises after "U.S."). */
    private static final List<String> COMPANY_NOUNS = List.of("company", "firm", "group", "concern", "conglomerate", "bank",
            "carmaker", "automaker", "maker", "manufacturer", "producer", "insurer", "brokerage", "retailer", "airline", "utility",
            "subsidiary", "unit");
    private static final String NOUN = "(?i:" + String.join("|", COMPANY_NOUNS) + ")";

    /** "Britain's Unilever Plc", "the U.S.'s <Reynolds Metals Co>". */
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\s+" + NAME);
    /** "U.S. brokerage firm Equitable Securities", "the Dutch company <Billiton>". */
    private static final Pattern KIND_THEN_NAME = Pattern.compile(
            "(?:'s)?\\s+(?:[a-z][\\w-]*\\s+){0,2}?" + NOUN + "\\s*,?\\s+(?:<([^<>\\n]{2,60})>|(" + WORD + "(?:\\s+" + WORD + "){0,3}))");
    /** "Bridgestone Corp of Tokyo", "<Ssangyong Construction Co Ltd> of South Korea", "TransAmerica Corp <TA> of the". */
    private static final Pattern NAME_OF = Pattern.compile(
            NAME + "(?:\\s*<[A-Z.]{1,8}>|\\s*\\([A-Z.]{1,8}\\))?\\s*,?\\s+(?:of|based\\s+in)\\s+(?:the\\s+)?$");
    /** "Brierley Investments Ltd, a publicly held" before "New Zealand firm". */
    private static final Pattern NAME_APPOSITION = Pattern.compile(
            NAME + ",\\s+(?:a|an|the)\\s+(?:[a-z][\\w-]*\\s+){0,3}$");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?:[a-z][\\w-]*\\s+){0,2}?" + NOUN + "\\b");

    /** First words that name no company alone: the name takes its second word too. */
    private static final Set<String> GENERIC = Set.of("General", "American", "National", "First", "International", "United",
            "Union", "Royal", "Standard", "Pacific", "Continental", "Commonwealth", "New", "Great", "North", "South", "East",
            "West", "Central", "Southern", "Northern", "Western", "Eastern", "Federal", "State", "The", "Bank", "Security",
            "Industrial", "Trans", "Allied", "Associated", "Consolidated", "Overseas", "Banco", "Banque", "Credit", "Societe",
            "All", "Hospital", "Development", "Video", "Bond", "Cap", "Nippon", "Banca", "Deutsche");
    /** Words that follow a company noun but name no company. */
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "It", "Its", "He", "She", "They", "Said",
            "And", "But", "In", "On", "For", "Of", "With", "Which", "Who", "Inc", "Corp", "Co", "Ltd", "Plc");

    /** The companies the text introduces with their country; a name two countries' companies share names neither. */
    static List<Company> introduced(List<CountryMention> mentions, String text) {
        List<Company> introduced = null;
        for (CountryMention m : mentions) {
            if (!m.type().namesState() || m.type() == MentionType.HERE || m.type() == MentionType.PERSON) {
                continue;
            }
            Matcher found = introduction(m, text);
            if (found == null) {
                continue;
            }
            int group = found.group(1) != null ? 1 : 2;
            String name = key(found.group(group));
            int nameStart = found.start(group);
            // Named before the country: later mentions include this one. Named after it: they start after the introduction.
            int from = nameStart < m.start() ? nameStart : found.end();
            // A name used before its introduction belongs to a parent elsewhere ("Hoechst AG's U.S. unit, Hoechst Celanese").
            if (name == null || NOT_NAMES.contains(name) || name.length() < 3 || namesACountry(mentions, name)
                    || text.indexOf(name) < nameStart) {
                continue;
            }
            if (introduced == null) {
                introduced = new ArrayList<>();
            }
            introduced.add(new Company(name, m.iso3(), from));
        }
        return introduced == null ? List.of() : Parties.firstOfEachName(introduced, Company::name, Company::iso3);
    }

    private static final int BEFORE = 100;

    /** The match that introduces a company with the country {@code m} names, group 1 or 2 its name; null if none. */
    private static Matcher introduction(CountryMention m, String text) {
        int windowEnd = Math.min(text.length(), m.end() + 90);
        if (m.type() == MentionType.NAME && text.startsWith("'s ", m.end())) {
            Matcher possessive = POSSESSIVE.matcher(text).region(m.end(), windowEnd);
            if (possessive.lookingAt()) {
                return possessive;
            }
        }
        int nounEnd = nounEnd(text, m.end(), 4);
        boolean nounAfter = nounEnd >= 0;
        if (nounAfter && (m.type() == MentionType.NAME || m.type() == MentionType.DEMONYM) && nameFollows(text, nounEnd)) {
            Matcher kind = KIND_THEN_NAME.matcher(text).region(m.end(), windowEnd);
            if (kind.lookingAt()) {
                return kind;
            }
        }
        int windowStart = Math.max(0, m.start() - BEFORE);
        if (m.start() == 0 || text.charAt(m.start() - 1) != ' ') {
            return null;
        }
        // Matched against the text before the mention, region-bounded so that "$" is the mention's start; the
        // patterns run only after a cheap test of the words just before (most mentions have no company near).
        int joint = endsWith(text, m.start(), " of ") ? m.start() - 4 : endsWith(text, m.start(), " of the ") ? m.start() - 8
                : endsWith(text, m.start(), " based in ") ? m.start() - 10 : -1;
        if (joint > 0 && companyEndsAt(text, joint)) {
            Matcher of = NAME_OF.matcher(text).region(windowStart, m.start());
            if (of.find()) {
                return of;
            }
        }
        if (nounAfter && commaWithin(text, m.start(), 40)
                && NOUN_AFTER.matcher(text).region(m.end(), windowEnd).lookingAt()) {
            Matcher apposition = NAME_APPOSITION.matcher(text).region(windowStart, m.start());
            if (apposition.find()) {
                return apposition;
            }
        }
        return null;
    }

    /** {@link #LEGAL_FORMS} for a test cheaper than the pattern. */
    private static final Set<String> SUFFIXES = Set.copyOf(LEGAL_FORMS);

    /**
     * Whether a company's name may end at {@code end}: after a closing bracket or a legal form, with a
     * ticker ("<TA>", "(CAWL.L)") or a comma between.
     */
    private static boolean companyEndsAt(String text, int end) {
        int i = end;
        if (i > 0 && text.charAt(i - 1) == ',') {
            i--;
        }
        if (i > 0 && (text.charAt(i - 1) == '>' || text.charAt(i - 1) == ')')) {
            char open = text.charAt(i - 1) == '>' ? '<' : '(';
            int at = text.lastIndexOf(open, i - 1);
            if (at < 0 || i - at > 62) {
                return false;
            }
            if (open == '<' && at > 0 && text.charAt(at - 1) != ' ') {
                return true; // "<Name>" itself
            }
            int before = at;
            while (before > 0 && text.charAt(before - 1) == ' ') {
                before--;
            }
            if (open == '<' && !TICKER.matcher(text.substring(at + 1, i - 1)).matches()) {
                return true; // "<Ssangyong Construction Co Ltd>"
            }
            i = before;
        }
        if (i > 0 && text.charAt(i - 1) == '.') {
            i--;
        }
        int start = i;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return i - start >= 2 && SUFFIXES.contains(text.substring(start, i));
    }

    /** {@link #COMPANY_NOUNS} by first letter and length, for a test cheaper than the pattern: one or two nouns a word. */
    private static final String[][][] NOUNS_BY_LETTER_AND_LENGTH = new String[26][13][];

    static {
        for (String noun : COMPANY_NOUNS) {
            String[][] byLength = NOUNS_BY_LETTER_AND_LENGTH[noun.charAt(0) - 'a'];
            String[] known = byLength[noun.length()] == null ? new String[0] : byLength[noun.length()];
            byLength[noun.length()] = java.util.Arrays.copyOf(known, known.length + 1);
            byLength[noun.length()][known.length] = noun;
        }
    }

    /**
     * Where the last company noun among the {@code words} words after {@code from} ends (in any case), or -1:
     * every pattern that names a company after its country needs one ("brokerage firm": after "firm").
     */
    private static int nounEnd(String text, int from, int words) {
        int i = from;
        int end = -1;
        for (int w = 0; w < words; w++) {
            while (i < text.length() && !isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && isLetter(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length < 4 || length > 12) {
                continue;
            }
            int letter = (text.charAt(start) | 0x20) - 'a';
            String[] nouns = letter >= 0 && letter < 26 ? NOUNS_BY_LETTER_AND_LENGTH[letter][length] : null;
            for (int n = 0; nouns != null && n < nouns.length; n++) {
                if (text.regionMatches(true, start, nouns[n], 0, length)) {
                    end = i;
                }
            }
        }
        return end;
    }

    /** Whether a name can follow the noun ending at {@code at}: a capital or Reuters' bracket after a space or comma. */
    private static boolean nameFollows(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        return i > at && i < text.length() && (text.charAt(i) == '<' || Character.isUpperCase(text.charAt(i)));
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Whether ", " occurs within {@code distance} characters before {@code end}. */
    private static boolean commaWithin(String text, int end, int distance) {
        for (int i = end - 2; i >= 0 && i > end - distance; i--) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String text, int end, String suffix) {
        return end >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }

    /**
     * The word or two later mentions use: the first word, or the first two when the first is generic;
     * null for a stock ticker ("NTNN.AS") or a generic word alone ("Bank of Spain").
     */
    private static String key(String fullName) {
        if (TICKER.matcher(fullName).matches()) {
            return null;
        }
        String name = fullName.trim();
        if (name.startsWith("The ")) {
            name = name.substring(4).trim();
        }
        int firstEnd = wordEnd(name, 0);
        String first = withoutTrailingStop(name.substring(0, firstEnd));
        if (!GENERIC.contains(first)) {
            return first;
        }
        int secondStart = firstEnd;
        while (secondStart < name.length() && Character.isWhitespace(name.charAt(secondStart))) {
            secondStart++;
        }
        if (secondStart >= name.length() || !Character.isUpperCase(name.charAt(secondStart))) {
            return null;
        }
        return first + " " + withoutTrailingStop(name.substring(secondStart, wordEnd(name, secondStart)));
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "Corp." and "Inc," without the stop or comma that ends them. */
    private static String withoutTrailingStop(String word) {
        return word.endsWith(".") || word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }

    private static final Pattern TICKER = Pattern.compile("[A-Z0-9]{1,6}\\.[A-Z]{0,3}|[A-Z]{1,5}");

    /** Whether the name starts with a country's ("Japan Air Lines"): its mentions already name the country. */
    private static boolean namesACountry(List<CountryMention> mentions, String name) {
        for (CountryMention m : mentions) {
            if (name.startsWith(m.surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions with a {@link MentionType#COMPANY} mention added for every later use of the name of
     * a company introduced with its country. Mentions stay in text order.
     */
    static List<CountryMention> withCompanies(List<CountryMention> mentions, List<Company> companies, String text) {
        if (companies.isEmpty()) {
            return mentions;
        }
        List<CountryMention> added = new ArrayList<>();
        for (Company c : companies) {
            int length = c.name().length();
            // Not inside a compound: "Clevite-Bridgestone Co" is the venture, not Bridgestone
            Parties.addUses(added, text, c.name(), c.from(), c.iso3(), MentionType.COMPANY,
                    at -> !hyphenated(text, at, at + length) && !Parties.overlapsAny(mentions, at, at + length));
        }
        return Parties.withAdded(mentions, added);
    }

    private static boolean hyphenated(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '-' || end < text.length() && text.charAt(end) == '-';
    }
}
