package io.newsmon.producer.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a news text puts what it is about: the headline, the dateline and the lead (the first
 * sentence of the body). Offsets are into the text; an absent part is an empty span at the point
 * where it would have been.
 *
 * <p>The headline is the first line when the text has more than one line and the first is short
 * (at most {@value #MAX_HEADLINE} characters, no sentence inside); the dateline is the
 * "PLACE[, REGION][, DATE][ (AGENCY)] -" opening of the body ("NEW YORK, March 3 -",
 * "SAN JOSE, Calif., Feb 26 -", "LONDON (Reuters) -"); the lead runs from the start of the body to
 * the end of its first sentence or paragraph.
 *
 * @param headlineEnd   end of the headline (0 when there is none)
 * @param datelineStart start of the dateline (= its end when there is none)
 * @param placeEnd      end of the dateline's place ("SAN JOSE"); = datelineStart when none
 * @param regionStart   start of the dateline's region ("Calif."); = regionEnd when none
 * @param regionEnd     end of the dateline's region
 * @param datelineEnd   end of the dateline, dash included
 * @param leadEnd       end of the lead
 */
public record StoryLayout(int headlineEnd, int datelineStart, int placeEnd, int regionStart, int regionEnd,
                          int datelineEnd, int leadEnd) {

    static final int MAX_HEADLINE = 200;

    // Words of a place name: capitalised words, particles of names ("Rio de Janeiro"), initials. A word is
    // read whole (possessively: no backtracking into it), hyphens inside it included ("WINSTON-SALEM"), but
    // a dash that ends it is left for the dateline's dash ("LONDON-- ", "ASTANA- ").
    private static final String LETTERS = "[\\p{L}.'\u2019&]";
    private static final String CAPITALISED = "\\p{Lu}" + LETTERS + "*+(?:-" + LETTERS + "++)*+";
    private static final String WORD = "(?:" + CAPITALISED + "|de|da|do|del|la|le|am|of|upon|es)";
    private static final String PLACE = CAPITALISED + "(?: " + WORD + "){0,4}";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
            + "(?:[a-z]*|[A-Z]*)\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "(" + PLACE + ")(?:, (" + PLACE + "))?(?:,? (" + MONTH + " \\d{1,2}(?:, \\d{4})?))?"
                    + "(?: (\\([\\p{L} ]{1,20}\\)))? ?(?:-+|\u2013|\u2014) ");
    private static final int MAX_DATELINE = 90;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "inc", "corp", "co", "ltd", "plc", "bros",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
            "calif", "conn", "mass", "fla", "ariz", "colo", "okla", "tenn", "minn", "mich", "ill", "ind",
            "pa", "va", "wash", "wis", "ore", "tex", "ky", "md", "mo", "nev", "neb", "kan", "ala", "ark", "del");

    public StoryLayout {
        if (headlineEnd < 0 || datelineStart < headlineEnd || placeEnd < datelineStart || regionStart < placeEnd
                || regionEnd < regionStart || datelineEnd < regionEnd || leadEnd < datelineEnd) {
            throw new IllegalArgumentException("parts out of order: " + headlineEnd + ", " + datelineStart + ", "
                    + placeEnd + ", " + regionStart + ", " + regionEnd + ", " + datelineEnd + ", " + leadEnd);
        }
    }

    /** The layout of a text; never fails, a text without structure is all lead and body. */
    public static StoryLayout of(String text) {
        // A first line that opens with a dateline is the body's first paragraph, not a headline.
        int headlineEnd = headlineEnd(text);
        int openingEnd = headlineEnd > 0 ? datelineEndBound(text, 0, Math.min(headlineEnd, MAX_DATELINE)) : -1;
        if (openingEnd > 0) {
            Matcher opening = DATELINE.matcher(text).region(0, openingEnd);
            if (opening.lookingAt() && isDateline(opening)) {
                headlineEnd = 0;
            }
        }
        int bodyStart = headlineEnd == 0 ? 0 : skipSpace(text, headlineEnd);
        int datelineBound = datelineEndBound(text, bodyStart, Math.min(text.length(), bodyStart + MAX_DATELINE));
        Matcher m = datelineBound > 0 ? DATELINE.matcher(text).region(bodyStart, datelineBound) : null;
        if (m != null && m.lookingAt() && isDateline(m)) {
            int regionStart = m.start(2) < 0 ? m.end(1) : m.start(2);
            int regionEnd = m.start(2) < 0 ? m.end(1) : m.end(2);
            return new StoryLayout(headlineEnd, bodyStart, m.end(1), regionStart, regionEnd, m.end(),
                    leadEnd(text, m.end()));
        }
        return new StoryLayout(headlineEnd, bodyStart, bodyStart, bodyStart, bodyStart, bodyStart,
                leadEnd(text, bodyStart));
    }

    /**
     * Where a dateline starting at {@code from} would end, or -1: after the first dash in
     * {@code [from, end)} that may close one (a run of dashes, or a long dash, then a space). The
     * pattern runs only then, and only up to there: no part of a dateline holds such a dash, and
     * searching no further spares the pattern's backtracking over the body.
     */
    private static int datelineEndBound(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                int j = i + 1;
                while (c == '-' && j < text.length() && text.charAt(j) == '-') {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == ' ') {
                    return j + 1;
                }
                i = j - 1;
            }
        }
        return -1;
    }

    public boolean hasDateline() {
        return datelineEnd > datelineStart;
    }

    public boolean inHeadline(int offset) {
        return offset < headlineEnd;
    }

    public boolean inDateline(int offset) {
        return offset >= datelineStart && offset < datelineEnd;
    }

    /** In the dateline's place ("SAN JOSE" of "SAN JOSE, Calif., Feb 26 -"). */
    public boolean inDatelinePlace(int offset) {
        return offset >= datelineStart && offset < placeEnd;
    }

    /** In the dateline's region ("Calif." of "SAN JOSE, Calif., Feb 26 -"). */
    public boolean inDatelineRegion(int offset) {
        return offset >= regionStart && offset < regionEnd;
    }

    /** In the first sentence of the body, dateline included. */
    public boolean inLead(int offset) {
        return offset >= datelineStart && offset < leadEnd;
    }

    // A place, then a date or an agency, or a place in capitals: "Acme said -" is no dateline.
    private static boolean isDateline(Matcher m) {
        if (m.group(3) != null || m.group(4) != null) {
            return true;
        }
        String place = m.group(1);
        return place.length() > 1 && place.equals(place.toUpperCase(java.util.Locale.ROOT));
    }

    private static int headlineEnd(String text) {
        int newline = text.indexOf('\n');
        if (newline <= 0 || newline > MAX_HEADLINE || text.substring(0, newline).isBlank()) {
            return 0;
        }
        int end = sentenceEnd(text, 0, newline);
        return end < newline ? 0 : newline;
    }

    private static int leadEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return sentenceEnd(text, from, newline < 0 ? text.length() : newline);
    }

    /** End of the first sentence in {@code [from, limit)}, or {@code limit}. */
    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                int next = skipSpace(text, i + 1);
                if (next < limit && (Character.isUpperCase(text.charAt(next)) || text.charAt(next) == '"')
                        && (c != '.' || !isAbbreviation(text, from, i))) {
                    return i + 1;
                }
            }
        }
        return limit;
    }

    // "U.S.", "Corp.", "Calif.": the word before the point is short, dotted or a known abbreviation.
    private static boolean isAbbreviation(String text, int from, int point) {
        int start = point;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, point);
        if (word.length() <= 1 || word.indexOf('.') >= 0) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
