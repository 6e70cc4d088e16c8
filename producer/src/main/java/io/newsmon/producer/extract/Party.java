package io.newsmon.producer.extract;

import java.util.List;

/**
 * One side of an event as the sentence names it: a country, or a group of countries named at once
 * ("Benelux"). {@code start} is -1 for a side taken from the previous sentences, not this one.
 */
record Party(List<String> countries, int start, int end, MentionType type) {

    Party {
        countries = List.copyOf(countries);
    }

    static Party fromContext(String iso3) {
        return new Party(List.of(iso3), -1, -1, MentionType.NAME);
    }

    boolean inSentence() {
        return start >= 0;
    }
}
