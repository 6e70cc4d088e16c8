package io.newsmon.producer.extract;

import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When an event read from a sentence happened: the date stated nearest its cue, else one carried
 * from earlier sentences, else the publication's (docs/extraction.md section 8); and whether a date
 * in the future makes a plan of it. Stateless.
 */
final class EventDating {

    private EventDating() {
    }

    private static final EventDate[] YEARS = new EventDate[200];

    static {
        for (int y = 0; y < YEARS.length; y++) {
            YEARS[y] = EventDate.year(1900 + y);
        }
    }

    /** {@link EventDate#year} for 1900-2099 without formatting a string each time. */
    static EventDate yearDate(int year) {
        return year >= 1900 && year < 2100 ? YEARS[year - 1900] : EventDate.year(year);
    }

    /**
     * The date stated closest to the cue word, else the one inherited from context. A date inside another
     * cue is that cue's ("officials are to meet under the emergency provisions of a July 1986 pact").
     */
    static EventDate dateNearCue(EventCue cue, String s, List<DateMention> dates, EventDate inherited,
                                 List<EventCue> cues) {
        if (ONGOING.matcher(s.substring(Math.max(0, cue.start() - 40), cue.start())).find()) {
            return null; // "Japan is the largest customer for U.S. grain and depended ... in 1985": a state, today's
        }
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            if (cues.stream().anyMatch(c -> c != cue && d.end() > c.start() && d.start() < c.end())) {
                continue;
            }
            if (d.start() > cue.end() && s.contains("since") && SINCE_BEFORE.matcher(s.substring(cue.end(), d.start())).find()) {
                continue; // "the first UAE official to visit Yugoslavia since ... last November": when a span began
            }
            if (d.start() > cue.end() && DEADLINE_BEFORE.matcher(s.substring(cue.end(), d.start())).find()
                    && PAST_AGREEING.matcher(s).region(cue.start(), cue.end()).lookingAt()) {
                continue; // "agreed to build a new gas pipeline by 2028": when the pipeline is due, not when they agreed
            }
            int distance = d.end() <= cue.start() ? cue.start() - d.end() : Math.max(0, d.start() - cue.end());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best != null ? best.date() : inherited;
    }

    /** A state in the present tense right before the cue: "is the largest", "remains a major". */
    private static final Pattern ONGOING = Pattern.compile(
            "\\b(?:is|are|remains?)\\s+(?:now\\s+|still\\s+)?(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}$");

    private static final Pattern DEADLINE_BEFORE = Pattern.compile("\\b(?:by|until|before)\\s+(?:the\\s+end\\s+of\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_AGREEING = Pattern.compile("(?:agreed|signed|decided|pledged|promised)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\b[^,;.]*$", Pattern.CASE_INSENSITIVE);

    /** A stated date in the future of the publication makes a plan of it, whatever the verb. */
    static Modality modalityFor(Modality stated, EventDate date, ArticleContext context) {
        if (stated == Modality.FACT && context.published != null && date.start().isAfter(context.published)) {
            return Modality.INTENT;
        }
        return stated;
    }

    /**
     * When the sentence states no date: economic figures are filed under the publication year
     * (a trade figure read on 2 March is rarely a figure of 2 March), other events under the
     * publication day. Without a publication date, the first year the article states, else none.
     */
    static EventDate orDefault(EventDate date, EventKind kind, ArticleContext context) {
        if (date != null) {
            return date;
        }
        if (context.published != null) {
            return EventCues.isEconomic(kind) ? yearDate(context.published.getYear()) : EventDate.day(context.published);
        }
        return context.fallbackYear == null ? null : yearDate(context.fallbackYear);
    }

    static void updateAnchor(List<DateMention> dates, ArticleContext context) {
        for (DateMention d : dates) {
            if (d.explicit()) {
                context.lastDate = d.date();
            }
        }
    }
}
