package io.newsmon.producer.extract;

import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link RelationModel} sees of a sentence that names two countries (or one, filed from
 * another): the words around and between the two, the rules' cues and where they stand, and what the
 * rules extracted for the pair. (The sentence's other words were tried: they cost a tenth of the
 * extractor's speed and did no better in cross-validation.) A sentence is read once ({@link #of});
 * its shared features and each ordered pair's go to a {@link Sink}: the trainer keeps them as
 * strings ({@link #strings}), the extractor adds up their weights without building any.
 */
final class PairFeatures {

    /** A feature's name or value and its hash, computed once. */
    record Part(String text, long hash) {
        static Part of(String text) {
            return new Part(text, RelationModel.hash(text, 0, text.length()));
        }
    }

    /** Receives features as a name and a value ("w" and "export"); the file stores them as "w:export". */
    interface Sink {
        void add(Part name, Part value);

        /** A word of the sentence as the value: see {@link #tokenText} and {@link #tokenHash}. */
        void addToken(Part name, PairFeatures sentence, int token);
    }

    /** Letters kept of a word: a crude stem ("exports" and "exporting" are one word). */
    static final int STEM = 6;

    /** Words of sums, as stems: with a number, the sentence may state one. */
    private static final java.util.Set<Long> MONEY_WORDS = java.util.stream.Stream.of("dlr", "dlrs", "dollar", "mln", "billio",
            "bln", "marks", "yen", "francs", "pounds", "sterli", "stg").map(w -> Part.of(w).hash()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Part MONEY = Part.of("money");
    private static final Part YEAR = Part.of("year");
    private static final Part CUE = Part.of("c");
    private static final Part COUNTRIES = Part.of("nc");
    private static final Part VIA_HERE = Part.of("viahere");
    private static final Part HERE = Part.of("here");
    private static final Part FIRST = Part.of("first");
    private static final Part GAP = Part.of("gap");
    private static final Part CUE_WHERE = Part.of("cw");
    private static final Part CUE_DIRECTION = Part.of("cd");
    private static final Part[] BETWEEN = {Part.of("b>"), Part.of("b<")};
    private static final Part[] TYPE = {Part.of("tx"), Part.of("ty")};
    private static final Part[][] BEFORE = {{Part.of("px1"), Part.of("px2"), Part.of("px3")}, {Part.of("py1"), Part.of("py2"), Part.of("py3")}};
    private static final Part[][] AFTER = {{Part.of("ax1"), Part.of("ax2")}, {Part.of("ay1"), Part.of("ay2")}};
    private static final Part[] RULED = {Part.of("r"), Part.of("rr"), Part.of("rs"), Part.of("rsr"), Part.of("rso")};
    private static final Part X = Part.of("x");
    private static final Part Y = Part.of("y");
    private static final Part[] SMALL = {Part.of("0"), Part.of("1"), Part.of("2"), Part.of("3"), Part.of("4"), Part.of("5")};
    private static final Part[] KIND = parts(EventKind.values().length, k -> EventKind.values()[k].name());
    private static final Part[] MENTION = parts(MentionType.values().length, k -> MentionType.values()[k].name());
    private static final String[] WHERE = {"before", "between", "after"};
    private static final String[] ORDER = {">", "<"};
    // cw: kind, where the cue stands, pair order; cd: kind, the cue's direction, pair order
    private static final Part[] KIND_WHERE = parts(KIND.length * 6, i -> KIND[i / 6].text() + ":" + WHERE[i % 6 / 2] + ":" + ORDER[i % 2]);
    private static final int DIRECTIONS = EventCue.Direction.values().length;
    private static final Part[] KIND_DIRECTION = parts(KIND.length * DIRECTIONS * 2, i -> KIND[i / (DIRECTIONS * 2)].text() + ":"
            + EventCue.Direction.values()[i % (DIRECTIONS * 2) / 2].name() + ":" + ORDER[i % 2]);

    private static Part[] parts(int n, java.util.function.IntFunction<String> text) {
        Part[] parts = new Part[n];
        for (int i = 0; i < n; i++) {
            parts[i] = Part.of(text.apply(i));
        }
        return parts;
    }

    private static final Part NUMBER_TEXT = Part.of("#");
    private static final Part POSSESSIVE_TEXT = Part.of("'s");
    private static final int WORD = 0;
    private static final int NUMBER = 1;
    private static final int POSSESSIVE = 2;

    private final String text;
    private final int start;
    private final List<CountryMention> mentions;
    private final List<EventCue> cues;
    private final int year; // sign of (last stated year - publication year) + 1, or -1
    private final boolean money;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final byte[] tokenType;
    private final long[] tokenHash;
    private final int tokens;

    private PairFeatures(String text, int start, List<CountryMention> mentions, List<EventCue> cues, int year,
                         boolean money, int[] tokenStart, int[] tokenEnd, byte[] tokenType, long[] tokenHash, int tokens) {
        this.text = text;
        this.start = start;
        this.mentions = mentions;
        this.cues = cues;
        this.year = year;
        this.money = money;
        this.tokenStart = tokenStart;
        this.tokenEnd = tokenEnd;
        this.tokenType = tokenType;
        this.tokenHash = tokenHash;
        this.tokens = tokens;
    }

    /**
     * Reads a sentence: {@code mentions} are the countries in it (article offsets), {@code cues} the
     * rules' cues in it, {@code publishedYear} 0 when unknown.
     */
    static PairFeatures of(Sentence sentence, List<CountryMention> mentions, List<EventCue> cues, int publishedYear) {
        String s = sentence.text();
        int n = s.length() / 3 + 2;
        int[] starts = new int[n];
        int[] ends = new int[n];
        byte[] types = new byte[n];
        int count = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            byte type;
            if (isLetter(c)) {
                while (j < s.length() && isLetter(s.charAt(j))) {
                    j++;
                }
                type = WORD;
            } else if (c >= '0' && c <= '9') {
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) {
                    j++;
                }
                type = NUMBER;
            } else if ((c == '\'' || c == '\u2019') && i > 0 && isLetter(s.charAt(i - 1)) && i + 1 < s.length()
                    && s.charAt(i + 1) == 's' && (i + 2 == s.length() || !isLetter(s.charAt(i + 2)))) {
                j = i + 2;
                type = POSSESSIVE;
            } else {
                i++;
                continue;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                types = java.util.Arrays.copyOf(types, count * 2);
            }
            starts[count] = i;
            ends[count] = j;
            types[count] = type;
            count++;
            i = j;
        }
        long[] hashes = new long[count]; // filled on first use: most words are never looked up
        boolean number = false;
        boolean currency = false;
        int stated = 0;
        for (int t = 0; t < count; t++) {
            if (types[t] == NUMBER) {
                number = true;
                if (isYear(s, starts[t], ends[t])) {
                    stated = Integer.parseInt(s, starts[t], ends[t], 10);
                }
            } else if (types[t] == WORD && !currency && MONEY_WORDS.contains(
                    RelationModel.lowerCaseHash(s, starts[t], Math.min(ends[t], starts[t] + STEM)))) {
                currency = true;
            }
        }
        int year = stated > 0 && publishedYear > 0 ? Integer.signum(stated - publishedYear) + 1 : -1;
        boolean money = number && currency;
        return new PairFeatures(s, sentence.start(), mentions, cues, year, money, starts, ends, types, hashes, count);
    }

    /** The features every pair of the sentence shares: sums, years and cues. */
    void shared(Sink sink) {
        if (money) {
            sink.add(MONEY, SMALL[1]);
        }
        if (year >= 0) {
            sink.add(YEAR, SMALL[year]);
        }
        for (EventCue cue : cues) {
            sink.add(CUE, KIND[cue.kind().ordinal()]);
        }
    }

    /**
     * The features of the ordered pair (actor1, actor2) beyond the shared ones. {@code viaHere}: the pair
     * is the place filed from ({@code here}, not named in the sentence) and the sentence's one country.
     */
    void pair(Sink sink, String actor1, String actor2, String here, boolean viaHere, int countries, List<NewsEvent> ruled) {
        sink.add(COUNTRIES, SMALL[Math.min(countries, 5)]);
        if (viaHere) {
            sink.add(VIA_HERE, actor1.equals(here) ? X : Y);
        } else {
            if (actor1.equals(here)) {
                sink.add(HERE, X);
            }
            if (actor2.equals(here)) {
                sink.add(HERE, Y);
            }
        }
        CountryMention x = first(actor1);
        CountryMention y = first(actor2);
        if (x != null) {
            around(sink, 0, x);
        }
        if (y != null) {
            around(sink, 1, y);
        }
        if (x != null && y != null) {
            int order = x.start() < y.start() ? 0 : 1;
            sink.add(FIRST, order == 0 ? X : Y);
            int from = Math.min(x.end(), y.end()) - start;
            int to = Math.max(x.start(), y.start()) - start;
            int between = 0;
            for (int t = 0; t < tokens; t++) {
                if (tokenStart[t] >= from && tokenEnd[t] <= to) {
                    between++;
                    sink.addToken(BETWEEN[order], this, t);
                }
            }
            if (from < to) {
                sink.add(GAP, SMALL[Math.min(between / 3, 5)]);
            }
            int xs = x.start() - start;
            int ys = y.start() - start;
            for (EventCue cue : cues) {
                int where = cue.start() < Math.min(xs, ys) ? 0 : cue.start() > Math.max(xs, ys) ? 2 : 1;
                int kind = cue.kind().ordinal();
                sink.add(CUE_WHERE, KIND_WHERE[kind * 6 + where * 2 + order]);
                sink.add(CUE_DIRECTION, KIND_DIRECTION[(kind * DIRECTIONS + cue.direction().ordinal()) * 2 + order]);
            }
        }
        for (NewsEvent e : ruled) {
            boolean forward = e.actor1().equals(actor1) && e.actor2().equals(actor2);
            boolean backward = e.actor1().equals(actor2) && e.actor2().equals(actor1);
            Part kind = KIND[e.kind().ordinal()];
            if (forward) {
                sink.add(RULED[0], kind);
            } else if (backward) {
                sink.add(RULED[1], kind);
            }
            if (e.evidence().start() >= start && e.evidence().start() < start + text.length()) {
                sink.add(RULED[forward ? 2 : backward ? 3 : 4], kind);
            }
        }
    }

    /** All features of a pair as "name:value" strings, the shared ones first: what the trainer learns from. */
    List<String> strings(String actor1, String actor2, String here, boolean viaHere, int countries, List<NewsEvent> ruled) {
        List<String> out = new ArrayList<>();
        Sink sink = new Sink() {
            @Override
            public void add(Part name, Part value) {
                out.add(name.text() + ":" + value.text());
            }

            @Override
            public void addToken(Part name, PairFeatures sentence, int token) {
                out.add(name.text() + ":" + sentence.tokenText(token));
            }
        };
        shared(sink);
        pair(sink, actor1, actor2, here, viaHere, countries, ruled);
        return out;
    }

    /** The first cue of the sentence of that kind; null if the rules saw none. */
    EventCue cueOf(EventKind kind) {
        for (EventCue cue : cues) {
            if (cue.kind() == kind) {
                return cue;
            }
        }
        return null;
    }

    /** The first cue of that kind, else the sentence's first: what its modality is read from. */
    EventCue modalityCue(EventKind kind) {
        EventCue own = cueOf(kind);
        return own != null || cues.isEmpty() ? own : cues.get(0);
    }

    /** A word's value: lower case, cut to {@link #STEM} letters; "#" for a number, "'s" for a possessive. */
    String tokenText(int t) {
        return switch (tokenType[t]) {
            case WORD -> text.substring(tokenStart[t], Math.min(tokenEnd[t], tokenStart[t] + STEM)).toLowerCase(Locale.ROOT);
            case NUMBER -> NUMBER_TEXT.text();
            default -> POSSESSIVE_TEXT.text();
        };
    }

    /** The hash of {@link #tokenText}, computed once. */
    long tokenHash(int t) {
        long h = tokenHash[t];
        if (h == 0) {
            h = switch (tokenType[t]) {
                case WORD -> RelationModel.lowerCaseHash(text, tokenStart[t], Math.min(tokenEnd[t], tokenStart[t] + STEM));
                case NUMBER -> NUMBER_TEXT.hash();
                default -> POSSESSIVE_TEXT.hash();
            };
            tokenHash[t] = h;
        }
        return h;
    }

    private CountryMention first(String iso3) {
        for (CountryMention m : mentions) {
            if (m.iso3().equals(iso3)) {
                return m;
            }
        }
        return null;
    }

    /** The mention's type, the three words before it (within 40 characters) and the two after (within 30). */
    private void around(Sink sink, int side, CountryMention m) {
        sink.add(TYPE[side], MENTION[m.type().ordinal()]);
        int at = m.start() - start;
        int end = m.end() - start;
        int before = 0;
        for (int t = firstAt(at) - 1; t >= 0 && before < 3; t--) {
            if (tokenEnd[t] <= at) {
                if (tokenStart[t] < at - 40) {
                    break;
                }
                sink.addToken(BEFORE[side][before++], this, t);
            }
        }
        int after = 0;
        for (int t = firstAt(end); t < tokens && after < 2; t++) {
            if (tokenEnd[t] > end + 30) {
                break;
            }
            sink.addToken(AFTER[side][after++], this, t);
        }
    }

    /** "1986", "2026": four digits from 1900 to 2099. */
    private static boolean isYear(String s, int from, int to) {
        if (to - from != 4 || !(s.charAt(from) == '1' && s.charAt(from + 1) == '9' || s.charAt(from) == '2' && s.charAt(from + 1) == '0')) {
            return false;
        }
        return Character.isDigit(s.charAt(from + 2)) && Character.isDigit(s.charAt(from + 3));
    }

    /** The first token that starts at or after {@code at}. */
    private int firstAt(int at) {
        int low = 0;
        int high = tokens;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokenStart[mid] < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
