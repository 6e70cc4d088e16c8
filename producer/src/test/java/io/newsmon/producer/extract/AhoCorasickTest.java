package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    @Test
    void findsOverlappingAndNestedKeysThroughFailureTransitions() {
        AhoCorasick automaton = new AhoCorasick(List.of("he", "she", "his", "hers", "Papua New Guinea", "Guinea"));
        assertThat(hits(automaton, "ushers")).containsExactly("1:1-4", "0:2-4", "3:2-6");
        assertThat(hits(automaton, "PAPUA NEW GUINEA")).containsExactly("4:0-16", "5:10-16");
    }

    @Test
    void foldsCaseAndTypographicApostrophesInTextAndKeys() {
        AhoCorasick automaton = new AhoCorasick(List.of("Côte d'Ivoire"));
        assertThat(hits(automaton, "in CÔTE D\u2019IVOIRE")).containsExactly("0:3-16");
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> keys = List.of("ab", "abc", "bca", "c", "caab", "bb", "abcab", "a\u00e9");
        AhoCorasick automaton = new AhoCorasick(keys);
        Random random = new Random(7);
        String letters = "abcABC\u00e9\u00c9x ";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(hits(automaton, text).stream().sorted().toList())
                    .as(text.toString())
                    .isEqualTo(naiveHits(keys, text.toString()).stream().sorted().toList());
        }
    }

    private static List<String> hits(AhoCorasick automaton, CharSequence text) {
        List<String> found = new ArrayList<>();
        automaton.scan(text, (key, start, end) -> found.add(key + ":" + start + "-" + end));
        return found;
    }

    private static List<String> naiveHits(List<String> keys, String text) {
        List<String> found = new ArrayList<>();
        String folded = fold(text);
        for (int k = 0; k < keys.size(); k++) {
            String key = fold(keys.get(k));
            for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
                found.add(k + ":" + at + "-" + (at + key.length()));
            }
        }
        return found;
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(AhoCorasick.fold(s.charAt(i)));
        }
        return b.toString();
    }
}
