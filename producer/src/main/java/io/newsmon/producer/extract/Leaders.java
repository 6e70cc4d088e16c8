package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leaders named without their country ("Modi met Putin in Kazan", "Reagan told Nakasone"): each name
 * stands for its state in news published while its bearer held office ({@code leaders.tsv}, documented
 * in its header). {@link CountryRecognizer} finds the names in its one pass over the text, as
 * {@link GazetteerEntry.Kind#LEADER} forms; this class keeps the years and tells which of them count.
 * Immutable.
 */
final class Leaders {

    static final String RESOURCE = "/io/newsmon/producer/extract/leaders.tsv";

    /** One term of office: the name stands for the state from one year to another (inclusive). */
    record Term(String iso3, int from, int to) {
    }

    /** The terms by name, in file order. */
    private final Map<String, List<Term>> terms;

    private Leaders(Map<String, List<Term>> terms) {
        this.terms = terms;
    }

    private static final Leaders BUNDLED = load();

    static Leaders bundled() {
        return BUNDLED;
    }

    private static Leaders load() {
        return parse(Gazetteer.resourceLines(RESOURCE));
    }

    static Leaders parse(List<String> lines) {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        for (Gazetteer.Row row : Gazetteer.rows(lines)) {
            int lineNo = row.lineNo();
            String line = row.line();
            String[] f = row.fields();
            if (f.length < 4 || !f[0].matches("[A-Z]{3}") || !f[1].matches("\\d{4}") || !f[2].matches("\\d{4}|-")) {
                throw new IllegalArgumentException("leaders line " + lineNo + " needs iso3, from, to, names: " + line);
            }
            Term term = new Term(f[0], Integer.parseInt(f[1]), f[2].equals("-") ? Integer.MAX_VALUE : Integer.parseInt(f[2]));
            for (String name : f[3].split("\\|")) {
                if (name.length() < 2 || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
                    throw new IllegalArgumentException("leaders line " + lineNo + ": a name starts with a capital A-Z: " + name);
                }
                terms.computeIfAbsent(name, k -> new ArrayList<>()).add(term);
            }
        }
        Map<String, List<Term>> frozen = new LinkedHashMap<>();
        terms.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Leaders(java.util.Collections.unmodifiableMap(frozen));
    }

    /** One gazetteer form per name, for every state it ever stood for; matched with its case. */
    List<GazetteerEntry> entries() {
        List<GazetteerEntry> entries = new ArrayList<>();
        terms.forEach((name, list) -> entries.add(new GazetteerEntry(list.stream().map(Term::iso3).distinct().toList(),
                GazetteerEntry.Kind.LEADER, name, true, false)));
        return entries;
    }

    /**
     * Of the names {@link CountryRecognizer} found (each a {@link MentionType#PERSON} mention), those that
     * stand for their state in the year: not a speaker ("Putin said"), not a name its country stands right
     * before ("U.S. President Ronald Reagan", "Japan's Nakasone": named already), and none where another
     * mention stands.
     */
    List<CountryMention> inOffice(List<CountryMention> names, int year, String text, List<CountryMention> mentions) {
        List<CountryMention> kept = null;
        for (CountryMention n : names) {
            List<Term> list = terms.get(n.surface());
            if (list == null || list.stream().noneMatch(t -> t.iso3().equals(n.iso3()) && year >= t.from() && year <= t.to())
                    || Parties.overlapsAny(mentions, n.start(), n.end()) || introduced(mentions, n) || People.speaks(text, n.end())) {
                continue;
            }
            kept = kept == null ? new ArrayList<>() : kept;
            kept.add(n);
        }
        return kept == null ? List.of() : kept;
    }

    private static boolean introduced(List<CountryMention> mentions, CountryMention name) {
        for (CountryMention m : mentions) {
            if (m.iso3().equals(name.iso3()) && m.end() <= name.start() && name.start() - m.end() < 40) {
                return true;
            }
        }
        return false;
    }
}
