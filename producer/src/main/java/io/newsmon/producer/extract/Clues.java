package io.newsmon.producer.extract;

/**
 * Cheap character-level tests run on every sentence before any pattern: whether it may state a sum,
 * refer back to a pair, or name a year. Stateless.
 */
final class Clues {

    private Clues() {
    }

    private static final String[] BACK_REFERENCE_WORDS = {
            "countries", "nations", "sides", "states", "governments", "parties", "leaders", "presidents", "ministers",
            "delegations", "ilateral", "visit", "talks", "trip"};

    private static final String[] SUM_WORDS = {"mln", "million", "billion", "bln", "bn", "$", "€", "£", "¥", "dlr", "Dlr", "dollar"};

    private static final String[] TRIP_WORDS = {
            "visit", "arriv", "leav", "left", "flew", "flies", "fly", "attend", "trip", "tour", "travel", "mission",
            "delegation", "stop", "went", "here", "who", "gone", "been", "sent", "return"};

    /** A cheap test that a sentence may name a trip: each visit cue of {@link EventCues} holds one of these words. */
    static boolean mayNameATrip(String s) {
        return containsAny(s, TRIP_WORDS);
    }

    /** A cheap test before the back-reference pattern of {@link EventExtractor}: each of its phrases holds one of these words. */
    static boolean mayReferBack(String s) {
        return containsAny(s, BACK_REFERENCE_WORDS);
    }

    /** A cheap test that a sentence may state a sum: a digit and a scale or currency word. */
    static boolean mayStateASum(String s) {
        return hasDigit(s) && containsAny(s, SUM_WORDS);
    }

    /** Whether the text holds one of the words: the cheap test to run before a pattern that needs one. */
    static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [start, end)} of the text is a whole word: no letter right before or after it. */
    static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    /** Whether the text names a decade ("the 1980s", "early 1970s"): a time, but no year. */
    static boolean namesADecade(String s) {
        for (int i = s.indexOf("0s"); i >= 0; i = s.indexOf("0s", i + 2)) {
            if (i >= 3 && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i - 2)) && isDigit(s.charAt(i - 3))
                    && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * "This compared with ...", "That compares with ...", "It widened to 3.61 billion in the first quarter": the
     * sentence restates the figure before it for another time.
     */
    private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern.compile(
            "^\\W*(?:this|that|these|those|it|they|the\\s+(?:figure|total|level|surplus|deficit|gap|imbalance))\\s+"
                    + "(?:(?:compared?|compares)\\s+with|(?:has\\s+|had\\s+)?(?:widened|narrowed|rose|risen|fell|fallen|grew|grown|jumped|"
                    + "dropped|increased|decreased|declined|climbed|shrank|totalled|totaled|reached)(?=\\s+(?:by\\s+)?(?:to\\s+)?"
                    + "(?:a\\s+record\\s+|about\\s+|some\\s+|nearly\\s+)?(?:\\d|[a-z]+\\s+(?:mln|million|billion|bln)\\b)))",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A cue of {@code previous}'s kind where the sentence compares with the figure before it, else null. */
    static EventCue comparison(String s, EventCue previous) {
        if (!s.contains("ompare") && !hasDigit(s)) {
            return null;
        }
        java.util.regex.Matcher m = COMPARISON.matcher(s);
        return m.lookingAt() ? new EventCue(previous.kind(), previous.cameo(), previous.direction(), m.start(), m.end()) : null;
    }

    static Integer firstYearIn(String text) {
        for (int i = 0, last = text.length() - 4; i <= last; i++) {
            if (isYearAt(text, i)) {
                return yearAt(text, i);
            }
        }
        return null;
    }

    /**
     * The last stand-alone four-digit year 1900-2099 in the text, or 0. A plain scan: it runs on
     * every sentence, where a regex costs more than the rest of the sentence's reading.
     */
    static int lastYearIn(String text) {
        for (int i = text.length() - 4; i >= 0; i--) {
            if (isYearAt(text, i)) {
                return yearAt(text, i);
            }
        }
        return 0;
    }

    private static boolean isYearAt(String text, int i) {
        char c0 = text.charAt(i);
        if (c0 != '1' && c0 != '2') {
            return false; // most characters: one test
        }
        char c1 = text.charAt(i + 1);
        return (c0 == '1' ? c1 == '9' : c1 == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && (i + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 4)));
    }

    private static int yearAt(String text, int i) {
        return (text.charAt(i) - '0') * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
                + (text.charAt(i + 3) - '0');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
