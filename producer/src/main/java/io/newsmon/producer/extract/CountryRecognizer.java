package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the countries a text names, by name, demonym, capital or group, and the places it puts in
 * them (cities, states, provinces), in one Aho–Corasick pass over the gazetteer. Rules on top of
 * the raw matches:
 * <ul>
 *   <li>whole words only: no letter or digit may touch either end of a match;</li>
 *   <li>the first letter must be upper case ("turkey", "china" the porcelain are not countries),
 *       and forms flagged {@code exact} must match their case exactly ("US", not "us");</li>
 *   <li>overlapping matches: the leftmost, then longest wins, so "Papua New Guinea" beats
 *       "Guinea", "New Mexico" (a US state) beats "Mexico", and stop phrases ("Washington Post")
 *       and international bodies ("European Union") swallow the country words inside them;</li>
 *   <li>weak forms ("Georgia", "Brussels") count only if the text names the same country by a
 *       non-weak form too ("Tbilisi", "Belgium"), or when they are the place of the dateline;</li>
 *   <li>a dateline ("PORTLAND, Ore., March 3 -", see {@link StoryLayout}) is read with forms that
 *       count nowhere else (postal abbreviations, towns), and when its region names a country, the
 *       place before it yields no mention of its own.</li>
 * </ul>
 * {@link #find} reports every mention, {@link #countriesNamed} every country named as a country,
 * {@link #countriesIn} only what the text is about (see {@link CountrySalience}).
 * Immutable and thread-safe.
 */
public final class CountryRecognizer {

    private final List<GazetteerEntry> entries;
    private final AhoCorasick automaton;
    /** Entries that count in lower case in a story set in lower case: names and demonyms that are no common word. */
    private final java.util.BitSet lowerCaseForms;
    /** Of those, the names that show a story was set in lower case ("venezuela", "ecuador"). */
    private final java.util.BitSet tellingNames;

    /** Loads the gazetteer from the classpath. */
    public CountryRecognizer() {
        this(withLeaders(Gazetteer.load()));
    }

    private static List<GazetteerEntry> withLeaders(List<GazetteerEntry> gazetteer) {
        List<GazetteerEntry> all = new ArrayList<>(gazetteer);
        all.addAll(Leaders.bundled().entries());
        return all;
    }

    CountryRecognizer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        this.automaton = new AhoCorasick(this.entries.stream().map(GazetteerEntry::surface).toList());
        this.lowerCaseForms = new java.util.BitSet(this.entries.size());
        this.tellingNames = new java.util.BitSet(this.entries.size());
        for (int k = 0; k < this.entries.size(); k++) {
            GazetteerEntry e = this.entries.get(k);
            boolean form = !e.exactCase() && (e.kind() == GazetteerEntry.Kind.NAME || e.kind() == GazetteerEntry.Kind.DEMONYM)
                    && !COMMON_WORDS.contains(e.surface().toLowerCase(java.util.Locale.ROOT));
            lowerCaseForms.set(k, form);
            tellingNames.set(k, form && e.kind() == GazetteerEntry.Kind.NAME && e.surface().length() >= 5 && !e.weak());
        }
    }

    /**
     * All country mentions, in text order; a group yields one mention per member, same span. City
     * and region mentions included ({@link MentionType#CITY}, {@link MentionType#REGION}).
     */
    public List<CountryMention> find(String text) {
        return find(text, StoryLayout.of(text));
    }

    /**
     * Every country the text names as a country (by name, demonym, capital or group), in order of
     * first mention. A city or region only places something in a country ("a summit in Venice",
     * "a Houston refinery"): {@link #find} reports it, {@link #countriesIn} weighs it, but it does
     * not name the state.
     */
    public Set<String> countriesNamed(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (CountryMention m : find(text)) {
            if (m.type().namesState()) {
                codes.add(m.iso3());
            }
        }
        return codes;
    }

    /**
     * The countries the text is about, in order of first mention: the salient ones of
     * {@link #salience}. A country named once in passing deep in the body is left out; use
     * {@link #countriesNamed} for every country named.
     */
    public Set<String> countriesIn(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (CountrySalience s : salience(text)) {
            if (s.salient()) {
                codes.add(s.iso3());
            }
        }
        return codes;
    }

    /** How prominently the text names each country it names, in order of first mention. */
    public List<CountrySalience> salience(String text) {
        StoryLayout layout = StoryLayout.of(text);
        return CountrySalience.of(find(text, layout), layout);
    }

    List<CountryMention> find(String text, StoryLayout layout) {
        return findAll(text, layout).countries();
    }

    /**
     * What one pass over the text finds: the country mentions {@link #find} reports, and the leaders'
     * names, each as a {@link MentionType#PERSON} mention of every state it ever stood for ({@link Leaders}
     * tells which counts when).
     */
    record Found(List<CountryMention> countries, List<CountryMention> leaders) {
    }

    Found findAll(String text, StoryLayout layout) {
        int[] hits = acceptedHits(text, layout);
        int count = hits.length / 3;
        List<CountryMention> mentions = new ArrayList<>(count);
        List<CountryMention> leaders = null;
        Set<String> strong = new HashSet<>();
        boolean regionPlacesDateline = false;
        for (int h = 0; h < count; h++) {
            GazetteerEntry e = entries.get(hits[h * 3]);
            if (e.kind() == GazetteerEntry.Kind.LEADER) {
                continue;
            }
            if (e.namesCountries() && !e.weak() && !e.datelineOnly()) {
                strong.addAll(e.codes());
            }
            regionPlacesDateline |= e.namesCountries() && layout.inDatelineRegion(hits[h * 3 + 1]);
        }
        for (int h = 0; h < count; h++) {
            GazetteerEntry e = entries.get(hits[h * 3]);
            if (!e.namesCountries()) {
                continue;
            }
            int start = hits[h * 3 + 1];
            int end = hits[h * 3 + 2];
            if (e.kind() == GazetteerEntry.Kind.LEADER) {
                leaders = leaders == null ? new ArrayList<>() : leaders;
                for (String code : e.codes()) {
                    leaders.add(new CountryMention(code, start, end, e.surface(), e.mentionType()));
                }
                continue;
            }
            // "PORTLAND, Ore., March 3 -": the region says which Portland.
            if (regionPlacesDateline && layout.inDatelinePlace(start)) {
                continue;
            }
            boolean inDateline = layout.inDateline(start);
            for (String code : e.codes()) {
                if (!e.weak() || inDateline || strong.contains(code)) {
                    mentions.add(new CountryMention(code, start, end, text.substring(start, end), e.mentionType()));
                }
            }
        }
        return new Found(List.copyOf(mentions), leaders == null ? List.of() : List.copyOf(leaders));
    }

    /**
     * Spans of international bodies ("European Union", "IMF") in the text, as {@code [start, end)}
     * pairs: the extractor reads them as non-country parties.
     */
    List<int[]> bodySpans(String text) {
        int[] hits = acceptedHits(text, StoryLayout.of(text));
        List<int[]> spans = new ArrayList<>();
        for (int h = 0; h < hits.length / 3; h++) {
            if (entries.get(hits[h * 3]).kind() == GazetteerEntry.Kind.BODY) {
                spans.add(new int[] {hits[h * 3 + 1], hits[h * 3 + 2]});
            }
        }
        return spans;
    }

    /**
     * Matches that pass the word, case and dateline rules, leftmost-longest, as (entry, start, end)
     * triples.
     */
    private int[] acceptedHits(String text, StoryLayout layout) {
        HitBuffer raw = new HitBuffer();
        HitBuffer lowerCase = new HitBuffer();
        automaton.scan(text, (key, start, end) -> {
            GazetteerEntry entry = entries.get(key);
            if (isWholeWord(text, start, end) && (!entry.datelineOnly() || layout.inDateline(start))) {
                if (caseMatches(entry, text, start)) {
                    raw.add(key, start, end);
                } else if (lowerCaseForms.get(key) && Character.isLowerCase(text.charAt(start))) {
                    lowerCase.add(key, start, end);
                }
            }
        });
        if (lowerCase.size() > 0 && lowerCase.any(tellingNames::get)) {
            // "mexico today received ... from japan's eximbank": a story set in lower case names its
            // countries in lower case, as a "venezuela" or "ecuador" in it shows
            raw.addAll(lowerCase);
        }
        return raw.leftmostLongest();
    }

    /** Country names and demonyms that are no common word in lower case ("turkey", "china", "chad" are). */
    private static final Set<String> COMMON_WORDS = Set.of("turkey", "turkish", "china", "chad", "jordan", "georgia",
            "guinea", "chile", "panama", "french", "dutch", "swiss", "polish", "danish", "cook", "jersey",
            "america", "american", "americans"); // "south american", "central america": regions

    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !isLetterOrDigit(text.charAt(end))
                    || !isLetterOrDigit(text.charAt(end - 1)));
    }

    // ASCII letters and digits as bits of two words: news text is mostly ASCII, and this spares
    // the Unicode tables on every raw match.
    private static final long ASCII_WORD_LOW = 0x03FF000000000000L;   // '0'..'9'
    private static final long ASCII_WORD_HIGH = 0x07FFFFFE07FFFFFEL;  // 'A'..'Z', 'a'..'z'

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (((c < 64 ? ASCII_WORD_LOW : ASCII_WORD_HIGH) >>> (c & 63)) & 1L) != 0;
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean caseMatches(GazetteerEntry entry, String text, int start) {
        if (entry.exactCase()) {
            return text.regionMatches(start, entry.surface(), 0, entry.surface().length());
        }
        char first = text.charAt(start);
        return !Character.isLetter(first) || Character.isUpperCase(first);
    }

    /** Raw hits in a flat int array; resolves overlaps without allocating per hit. */
    private static final class HitBuffer {
        private int[] data = new int[48];
        private int size;

        int size() {
            return size / 3;
        }

        boolean any(java.util.function.IntPredicate key) {
            for (int i = 0; i < size; i += 3) {
                if (key.test(data[i])) {
                    return true;
                }
            }
            return false;
        }

        void addAll(HitBuffer other) {
            for (int i = 0; i < other.size; i += 3) {
                add(other.data[i], other.data[i + 1], other.data[i + 2]);
            }
        }

        void add(int key, int start, int end) {
            if (size + 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = key;
            data[size++] = start;
            data[size++] = end;
        }

        int[] leftmostLongest() {
            int n = size / 3;
            // Hits arrive ordered by end; reorder by start, longest first. A stable insertion sort:
            // the order is nearly right already (only nested matches are out of place).
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                int j = i;
                while (j > 0 && startsAfter(order[j - 1], i)) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            int[] kept = new int[size];
            int k = 0;
            int coveredTo = -1;
            for (int i : order) {
                if (data[i * 3 + 1] >= coveredTo) {
                    kept[k++] = data[i * 3];
                    kept[k++] = data[i * 3 + 1];
                    kept[k++] = data[i * 3 + 2];
                    coveredTo = data[i * 3 + 2];
                }
            }
            return Arrays.copyOf(kept, k);
        }

        /** Whether hit {@code a} sorts after hit {@code b}: later start, or same start and shorter. */
        private boolean startsAfter(int a, int b) {
            int startA = data[a * 3 + 1];
            int startB = data[b * 3 + 1];
            return startA != startB ? startA > startB : data[a * 3 + 2] < data[b * 3 + 2];
        }
    }
}
