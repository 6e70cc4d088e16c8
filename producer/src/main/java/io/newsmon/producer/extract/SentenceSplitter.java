package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences with their offsets. A sentence ends at '.', '!' or '?' (plus
 * closing quotes or brackets) followed by white space and an upper-case letter, digit or quote,
 * except after abbreviations ("Mr.", "Jan.", "Corp."), initials ("J. Smith") and "U.S."-style
 * dotted acronyms followed by a capitalised word; decimals never split since no space follows the
 * point. A blank line or a line break followed by indentation (Reuters paragraphs) always ends one.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj",
            "adm", "rev", "st", "sr", "jr", "messrs", "mt", "ft", "no", "nos", "vs", "etc", "inc", "corp",
            "co", "ltd", "plc", "bros", "dept", "est", "approx", "fig", "vol", "pp", "op", "cf",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "e.g", "i.e", "a.m", "p.m", "ave", "blvd", "pres", "amb", "cmdr", "gens", "lieut", "supt");

    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** Words that start sentences after a dotted acronym: "... the U.S. The talks ..." */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "But", "Its", "Their",
            "His", "Her", "There", "However", "Meanwhile");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // Jumps from one possible boundary to the next with String.indexOf, which scans far faster
        // than a loop over every character.
        int newline = text.indexOf('\n');
        int period = text.indexOf('.');
        int bang = text.indexOf('!');
        int question = text.indexOf('?');
        for (int i = 0; ; i++) {
            if (newline >= 0 && newline < i) {
                newline = text.indexOf('\n', i);
            }
            if (period >= 0 && period < i) {
                period = text.indexOf('.', i);
            }
            if (bang >= 0 && bang < i) {
                bang = text.indexOf('!', i);
            }
            if (question >= 0 && question < i) {
                question = text.indexOf('?', i);
            }
            i = nearest(nearest(newline, period), nearest(bang, question));
            if (i < 0) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                if (isParagraphBreak(text, i)) {
                    add(text, start, i, sentences);
                    start = i + 1;
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < n && !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && !endsSentence(text, i, next)) {
                continue;
            }
            add(text, start, end, sentences);
            start = end;
            i = end - 1;
        }
        add(text, start, n, sentences);
        return sentences;
    }

    /** The smaller of two positions where -1 means none. */
    private static int nearest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static boolean isParagraphBreak(String text, int newline) {
        int j = newline + 1;
        int spaces = 0;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
            spaces++;
        }
        return j >= text.length() || text.charAt(j) == '\n' || spaces >= 2;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(' || c == '\'';
    }

    /** Whether the period at {@code dot} ends a sentence, given the next word starts at {@code next}. */
    private static boolean endsSentence(String text, int dot, int next) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        int length = dot - w;
        if (length == 1 && Character.isUpperCase(text.charAt(w))) {
            return false; // an initial: "J. Smith"
        }
        // Lower-casing never shortens a word, so longer words cannot be abbreviations: no copy.
        if (length <= MAX_ABBREVIATION && ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (length <= 6 && hasPoint(text, w, dot)) {
            // A dotted acronym ("U.S", "U.K"): ends the sentence only before a typical sentence opener.
            return SENTENCE_STARTERS.contains(nextWord(text, next));
        }
        return true;
    }

    private static boolean hasPoint(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    private static String nextWord(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
