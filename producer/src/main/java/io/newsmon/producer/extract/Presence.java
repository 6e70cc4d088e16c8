package io.newsmon.producer.extract;

import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Visits read from where people are rather than from a word of travel: the countries listed as
 * attending a meeting held where the story was filed, and a foreign official who speaks "here" or is
 * "in London". Stateless.
 */
final class Presence {

    private Presence() {
    }

    /** The visit an attendee makes: a cue of no words, the sentence's own date goes to it. */
    private static final EventCue ATTENDANCE = new EventCue(EventKind.VISIT, EventKind.VISIT.defaultCameo(),
            EventCue.Direction.TO_IS_ACTOR2, 0, 0);

    /** One visit of each listed country to the place the story was filed from, dated as the sentence says. */
    static List<NewsEvent> attendees(Sentence sentence, List<Party> parties, ArticleContext context) {
        String s = sentence.text();
        Modality modality = Modalities.of(s, 0);
        EventDate date = EventDating.orDefault(EventDating.dateNearCue(ATTENDANCE, s,
                DateFinder.find(s, context.published, context.lastDate, modality == Modality.INTENT), null, List.of()),
                EventKind.VISIT, context);
        if (date == null) {
            return List.of();
        }
        List<NewsEvent> events = new ArrayList<>();
        for (Party visitor : parties) {
            ArticleFacts.add(events, ATTENDANCE, new Roles.Pair(visitor, context.here), EventDating.modalityFor(modality, date, context), date, null, null, sentence, context);
        }
        return events;
    }

    /**
     * A foreign official who is somewhere is visiting it. "Poehl told a news conference here", filed from
     * Washington: he speaks at the place filed from. "Martinez Cuenca was in London to brief ...": he is
     * in a place of another country. The official is named before ("He" is the official named last).
     */
    static List<NewsEvent> presentOfficials(Sentence sentence, List<Party> parties, List<People.Official> officials,
                                            ArticleContext context) {
        String s = sentence.text();
        java.util.regex.MatchResult speaking = context.here == null ? null : Here.speakingHere(s);
        java.util.regex.MatchResult present = speaking != null ? null : Here.presentIn(s, parties);
        java.util.regex.MatchResult where = speaking != null ? speaking : present;
        // the official is named before he speaks or is placed: "Concepcion, speaking at ... here", "Yeutter said ... here"
        People.Official official = where == null ? null : Here.lastNamed(s, where.start(), officials);
        if (where != null && official == null && Here.startsWithHe(s)) {
            official = context.lastOfficial;
        }
        People.Official named = Here.lastNamed(s, s.length(), officials);
        if (named != null) {
            context.lastOfficial = named;
        }
        if (official == null || official.resident()
                || present != null && !Here.isSubjectOf(s, official.name(), present.start())) {
            return List.of(); // "Gaddafi repeated that no Libyan forces are in Chad": the forces are
        }
        Party host = speaking != null ? context.here : Here.placeAt(parties, present.end());
        if (host == null || host.countries().contains(official.iso3())) {
            return List.of();
        }
        EventCue presence = new EventCue(EventKind.VISIT, EventKind.VISIT.defaultCameo(), EventCue.Direction.TO_IS_ACTOR2,
                where.start(), where.end());
        Modality modality = Modalities.of(s, where.start());
        // dated by a date right after the place ("met Gorbachev in Moscow on Tuesday", "told a news conference
        // here yesterday"), not by one further on ("... here, said ministers declared in Uruguay last September")
        EventDate stated = null;
        int placeEnd = speaking != null ? where.end() : host.end();
        for (DateMention d : DateFinder.find(s, context.published, context.lastDate, modality == Modality.INTENT)) {
            if (d.start() >= placeEnd && d.start() - placeEnd <= 12) {
                stated = d.date();
                break;
            }
        }
        EventDate date = EventDating.orDefault(stated, EventKind.VISIT, context);
        if (date == null) {
            return List.of();
        }
        List<NewsEvent> events = new ArrayList<>();
        ArticleFacts.add(events, presence, new Roles.Pair(Party.fromContext(official.iso3()), host), EventDating.modalityFor(modality, date, context),
                date, null, null, sentence, context);
        return events;
    }
}
