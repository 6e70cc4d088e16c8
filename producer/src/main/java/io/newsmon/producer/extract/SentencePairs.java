package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence naming at least two countries, or one besides the place filed from ({@code viaHere}):
 * its ordered pairs are what the relation model judges.
 */
record SentencePairs(Sentence sentence, List<CountryMention> mentions, String here, boolean viaHere, List<String> countries) {

    /** Every ordered pair of its countries; with the place filed from, both orders of the two. */
    List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        if (viaHere) {
            pairs.add(new String[] {here, countries.get(0)});
            pairs.add(new String[] {countries.get(0), here});
        } else {
            for (String x : countries) {
                for (String y : countries) {
                    if (!x.equals(y)) {
                        pairs.add(new String[] {x, y});
                    }
                }
            }
        }
        return pairs;
    }

    /** The sentence's pairs, or null when it names no pair (most sentences). */
    static SentencePairs of(Sentence sentence, List<CountryMention> mentions, String here) {
        if (mentions.isEmpty()) {
            return null;
        }
        List<String> countries = new ArrayList<>(4);
        for (CountryMention m : mentions) {
            if (!countries.contains(m.iso3())) {
                countries.add(m.iso3());
            }
        }
        if (countries.size() >= 2) {
            return new SentencePairs(sentence, mentions, here, false, countries);
        }
        if (countries.size() == 1 && here != null && !countries.get(0).equals(here)) {
            return new SentencePairs(sentence, mentions, here, true, countries);
        }
        return null;
    }
}
