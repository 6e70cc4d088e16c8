package io.newsmon.producer.extract;

import java.util.List;

/**
 * One surface form of the gazetteer.
 *
 * @param codes     the countries it names (several for a group, none for a body or stop phrase)
 * @param kind      what the form is
 * @param surface   the form as written in the gazetteer
 * @param exactCase match only with exactly this case ("US" but not "us")
 * @param weak      ambiguous: counts only when the text also names the country unambiguously,
 *                  or when it is the place a dateline was filed from
 * @param datelineOnly a form that names a place only in a dateline ("Ill.", "Ind.", "Irvine"):
 *                  elsewhere it is ignored
 */
record GazetteerEntry(List<String> codes, Kind kind, String surface, boolean exactCase, boolean weak,
                      boolean datelineOnly) {

    /** LEADER: a leader's name ({@link Leaders}), which stands for the state only in its years in office. */
    enum Kind { NAME, DEMONYM, CAPITAL, CITY, REGION, GROUP, BODY, STOP, LEADER }

    GazetteerEntry {
        codes = List.copyOf(codes);
    }

    GazetteerEntry(List<String> codes, Kind kind, String surface, boolean exactCase, boolean weak) {
        this(codes, kind, surface, exactCase, weak, false);
    }

    /** Whether a match of this entry names countries (bodies and stop phrases only block others). */
    boolean namesCountries() {
        return !codes.isEmpty();
    }

    MentionType mentionType() {
        return switch (kind) {
            case NAME -> MentionType.NAME;
            case DEMONYM -> MentionType.DEMONYM;
            case CAPITAL -> MentionType.CAPITAL;
            case CITY -> MentionType.CITY;
            case REGION -> MentionType.REGION;
            case GROUP -> MentionType.GROUP_MEMBER;
            case LEADER -> MentionType.PERSON;
            case BODY, STOP -> throw new IllegalStateException(surface + " names no country");
        };
    }
}
