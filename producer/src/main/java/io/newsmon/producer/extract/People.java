package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officials as sides. News introduces an official once with the country he acts for ("Brazilian
 * Finance Minister Dilson Funaro", "Indonesia's Energy Minister Subroto") and then uses his name
 * alone ("Funaro, who is in Washington to attend the meetings"): each later mention of the name
 * stands for that country. Not when the name only introduces what he says ("Funaro said"): a
 * speaker is no side of what he speaks about. Stateless.
 */
final class People {

    private People() {
    }

    /** A title after a country mention, then the name: its last word is what later mentions use. */
    private static final Pattern TITLE_AND_NAME = Pattern.compile(
            "(?:'s)?\\s+(?:(?:\\p{Lu}[\\p{L}-]*|of|and|for|the|arms|trade|chief|top|senior|deputy|foreign|finance|economy|economic|energy|oil|farm|agriculture)\\s+){0,6}?"
                    + "(?:President|Prime\\s+Minister|Premier|Minister|Secretary|Chancellor|Ambassador|Envoy|King|Queen|Emperor|"
                    + "Governor|Trade\\s+Representative|Commissioner|[Oo]fficial|[Nn]egotiator|[Ll]eader|[Dd]elegate|[Ss]pokesman)"
                    + "(?:\\s+(?:of|for)(?:\\s+(?:\\p{Lu}[\\p{L}-]*|and|the)){1,5}?)?\\s*,?\\s+"
                    // "Luiz Inacio Lula da Silva", "Ursula von der Leyen": the last name after its particles
                    + "(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}(?:(?:[Vv]on|de|da|do|dos|di|del|van|der|al|bin|ibn)\\s+){0,2}(\\p{Lu}\\p{Ll}[\\p{L}'-]+)\\b");

    private static final String[] TITLE_WORDS = {"President", "Minister", "Premier", "Secretary", "Chancellor", "Ambassador",
            "Envoy", "King", "Queen", "Emperor", "Governor", "Representative", "Commissioner", "official", "Official",
            "negotiator", "Negotiator", "leader", "Leader", "delegate", "Delegate", "spokesman", "Spokesman"};
    /** {@link #TITLE_WORDS} by their first letter: one pass over the text finds them all. */
    private static final String[][] TITLES_BY_LETTER = new String[128][];

    static {
        for (String w : TITLE_WORDS) {
            String[] words = TITLES_BY_LETTER[w.charAt(0)];
            words = words == null ? new String[1] : java.util.Arrays.copyOf(words, words.length + 1);
            words[words.length - 1] = w;
            TITLES_BY_LETTER[w.charAt(0)] = words;
        }
    }

    /** Whether a title word starts within {@code distance} characters after {@code from}: the pattern runs only then. */
    private static boolean titleWithin(String text, int from, int distance) {
        for (int i = from, end = Math.min(text.length(), from + distance); i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 || TITLES_BY_LETTER[c] == null || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            for (String w : TITLES_BY_LETTER[c]) {
                if (text.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a speaker does: "Funaro said", "Subroto told Reuters". */
    private static final Pattern SPEAKS = Pattern.compile(
            "^\\s*,?\\s*(?:said|says|told|added|noted|stated|declined|replied|warned|argued|explained|estimated|predicted)\\b");

    /** Whether the name ending at {@code nameEnd} only introduces what its bearer says: "Funaro said", "Putin told". */
    static boolean speaks(String text, int nameEnd) {
        return SPEAKS.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 20))).find();
    }

    /** Words that follow a title but are no surname. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "The", "This", "That", "He", "She", "It", "They", "Said", "Told", "Who", "Which", "And", "But");

    /**
     * An official introduced with the country he acts for.
     *
     * @param name     the surname later mentions use
     * @param iso3     his country
     * @param from     where the introduction ends: later mentions start there
     * @param resident an ambassador or envoy: he lives where he speaks, so his presence is no visit
     */
    record Official(String name, String iso3, int from, boolean resident) {
    }

    /** The officials the text introduces with their country; a name two countries' officials share names neither. */
    static List<Official> officials(List<CountryMention> mentions, String text) {
        List<Official> introduced = null;
        for (CountryMention m : mentions) {
            if (m.type() != MentionType.NAME && m.type() != MentionType.DEMONYM || !titleWithin(text, m.end(), 80)) {
                continue;
            }
            Matcher t = TITLE_AND_NAME.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 120));
            if (!t.lookingAt() || NOT_NAMES.contains(t.group(1))) {
                continue;
            }
            if (introduced == null) {
                introduced = new ArrayList<>();
            }
            introduced.add(new Official(t.group(1), m.iso3(), t.end(), RESIDENT.matcher(t.group()).find()));
        }
        return introduced == null ? List.of() : Parties.firstOfEachName(introduced, Official::name, Official::iso3);
    }

    private static final Pattern RESIDENT = Pattern.compile("\\b(?:Ambassador|Envoy|[Ee]mbassy|[Cc]onsul)");

    /**
     * The mentions with a {@link MentionType#PERSON} mention added for every later use of the name
     * of an official introduced with his country. Mentions stay in text order.
     */
    static List<CountryMention> withOfficials(List<CountryMention> mentions, List<Official> officials, String text) {
        if (officials.isEmpty()) {
            return mentions;
        }
        List<CountryMention> added = new ArrayList<>();
        for (Official o : officials) {
            int length = o.name().length();
            Parties.addUses(added, text, o.name(), o.from(), o.iso3(), MentionType.PERSON,
                    at -> !speaks(text, at + length));
        }
        return Parties.withAdded(mentions, added);
    }
}
