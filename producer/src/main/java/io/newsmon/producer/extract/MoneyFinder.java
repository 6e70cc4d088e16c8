package io.newsmon.producer.extract;

import io.newsmon.model.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sums of money and per-cent changes in a sentence: "$514.5 million", "US$ 2bn",
 * "EUR 20 million", "1.5 billion dlrs" (Reuters), "12 billion yen", "3.2 bln stg", "over $1 billion",
 * "up 12% on 2009", "fell 48 pct". A bare "4.9 billion" after a sum with a currency in the same
 * sentence ("rose to 5.6 billion dlrs from 4.9 billion") takes that currency.
 */
final class MoneyFinder {

    /** Placeholders for currencies whose country the sentence alone does not tell ("francs", "crowns"). */
    static final String FRANCS = "francs";
    static final String CROWNS = "crowns";

    // Possessive: no sum can match with fewer of a number's digits (a digit would follow, where a scale
    // or currency must), so the matcher need not back off digit by digit through 60 currency names.
    private static final String NUMBER =
            "(\\d{1,3}+,\\d{1,2}+(?!\\d)(?=\\s*-?\\s*(?:thousand|mln|million|bln|billion|bn|trillion|m)\\b)|" // "1,2 billion euros": a decimal comma
                    + "\\d{1,3}+(?:,\\d{3})++(?:\\.\\d++)?+|\\d++(?:\\.\\d++)?+|(?=[otfsenOTFSEN])(?:one|two|three|four|five|six|seven|eight|nine|ten)(?=\\s+(?:mln|million|bln|billion|bn)))";
    private static final String SCALE =
            "(?:\\s*-?\\s*(thousand|mln|million|millions|bln|billion|billions|bn|trillion|tln|tn|m|k|crores?|lakhs?)\\b\\.?)?";

    private static final Map<String, String> PREFIX_CURRENCIES = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("u.s.$", "USD"), Map.entry("$", "USD"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("eur", "EUR"), Map.entry("usd", "USD"),
            Map.entry("gbp", "GBP"), Map.entry("jpy", "JPY"), Map.entry("chf", "CHF"), Map.entry("kzt", "KZT"),
            Map.entry("rub", "RUB"), Map.entry("cny", "CNY"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"),
            Map.entry("hk$", "HKD"), Map.entry("s$", "SGD"), Map.entry("nz$", "NZD"), Map.entry("stg", "GBP"),
            Map.entry("\u20b8", "KZT"), Map.entry("\u20bd", "RUB"), Map.entry("\u20b9", "INR"), Map.entry("\u20a9", "KRW"),
            Map.entry("\u20ba", "TRY"), Map.entry("uzs", "UZS"), Map.entry("kgs", "KGS"), Map.entry("azn", "AZN"),
            Map.entry("inr", "INR"), Map.entry("krw", "KRW"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
            Map.entry("r$", "BRL"), Map.entry("r", "ZAR"));

    // Longer names first so "Swiss francs" wins over a bare "francs".
    private static final String[][] SUFFIX_CURRENCIES = {
            {"u\\.s\\. (?:dlrs|dollars|dlr)", "USD"}, {"us (?:dlrs|dollars)", "USD"},
            {"australian (?:dlrs|dollars|dlr)", "AUD"}, {"canadian (?:dlrs|dollars|dlr)", "CAD"},
            {"hong kong (?:dlrs|dollars|dlr)", "HKD"}, {"h\\.k\\. ?(?:dlrs|dollars|dlr)", "HKD"}, {"singapore (?:dlrs|dollars|dlr)", "SGD"},
            {"new zealand (?:dlrs|dollars|dlr)", "NZD"}, {"taiwan (?:dlrs|dollars|dlr)", "TWD"},
            {"swiss francs?", "CHF"}, {"french francs?", "FRF"}, {"belgian francs?", "BEF"},
            {"swedish (?:crowns|kronor|crown)", "SEK"}, {"danish (?:crowns|kroner|crown)", "DKK"},
            {"norwegian (?:crowns|kroner|crown)", "NOK"}, {"mexican pesos?", "MXN"},
            {"(?:west )?german marks", "DEM"}, {"deutsche ?marks", "DEM"}, {"d-marks", "DEM"},
            {"francs?", FRANCS}, {"crowns?|kronor|kroner", CROWNS}, {"dlrs|dollars|dlr", "USD"}, {"usd", "USD"}, {"euros?|eur", "EUR"},
            {"pounds sterling|sterling|stg|pounds|gbp", "GBP"}, {"yen|jpy", "JPY"}, {"tenge|kzt", "KZT"},
            {"roubles|rubles|rub", "RUB"}, {"yuan|renminbi|cny", "CNY"}, {"chf", "CHF"}, {"marks", "DEM"},
            {"lire|lira", "ITL"}, {"guilders", "NLG"}, {"rupees", "INR"}, {"won", "KRW"}, {"riyals", "SAR"},
            {"rand", "ZAR"}, {"pesetas", "ESP"}, {"schillings", "ATS"}, {"soms?", "KGS"}, {"soums?", "UZS"},
            {"dirhams", "AED"}, {"zlotys?", "PLN"}, {"forints?", "HUF"}, {"hryvnias?", "UAH"}, {"naira", "NGN"},
            {"lari", "GEL"}, {"drams", "AMD"}, {"ringgit", "MYR"}, {"baht", "THB"}, {"rupiah", "IDR"}};

    /**
     * Which franc and which crown an article means, from the countries it names: "francs" in a Swiss
     * story are CHF, "crowns" in a Norwegian one NOK.
     */
    record LocalCurrencies(String francs, String crowns) {
        static final LocalCurrencies DEFAULT = new LocalCurrencies("FRF", "SEK");

        /** The franc and the crown the article means: those of the first franc (crown) country it names. */
        static LocalCurrencies of(List<CountryMention> mentions) {
            String francs = null;
            String crowns = null;
            for (CountryMention m : mentions) {
                francs = francs == null ? FRANC_OF.get(m.iso3()) : francs;
                crowns = crowns == null ? CROWN_OF.get(m.iso3()) : crowns;
            }
            if (francs == null && crowns == null) {
                return DEFAULT;
            }
            return new LocalCurrencies(francs == null ? DEFAULT.francs() : francs, crowns == null ? DEFAULT.crowns() : crowns);
        }

        private static final Map<String, String> FRANC_OF = Map.of("CHE", "CHF", "FRA", "FRF", "BEL", "BEF", "LUX", "LUF");
        private static final Map<String, String> CROWN_OF = Map.of("NOR", "NOK", "SWE", "SEK", "DNK", "DKK", "ISL", "ISK");

        String resolve(String currency) {
            return switch (currency) {
                case FRANCS -> francs;
                case CROWNS -> crowns;
                default -> currency;
            };
        }
    }

    private static final String PREFIX =
            "(US\\$|U\\.S\\.\\s?\\$|A\\$|C\\$|HK\\$|S\\$|NZ\\$|R\\$|\\$|€|£|¥|\u20b8|\u20bd|\u20b9|\u20a9|\u20ba|"
                    // any ISO 4217 code (checked in ISO_CODES), which may touch its number: "KZT57.6bn", "NOK 1.5 billion"
                    + "\\b[A-Z]{3}(?![A-Za-z])|\\bRs\\.?(?=\\s?\\d)|"
                    // the rand, only with a scale: "R120 billion", "R3.5bn"
                    + "\\bR(?=\\d[\\d.,]*\\s?(?:bn|billion|million|mln|m|trillion|tn)\\b))\\s?";

    /**
     * The ISO 4217 codes a sum may start with, from the JDK's list; without those that are English words
     * in capitals ("ALL 25 members", "TOP 10 exporters").
     */
    private static final java.util.Set<String> ISO_CODES = isoCodes();

    private static java.util.Set<String> isoCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        codes.removeAll(java.util.Set.of("ALL", "TOP", "CUP", "MOP", "PEN", "MAD", "SOS", "BOB", "AMD", "XXX", "XTS"));
        return java.util.Set.copyOf(codes);
    }
    private static final Pattern PREFIXED = Pattern.compile(PREFIX + NUMBER + SCALE);
    private static final Pattern SUFFIXED;
    /** First two letters of a currency name, as {@code first * 128 + second}: see {@link #currencyStarts}. */
    private static final java.util.Set<Integer> CURRENCY_STARTS = new java.util.HashSet<>();
    private static final Pattern BARE = Pattern.compile(
            "\\b" + NUMBER + "\\s*(mln|million|bln|billion|bn|trillion)\\b(?!\\s*(?:pct|%|per ?cent|tonnes|tons|barrels|bushels|shares|ounces))",
            Pattern.CASE_INSENSITIVE);

    static {
        StringBuilder names = new StringBuilder();
        for (String[] c : SUFFIX_CURRENCIES) {
            names.append(names.isEmpty() ? "" : "|").append("(?:").append(c[0]).append(")");
        }
        SUFFIXED = Pattern.compile("\\b" + NUMBER + SCALE + "\\s*(" + byFirstLetter() + ")\\b", Pattern.CASE_INSENSITIVE);
        // The two letters a currency name may start with ("dl", "ma", "h."), found by asking the pattern itself.
        Matcher name = Pattern.compile("(?:" + names + ")\\b", Pattern.CASE_INSENSITIVE).matcher("");
        String alphabet = "abcdefghijklmnopqrstuvwxyz.- '";
        for (char a : alphabet.toCharArray()) {
            for (char b : alphabet.toCharArray()) {
                name.reset("" + a + b);
                if (name.lookingAt() || name.hitEnd()) {
                    CURRENCY_STARTS.add(a * 128 + b);
                }
            }
        }
    }

    /**
     * The currency names as one alternation that goes straight to those starting with the text's next
     * letter ("(?=d)(?:deutsche ?marks|d-marks|dlrs|dollars|dlr)|(?=m)(?:...)..."): the same matches as
     * the names in their order, as only names that start with that letter can match there, and in their
     * order, but a number before "dlrs" no longer tries 20 other names first.
     */
    private static String byFirstLetter() {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (char letter : "dmysfpcrlgbwthnaekuzijoqvx".toCharArray()) {
            StringBuilder group = new StringBuilder();
            for (String[] c : SUFFIX_CURRENCIES) {
                Matcher m = Pattern.compile(c[0], Pattern.CASE_INSENSITIVE).matcher(String.valueOf(letter));
                if (m.lookingAt() || m.hitEnd()) {
                    group.append(group.isEmpty() ? "" : "|").append("(?:").append(c[0]).append(")");
                    placed.add(c[0]);
                }
            }
            if (!group.isEmpty()) {
                out.append(out.isEmpty() ? "" : "|").append("(?=").append(letter).append(")(?:").append(group).append(")");
            }
        }
        if (placed.size() != SUFFIX_CURRENCIES.length) {
            throw new IllegalStateException("a currency name starts with no letter: " + java.util.Arrays.deepToString(SUFFIX_CURRENCIES));
        }
        return out.toString();
    }

    /** How far after a number's first digit the currency of SUFFIXED may start: "1,234.5 billion Swiss francs". */
    private static final int MAX_CURRENCY_OFFSET = 64;

    /** Where a word starts whose first two letters may begin a currency name, in text order (lower-cased text). */
    private static int[] currencyStarts(String lower) {
        int[] starts = new int[4];
        int count = 0;
        for (int i = 0, n = lower.length() - 1; i < n; i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' && (i == 0 || !isLowerCaseLetter(lower.charAt(i - 1))) && lower.charAt(i + 1) < 128
                    && CURRENCY_STARTS.contains(c * 128 + lower.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean isLowerCaseLetter(char c) {
        return c >= 'a' && c <= 'z'; // the text is lower-cased (ASCII): no capital is left
    }

    /** The numbers that a currency name follows closely enough for SUFFIXED to match there. */
    private static int[] followedByCurrency(int[] numbers, int[] currencies) {
        int[] kept = new int[numbers.length];
        int count = 0;
        int c = 0;
        for (int a : numbers) {
            while (c < currencies.length && currencies[c] <= a) {
                c++;
            }
            if (c < currencies.length && currencies[c] <= a + MAX_CURRENCY_OFFSET) {
                kept[count++] = a;
            }
        }
        return count == kept.length ? numbers : java.util.Arrays.copyOf(kept, count);
    }

    private static final Pattern PRICE = Pattern.compile(
            "\\s*(?:a|an|per|each)\\s+(?:tonne|ton|metric\\s+ton|barrel|ounce|share|pound|bushel|kg|kilo|unit|head|gallon|litre|liter)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\b(over|more than|nearly|almost|about|around|approximately|some|roughly|up to|at least|less than|under|"
                    + "close to|an estimated|just over|just under|below|above)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PERCENT = Pattern.compile(
            "\\b(?:(up|down|rose|rising|risen|fell|falling|fallen|increased?|increasing|decreased?|decreasing|grew|grown|growing|"
                    + "gained?|climbed?|jumped?|dropped?|declined?|declining|slumped?|plunged?|shrank|shrunk|higher|lower|"
                    + "surged?|soared?|slipped?|eased?|contracted|expanded|advanced|improved|deteriorated|tumbled?)"
                    + "(?:\\s+(?:by|some|about|nearly|almost|around|an?\\s+estimated|more\\s+than|over))*\\s+)"
                    + "(\\d+(?:\\.\\d+)?)\\s*(?:pct|%|per\\s?cent|percent)"
                    + "|(\\d+(?:\\.\\d+)?)\\s*(?:pct|%|per\\s?cent|percent)\\s+(rise|increase|gain|growth|jump|drop|fall|"
                    + "decline|decrease|cut|reduction|contraction)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_BASE = Pattern.compile(
            "^\\s*,?\\s*(?:on|from|over|against|compared\\s+(?:with|to)|versus|vs\\.?|than(?:\\s+in)?|year-on-year\\s+(?:from|on))"
                    + "\\s+(?:the\\s+)?(?:(?:same\\s+period|level|figure|total)\\s+(?:of|in|a\\s+year\\s+earlier)\\s+)?"
                    + "(?:(?<year>(?:19|20)\\d\\d)\\b|(?<prior>a\\s+year\\s+(?:earlier|ago|before)|(?:the\\s+)?previous\\s+year|"
                    + "(?:the\\s+)?prior\\s+year|last\\s+year|year-earlier|the\\s+year\\s+before))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DIRECTION_DOWN = Pattern.compile(
            "down|fell|falling|fallen|decrease[ds]?|decreasing|dropp?e?d?|drops?|declin\\w*|slump\\w*|plunge\\w*|"
                    + "shr[au]n?k|lower|slipp?e?d?|slips?|eased?|eases|contracted|deteriorated|tumbled?|fall|cut|reduction|contraction",
            Pattern.CASE_INSENSITIVE);

    private MoneyFinder() {
    }

    /** Sums of money in the sentence, in text order, non-overlapping. */
    static List<MoneyMention> amounts(String sentence) {
        return amounts(sentence, LocalCurrencies.DEFAULT);
    }

    static List<MoneyMention> amounts(String sentence, LocalCurrencies local) {
        return amounts(sentence, local, null);
    }

    /**
     * The same, where a bare sum ("rose to 3.61 billion") with no currency named before it in the sentence is in
     * {@code carried}, the currency of the figure the sentence continues (null: none).
     */
    static List<MoneyMention> amounts(String sentence, LocalCurrencies local, String carried) {
        String lower = EventCues.asciiLowerCase(sentence);
        boolean scaled = hasScaleWord(lower);
        if (!hasDigit(sentence) && !scaled) {
            return List.of(); // every pattern needs a number
        }
        List<MoneyMention> found = new ArrayList<>();
        // Every sum holds a number: a sum named after it ("5 mln dlrs") starts at a number, a run of digits
        // or a number word ("two billion", only where a scale word occurs); a prefixed one ("US$ 5") a few
        // characters before one.
        int[] numbers = TextWindows.digitRuns(sentence);
        if (scaled) {
            numbers = TextWindows.merged(numbers, TextWindows.wordStarts(lower, NUMBER_WORDS));
        }
        int[] windows = TextWindows.around(numbers, numbers.length, 8, 64, sentence.length());
        if (hasPrefixCurrency(sentence)) {
            TextWindows.forEachMatch(PREFIXED, sentence, windows, p -> {
                String currency = prefixCurrency(p.group(1), sentence, p.start());
                add(found, sentence, p.start(), p.end(), p.group(2), p.group(3), currency);
            });
        }
        TextWindows.forEachMatchAt(SUFFIXED, sentence, followedByCurrency(numbers, currencyStarts(lower)), s -> {
            String currency = suffixCurrency(s.group(3));
            add(found, sentence, s.start(), s.end(), s.group(1), s.group(2), currency == null ? null : local.resolve(currency));
        });
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (!found.isEmpty() || carried != null) {
            TextWindows.forEachMatchAt(BARE, sentence, numbers, b -> {
                String inherited = carried;
                for (MoneyMention m : found) {
                    if (m.end() <= b.start()) {
                        inherited = m.amount().currency();
                    }
                }
                if (inherited != null) {
                    add(found, sentence, b.start(), b.end(), b.group(1), b.group(2), inherited);
                }
            });
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        if (!found.isEmpty()) {
            rangeEnds(sentence, found);
            rangeStarts(sentence, found);
        }
        return withoutDeltas(sentence, found);
    }

    private static final Pattern CHANGE_VERB_BEFORE = Pattern.compile(
            "\\b(?:rose|risen|rising|fell|fallen|falling|increased|decreased|declined|dropped|grew|grown|jumped|climbed|"
                    + "gained|slipped|plunged|surged|widened|narrowed|shrank|up|down)\\s+(?:by\\s+)?(?:some\\s+|about\\s+|nearly\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Without the amounts of a change: in "rose 600 mln dlrs to 7.1 billion dlrs" the sum that
     * changed hands is 7.1 billion; 600 mln is how much it grew, as in "fell 600 mln dlrs".
     */
    private static List<MoneyMention> withoutDeltas(String sentence, List<MoneyMention> found) {
        List<MoneyMention> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            MoneyMention m = found.get(i);
            // "rose 600 mln dlrs to 7.1 billion dlrs", "imports fell 600 mln dlrs because of ...": how much it moved
            boolean delta = CHANGE_VERB_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find();
            if (!delta) {
                kept.add(m);
            }
        }
        return List.copyOf(kept);
    }

    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_END = Pattern.compile(
            "\\s+to\\s+(?:about\\s+|around\\s+|some\\s+)?(\\d+(?:\\.\\d+)?)\\b(?![.,]?\\d)(?!\\s*(?:-\\s*)?(?:pct|%|per|percent|mln|million|"
                    + "bln|billion|bn|thousand|tonnes|tons|barrels|bales|ounces|shares|years?|months?|days?|weeks?|times)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCALE_WORD = Pattern.compile(
            "\\b(thousand|mln|million|millions|bln|billion|billions|bn|trillion|tln|tn|crores?|lakhs?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "cut the credit line from 25.0 mln dlrs to 20.0": the bare end of a range of sums is a sum in the
     * same scale and currency.
     */
    private static void rangeEnds(String sentence, List<MoneyMention> found) {
        for (MoneyMention m : List.copyOf(found)) {
            if (!FROM_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                continue;
            }
            Matcher end = RANGE_END.matcher(sentence).region(m.end(), sentence.length());
            if (!end.lookingAt() || end.group(1).matches("(?:19|20)\\d\\d")) {
                continue; // "from 25 mln dlrs to 1988 levels": a year
            }
            Matcher scale = SCALE_WORD.matcher(sentence.substring(m.start(), m.end()));
            add(found, sentence, end.start(1), end.end(1), end.group(1), scale.find() ? scale.group(1) : null,
                    m.amount().currency());
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    private static final Pattern RANGE_START = Pattern.compile(
            "(?:\\bbetween\\s+(\\d+(?:\\.\\d+)?)\\s+and|(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s+to)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "offer 30 to 35 mln dlrs", "lending between 200 and 300 mln": the bare start of a range of sums is a sum in
     * the same scale and currency (each stated figure is its own amount).
     */
    private static void rangeStarts(String sentence, List<MoneyMention> found) {
        for (MoneyMention m : List.copyOf(found)) {
            if (m.amount().qualifier() != null || !Character.isDigit(sentence.charAt(m.start()))) {
                continue;
            }
            int from = Math.max(0, m.start() - 24);
            Matcher start = RANGE_START.matcher(sentence).region(from, m.start());
            if (!start.find()) {
                continue;
            }
            int group = start.group(1) != null ? 1 : 2;
            if (start.group(group).matches("(?:19|20)\\d\\d")) {
                continue; // "from 1986 to 35 mln dlrs"
            }
            Matcher scale = SCALE_WORD.matcher(sentence.substring(m.start(), m.end()));
            if (!scale.find()) {
                continue; // "sold at 15 to 30 dlrs a pound": prices, not sums
            }
            add(found, sentence, start.start(group), start.end(group), start.group(group), scale.group(1), m.amount().currency());
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    /** Per-cent changes in the sentence, in text order. */
    static List<ChangeMention> changes(String sentence) {
        if (!hasDigit(sentence)) {
            return List.of();
        }
        List<ChangeMention> found = new ArrayList<>();
        // A change holds a number, its direction word at most a few words before it.
        TextWindows.forEachMatch(PERCENT, sentence, TextWindows.aroundDigits(sentence, 64, 40), m -> {
            String number = m.group(2) != null ? m.group(2) : m.group(3);
            String direction = m.group(1) != null ? m.group(1) : m.group(4);
            BigDecimal percent = new BigDecimal(number);
            if (DIRECTION_DOWN.matcher(direction).matches()) {
                percent = percent.negate();
            }
            int year = 0;
            boolean prior = false;
            int baseStart = -1;
            int baseEnd = -1;
            Matcher base = CHANGE_BASE.matcher(sentence).region(m.end(), sentence.length());
            base.useAnchoringBounds(true);
            if (base.lookingAt()) {
                baseStart = m.end();
                baseEnd = base.end();
                if (base.group("year") != null) {
                    year = Integer.parseInt(base.group("year"));
                } else {
                    prior = true;
                }
            }
            found.add(new ChangeMention(percent, year, prior, m.start(), m.end(), baseStart, baseEnd));
        });
        return List.copyOf(found);
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");

    private static BigDecimal numberValue(String number) {
        return switch (number.toLowerCase(Locale.ROOT)) {
            case "one" -> BigDecimal.ONE;
            case "two" -> BigDecimal.valueOf(2);
            case "three" -> BigDecimal.valueOf(3);
            case "four" -> BigDecimal.valueOf(4);
            case "five" -> BigDecimal.valueOf(5);
            case "six" -> BigDecimal.valueOf(6);
            case "seven" -> BigDecimal.valueOf(7);
            case "eight" -> BigDecimal.valueOf(8);
            case "nine" -> BigDecimal.valueOf(9);
            case "ten" -> BigDecimal.TEN;
            default -> new BigDecimal(DECIMAL_COMMA.matcher(number).matches() ? number.replace(',', '.') : number.replace(",", ""));
        };
    }

    /**
     * The currency a sign or code before a number stands for, or null: an ISO code only where it is one and
     * not a word of a line in capitals ("JAPAN TRY 5 ...").
     */
    private static String prefixCurrency(String prefix, String sentence, int at) {
        String key = prefix.strip();
        String currency = PREFIX_CURRENCIES.get(key.replaceAll("\\s", "").toLowerCase(Locale.ROOT));
        if (currency != null || key.length() != 3 || !ISO_CODES.contains(key)) {
            return currency;
        }
        int before = at - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && Character.isUpperCase(sentence.charAt(before)) ? null : key;
    }

    /** Whether a code ends at {@code b}: "NOK", "KZT", the rand's "R", "Rs", "Rs." (not the "S." of "U.S."). */
    private static boolean codeEndsAt(String s, int b) {
        if (b < 0) {
            return false;
        }
        char c = s.charAt(b);
        if (c == '.' || c == 's') {
            int r = c == '.' ? b - 2 : b - 1;
            return r >= 0 && s.charAt(r) == 'R' && (c == 's' || s.charAt(b - 1) == 's');
        }
        if (c < 'A' || c > 'Z') {
            return false;
        }
        boolean wordStart = b < 1 || !Character.isLetter(s.charAt(b - 1));
        return c == 'R' && wordStart
                || b >= 2 && isCapital(s.charAt(b - 1)) && isCapital(s.charAt(b - 2)) && (b < 3 || !Character.isLetter(s.charAt(b - 3)));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a currency sign, or a code before a digit ({@link #codeEndsAt}), occurs:
     * PREFIXED cannot match otherwise.
     */
    private static boolean hasPrefixCurrency(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            // $, £, ¥, and the currency signs block (€, won, tenge, rupee, lira, rouble among them)
            if (c == '$' || c == '\u00a3' || c == '\u00a5' || c >= '\u20a9' && c <= '\u20bd') {
                return true;
            }
            if (c >= '0' && c <= '9' && i > 0 && codeEndsAt(s, s.charAt(i - 1) == ' ' ? i - 2 : i - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The number words {@link #NUMBER} reads before a scale ("two billion"). */
    private static final String[] NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    /** Whether the lower-cased sentence holds a scale word: only then may a number word start a sum. */
    private static boolean hasScaleWord(String lower) {
        return lower.contains("billion") || lower.contains("million") || lower.contains(" mln") || lower.contains(" bln");
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

    private static void add(List<MoneyMention> found, String sentence, int start, int end, String number,
                            String scale, String currency) {
        if (currency == null) {
            return;
        }
        for (MoneyMention m : found) {
            if (start < m.end() && end > m.start()) {
                return; // overlaps a sum already read
            }
        }
        if (PRICE.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return; // "18 dlrs a tonne" is a price, not a sum that changed hands
        }
        BigDecimal value = numberValue(number).multiply(multiplier(scale));
        if (value.signum() == 0) {
            return;
        }
        String qualifier = null;
        Matcher q = QUALIFIER.matcher(sentence.substring(Math.max(0, start - 20), start));
        if (q.find()) {
            qualifier = normaliseQualifier(q.group(1).toLowerCase(Locale.ROOT));
            start = Math.max(0, start - 20) + q.start();
        }
        found.add(new MoneyMention(new Amount(value, currency, qualifier), start, end));
    }

    private static String normaliseQualifier(String q) {
        return switch (q.replaceAll("\\s+", " ")) {
            case "more than", "just over", "above" -> "over";
            case "almost", "close to" -> "nearly";
            case "around", "approximately", "some", "roughly", "an estimated" -> "about";
            case "less than", "just under", "below" -> "under";
            default -> q;
        };
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000L);
            case "mln", "million", "millions", "m" -> BigDecimal.valueOf(1_000_000L);
            case "bln", "billion", "billions", "bn" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion", "tln", "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
            case "crore", "crores" -> BigDecimal.valueOf(10_000_000L); // Indian English: ten million
            case "lakh", "lakhs" -> BigDecimal.valueOf(100_000L);
            default -> BigDecimal.ONE;
        };
    }

    private static final Pattern[] SUFFIX_PATTERNS = java.util.Arrays.stream(SUFFIX_CURRENCIES)
            .map(c -> Pattern.compile(c[0])).toArray(Pattern[]::new);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String suffixCurrency(String written) {
        String w = SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (int i = 0; i < SUFFIX_PATTERNS.length; i++) {
            if (SUFFIX_PATTERNS[i].matcher(w).matches()) {
                return SUFFIX_CURRENCIES[i][1];
            }
        }
        return null;
    }
}
