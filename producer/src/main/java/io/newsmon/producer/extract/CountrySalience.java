package io.newsmon.producer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How prominently a text names one country, and whether the text is about it.
 *
 * <p>The rule ({@link #salient}), tuned on the Reuters-21578 TRAIN split against its PLACES labels
 * (docs/evaluation.md): a story is about
 * <ol>
 *   <li>the country it was filed from (its dateline: "TOKYO, March 3 -"; 97 % of such countries
 *       are in PLACES),</li>
 *   <li>the countries in its headline,</li>
 *   <li>the only country it names, if it names one only,</li>
 *   <li>the countries of its lead sentence, when it has no dateline; with a dateline, the lead
 *       often sets the scene with other countries named once ("Japan, like the U.S., ..."), so a
 *       lead country must come back: {@value #DATELINED_LEAD_MENTIONS} mentions in all,</li>
 *   <li>any country it names at least {@value #REPEATED_MENTIONS} times.</li>
 * </ol>
 * A country named once or twice in the body and nowhere prominent is mentioned in passing. Cities
 * and regions count as mentions, and place a story in the dateline, but do not make a country
 * prominent in the headline or lead.
 *
 * @param iso3       the country
 * @param mentions   how many times the text names it (a group counts for each member)
 * @param inHeadline named as a country (name, demonym, capital, group) in the headline; a city or
 *                   region there only places the story ("QUEBEC'S CAISSE ISSUES EUROBOND" filed
 *                   from London: on TRAIN such headline-only places were in PLACES 36 times of 90)
 * @param inDateline named in the dateline, by any form: the story was filed from there
 * @param inLead     named as a country in the first sentence of the body (dateline included)
 * @param salient    whether the text is about it
 */
public record CountrySalience(String iso3, int mentions, boolean inHeadline, boolean inDateline, boolean inLead,
                              boolean salient) {

    /** Mentions a lead country needs when the story has a dateline. */
    static final int DATELINED_LEAD_MENTIONS = 3;
    /** Mentions that make a country salient wherever they are. */
    static final int REPEATED_MENTIONS = 4;

    /** The salience of every country among the mentions, in order of first mention. */
    static List<CountrySalience> of(List<CountryMention> mentions, StoryLayout layout) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (CountryMention m : mentions) {
            // mentions, headline, dateline, lead
            int[] c = counts.computeIfAbsent(m.iso3(), k -> new int[4]);
            c[0]++;
            boolean namesState = m.type().namesState();
            c[1] |= namesState && layout.inHeadline(m.start()) ? 1 : 0;
            c[2] |= layout.inDateline(m.start()) ? 1 : 0;
            c[3] |= namesState && layout.inLead(m.start()) ? 1 : 0;
        }
        boolean only = counts.size() == 1;
        boolean datelined = counts.values().stream().anyMatch(c -> c[2] == 1);
        List<CountrySalience> out = new ArrayList<>(counts.size());
        counts.forEach((iso3, c) -> {
            int n = c[0];
            boolean headline = c[1] == 1;
            boolean dateline = c[2] == 1;
            boolean lead = c[3] == 1;
            boolean salient = dateline || headline || only
                    || lead && (!datelined || n >= DATELINED_LEAD_MENTIONS)
                    || n >= REPEATED_MENTIONS;
            out.add(new CountrySalience(iso3, n, headline, dateline, lead, salient));
        });
        return List.copyOf(out);
    }
}
