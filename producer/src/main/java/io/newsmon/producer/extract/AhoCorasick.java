package io.newsmon.producer.extract;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over case-folded characters: finds every occurrence of every key in one
 * pass over the text. Case and word-boundary rules are the caller's: it gets all raw occurrences.
 * Immutable once built, so one instance serves all threads.
 */
final class AhoCorasick {

    /** Receives one occurrence of key {@code key} at {@code [start, end)}. */
    @FunctionalInterface
    interface Hits {
        void hit(int key, int start, int end);
    }

    private static final int ROOT = 0;

    // A dense DFA: every character of the text maps (folded) to a class of the keys' alphabet, class
    // 0 for characters no key uses, and each state has one row of next states indexed by class,
    // failure transitions already folded in. One array read per character, no hashing. Next states
    // are 16 bits: the table is half the size of an int table, and the rows the scan visits most stay
    // in the fastest cache (a sixth less time over Reuters than with ints).
    private static final int MAX_STATES = 1 << 15;
    private static final char KEYS_END = 0x8000; // set on a transition into a state where keys end

    private final char[] classOf;   // raw text char -> alphabet class of its folded form
    private final int alphabet;     // number of classes, class 0 included
    private final char[] delta;     // delta[state * alphabet + class]: the next state, | KEYS_END if keys end there
    private final int[] keyAt;       // key ending exactly at this state, or -1
    private final int[] nextOutput;  // nearest state on the failure chain with a key, or -1
    private final int[] keyLength;

    AhoCorasick(List<String> keys) {
        char[] classOfFolded = new char[Character.MAX_VALUE + 1];
        int classes = 1;
        for (String key : keys) {
            for (int i = 0; i < key.length(); i++) {
                char c = fold(key.charAt(i));
                if (classOfFolded[c] == 0) {
                    classOfFolded[c] = (char) classes++;
                }
            }
        }
        // Every raw char takes the class of its folded form ("A" and "a", "\u2019" and "'").
        classOf = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            classOf[c] = classOfFolded[fold((char) c)];
        }
        alphabet = classes;
        int maxStates = 1 + keys.stream().mapToInt(String::length).sum();
        int[] trie = new int[maxStates * alphabet];
        Arrays.fill(trie, -1);
        int[] keyAtState = new int[maxStates];
        Arrays.fill(keyAtState, -1);
        int states = 1;
        keyLength = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            keyLength[k] = key.length();
            int s = ROOT;
            for (int i = 0; i < key.length(); i++) {
                int edge = s * alphabet + classOf[key.charAt(i)];
                if (trie[edge] < 0) {
                    trie[edge] = states++;
                }
                s = trie[edge];
            }
            if (keyAtState[s] < 0) {
                keyAtState[s] = k;
            }
        }
        // Numbered breadth first, the shallow states where the scan spends most of its time share
        // a few cache lines.
        int[] renumbered = breadthFirstNumbers(trie, states);
        int[] next = new int[states * alphabet];
        keyAt = new int[states];
        for (int s = 0; s < states; s++) {
            int row = renumbered[s] * alphabet;
            for (int c = 0; c < alphabet; c++) {
                int child = trie[s * alphabet + c];
                next[row + c] = child < 0 ? -1 : renumbered[child];
            }
            keyAt[renumbered[s]] = keyAtState[s];
        }
        nextOutput = new int[states];
        Arrays.fill(nextOutput, -1);
        buildTransitions(next, states);
        if (states > MAX_STATES) {
            throw new IllegalArgumentException("too many keys for one automaton: " + states + " states, at most " + MAX_STATES);
        }
        // A transition into a state where keys end is flagged: the scan tests one bit instead of
        // reading two more arrays on every character.
        delta = new char[next.length];
        for (int i = 0; i < next.length; i++) {
            int target = next[i];
            delta[i] = (char) (keyAt[target] >= 0 || nextOutput[target] >= 0 ? target | KEYS_END : target);
        }
    }

    /** The folding applied to keys and text alike: lower case, typographic apostrophe as ASCII. */
    static char fold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u02bc') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    int keyLength(int key) {
        return keyLength[key];
    }

    void scan(CharSequence text, Hits hits) {
        char[] classes = classOf;
        char[] table = delta;
        int width = alphabet;
        int s = ROOT;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = table[s * width + classes[text.charAt(i)]];
            if (s >= KEYS_END) {
                s -= KEYS_END;
                for (int o = keyAt[s] >= 0 ? s : nextOutput[s]; o >= 0; o = nextOutput[o]) {
                    int key = keyAt[o];
                    hits.hit(key, i + 1 - keyLength[key], i + 1);
                }
            }
        }
    }

    /** New number of each trie state, in breadth-first order from the root. */
    private int[] breadthFirstNumbers(int[] trie, int states) {
        int[] number = new int[states];
        int[] queue = new int[states];
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int s = queue[head];
            number[s] = head;
            for (int c = 0; c < alphabet; c++) {
                int child = trie[s * alphabet + c];
                if (child >= 0) {
                    queue[tail++] = child;
                }
            }
        }
        return number;
    }

    /**
     * Breadth-first over the trie: a missing edge of a state becomes its failure state's edge, so
     * the scan never follows failure links.
     */
    private void buildTransitions(int[] next, int states) {
        int[] fail = new int[states];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int c = 0; c < alphabet; c++) {
            int child = next[c];
            if (child < 0) {
                next[c] = ROOT;
            } else {
                fail[child] = ROOT;
                queue[tail++] = child;
            }
        }
        while (head < tail) {
            int s = queue[head++];
            int row = s * alphabet;
            int failRow = fail[s] * alphabet;
            for (int c = 0; c < alphabet; c++) {
                int child = next[row + c];
                if (child < 0) {
                    next[row + c] = next[failRow + c];
                } else {
                    // Rows of shallower states are complete already: this is the failure state.
                    fail[child] = next[failRow + c];
                    int via = fail[child];
                    nextOutput[child] = keyAt[via] >= 0 ? via : nextOutput[via];
                    queue[tail++] = child;
                }
            }
        }
    }
}
