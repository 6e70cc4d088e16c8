package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline's place as a side of the story. "TOKYO, March 3 - ... the visitors arrived here
 * yesterday": the dateline says where the story was filed, which is not an actor of its lead
 * sentence, but "here" in the body names that place, the host of whatever happens "here".
 */
final class Here {

    private static final Pattern HERE = Pattern.compile("\\bhere\\b");

    /**
     * "officials here said", "analysts here": people of the place speaking about it, not an event
     * there. Such a "here" is no side.
     */
    private static final Pattern LOCALS_BEFORE = Pattern.compile(
            "\\b(?:officials?|diplomats?|analysts?|sources?|observers?|reporters?|dealers?|traders?|bankers?|economists?|"
                    + "newspapers?|press|experts?|circles|residents|businessmen|spokesm[ae]n|correspondents?|quarters|"
                    + "markets?|exchange|brokers?|industry)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private Here() {
    }

    /** Mentions outside the dateline: the place a story was filed from is not one of its sides. */
    static List<CountryMention> outsideDateline(List<CountryMention> mentions, StoryLayout layout) {
        if (!layout.hasDateline()) {
            return mentions;
        }
        return mentions.stream().filter(m -> !layout.inDateline(m.start())).toList();
    }

    /** The country the story was filed from, or null when it has no dateline naming one. */
    static String datelineCountry(List<CountryMention> mentions, StoryLayout layout) {
        if (!layout.hasDateline()) {
            return null;
        }
        String country = null;
        for (CountryMention m : mentions) {
            if (layout.inDateline(m.start())) {
                if (country != null && !country.equals(m.iso3())) {
                    return null; // an ambiguous place ("GEORGETOWN") places nothing
                }
                country = m.iso3();
            }
        }
        return country;
    }

    /** The mentions with every "here" after the dateline that names the place added as a mention of {@code country}. */
    static List<CountryMention> resolved(List<CountryMention> mentions, String country, String text, int bodyStart) {
        if (country == null) {
            return mentions;
        }
        Matcher m = HERE.matcher(text).region(bodyStart, text.length());
        List<CountryMention> heres = new ArrayList<>();
        while (m.find()) {
            if (!LOCALS_BEFORE.matcher(text.substring(Math.max(bodyStart, m.start() - 40), m.start())).find()) {
                heres.add(new CountryMention(country, m.start(), m.end(), "here", MentionType.HERE));
            }
        }
        if (heres.isEmpty()) {
            return mentions;
        }
        List<CountryMention> all = new ArrayList<>(mentions);
        all.addAll(heres);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : 0);
        return List.copyOf(all);
    }
}
