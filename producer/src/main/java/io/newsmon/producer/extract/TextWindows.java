package io.newsmon.producer.extract;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short spans of a sentence around the places a pattern needs (a digit, a month name, "year"), merged
 * where they overlap. The date and sum patterns are long alternations that cost far more per character
 * than the rest of extraction; searched only inside these spans they cost little, and find the same.
 * Encoded as {@code [start0, end0, start1, end1, ...]}.
 */
final class TextWindows {

    private TextWindows() {
    }

    /** Every match of {@code pattern} that lies inside one of the windows; lookaround sees past their ends. */
    static void forEachMatch(Pattern pattern, String text, int[] windows, Consumer<Matcher> action) {
        if (windows.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int w = 0; w < windows.length; w += 2) {
            m.region(windows[w], windows[w + 1]);
            while (m.find()) {
                action.accept(m);
            }
        }
    }

    /** Windows from {@code before} characters before to {@code after} characters after each anchor. */
    static int[] around(int[] anchors, int count, int before, int after, int length) {
        int[] windows = new int[2 * count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int start = Math.max(0, anchors[i] - before);
            int end = Math.min(length, anchors[i] + after);
            if (n > 0 && start <= windows[n - 1]) {
                windows[n - 1] = Math.max(windows[n - 1], end);
            } else {
                windows[n++] = start;
                windows[n++] = end;
            }
        }
        return n == windows.length ? windows : Arrays.copyOf(windows, n);
    }

    /** Windows around the start of every run of digits. */
    static int[] aroundDigits(String text, int before, int after) {
        int[] anchors = digitRuns(text);
        return around(anchors, anchors.length, before, after, text.length());
    }

    /** Where each run of digits starts, in text order. */
    static int[] digitRuns(String text) {
        int[] anchors = new int[8];
        int count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                if (count == anchors.length) {
                    anchors = Arrays.copyOf(anchors, count * 2);
                }
                anchors[count++] = i;
            }
        }
        return Arrays.copyOf(anchors, count);
    }

    /** Where any of the words occurs (as written, case-sensitive), in text order. */
    static int[] wordStarts(String text, String[] words) {
        int[] anchors = new int[8];
        int count = 0;
        for (String w : words) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length())) {
                if (count == anchors.length) {
                    anchors = Arrays.copyOf(anchors, count * 2);
                }
                anchors[count++] = i;
            }
        }
        Arrays.sort(anchors, 0, count);
        return Arrays.copyOf(anchors, count);
    }

    /**
     * Every match of {@code pattern} that starts at one of the anchors (in text order), each after the
     * end of the one before: for a pattern that can only start there (a number), one attempt per
     * anchor instead of one per character of a window.
     */
    static void forEachMatchAt(Pattern pattern, String text, int[] anchors, Consumer<Matcher> action) {
        if (anchors.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int a : anchors) {
            if (a < end) {
                continue;
            }
            m.region(a, text.length());
            if (m.lookingAt()) {
                action.accept(m);
                end = m.end();
            }
        }
    }

    /** Whether {@code pattern} matches starting at one of the anchors: for a pattern that can only start there. */
    static boolean anyMatchAt(Pattern pattern, String text, int[] anchors) {
        if (anchors.length == 0) {
            return false;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int a : anchors) {
            if (m.region(a, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Both sorted anchor lists as one, sorted, without repeats. */
    static int[] merged(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[n - 1] != all[i]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** Windows around every occurrence of any of the words (as written, case-sensitive), in text order. */
    static int[] aroundWords(String text, String[] words, int before, int after) {
        int[] anchors = wordStarts(text, words);
        return around(anchors, anchors.length, before, after, text.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
