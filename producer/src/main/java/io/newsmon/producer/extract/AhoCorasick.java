package io.newsmon.producer.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

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

    // Transitions in one open-addressing table keyed by (state << 16 | char): compact and cache-friendly.
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    private final int[] fail;
    private final int[] keyAt;       // key ending exactly at this state, or -1
    private final int[] nextOutput;  // nearest state on the failure chain with a key, or -1
    private final int[] keyLength;

    AhoCorasick(List<String> keys) {
        int maxStates = 1 + keys.stream().mapToInt(String::length).sum();
        int capacity = Integer.highestOneBit(Math.max(16, maxStates * 2)) << 1;
        long[] ek = new long[capacity];
        Arrays.fill(ek, -1L);
        int[] et = new int[capacity];
        int[] keyAtState = new int[maxStates];
        Arrays.fill(keyAtState, -1);
        int states = 1;
        keyLength = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            keyLength[k] = key.length();
            int s = ROOT;
            for (int i = 0; i < key.length(); i++) {
                char c = fold(key.charAt(i));
                int t = lookup(ek, et, capacity - 1, s, c);
                if (t < 0) {
                    t = states++;
                    insert(ek, et, capacity - 1, s, c, t);
                }
                s = t;
            }
            if (keyAtState[s] < 0) {
                keyAtState[s] = k;
            }
        }
        edgeKeys = ek;
        edgeTargets = et;
        edgeMask = capacity - 1;
        keyAt = Arrays.copyOf(keyAtState, states);
        fail = new int[states];
        nextOutput = new int[states];
        Arrays.fill(nextOutput, -1);
        buildFailureLinks(states);
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
        int s = ROOT;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = fold(text.charAt(i));
            int t;
            while ((t = lookup(edgeKeys, edgeTargets, edgeMask, s, c)) < 0 && s != ROOT) {
                s = fail[s];
            }
            s = t < 0 ? ROOT : t;
            for (int o = keyAt[s] >= 0 ? s : nextOutput[s]; o >= 0; o = nextOutput[o]) {
                int key = keyAt[o];
                hits.hit(key, i + 1 - keyLength[key], i + 1);
            }
        }
    }

    private void buildFailureLinks(int states) {
        // Children of each state, gathered from the edge table, for a breadth-first walk.
        int[][] children = new int[states][];
        char[][] labels = new char[states][];
        int[] counts = new int[states];
        for (int i = 0; i < edgeKeys.length; i++) {
            if (edgeKeys[i] >= 0) {
                counts[(int) (edgeKeys[i] >>> 16)]++;
            }
        }
        for (int s = 0; s < states; s++) {
            children[s] = new int[counts[s]];
            labels[s] = new char[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < edgeKeys.length; i++) {
            if (edgeKeys[i] >= 0) {
                int from = (int) (edgeKeys[i] >>> 16);
                children[from][counts[from]] = edgeTargets[i];
                labels[from][counts[from]++] = (char) (edgeKeys[i] & 0xFFFF);
            }
        }
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : children[ROOT]) {
            fail[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.remove();
            for (int i = 0; i < children[s].length; i++) {
                int child = children[s][i];
                char c = labels[s][i];
                int f = fail[s];
                int t;
                while ((t = lookup(edgeKeys, edgeTargets, edgeMask, f, c)) < 0 && f != ROOT) {
                    f = fail[f];
                }
                fail[child] = (t < 0 || t == child) ? ROOT : t;
                int via = fail[child];
                nextOutput[child] = keyAt[via] >= 0 ? via : nextOutput[via];
                queue.add(child);
            }
        }
    }

    private static int lookup(long[] keys, int[] targets, int mask, int state, char c) {
        long key = ((long) state << 16) | c;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return targets[i];
            }
            if (k < 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    private static void insert(long[] keys, int[] targets, int mask, int state, char c, int target) {
        long key = ((long) state << 16) | c;
        int i = mix(key) & mask;
        while (keys[i] >= 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        targets[i] = target;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
