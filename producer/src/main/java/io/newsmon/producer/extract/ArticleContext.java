package io.newsmon.producer.extract;

import io.newsmon.model.EventDate;
import io.newsmon.model.SourceRef;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the previous sentences established: the pair being discussed and the latest date. */
final class ArticleContext {
    final SourceRef source;
    final MoneyFinder.LocalCurrencies currencies;
    /** The country the story was filed from, or null. */
    final Party here;
    final LocalDate published;
    final Integer fallbackYear;
    Party actor1;
    Party actor2;
    /** The pair of the last sentence that yielded events. */
    Roles.Pair eventPair;
    /**
     * The pair of the last state credit guarantee read, until a sentence names a country outside it: "The action
     * reduces the guarantee line for sales of corn from 78.0 mln dlrs to 57.0 mln" changes that guarantee.
     */
    Roles.Pair guaranteePair;
    /** The cue of the last sum that sentence read, or null: "This compared with ..." continues it. */
    EventCue eventCue;
    /** The currency of the last sum that sentence read, or null: "It widened to 3.61 billion" is in it. */
    String eventCurrency;
    EventDate lastDate;
    /** For kinds without direction: the order a pair was first named in, so the article stays consistent. */
    final Map<String, Roles.Pair> symmetricOrder = new HashMap<>();
    /** How many events so far involve each country, in order of first involvement. */
    final Map<String, Integer> subjectCounts = new LinkedHashMap<>();
    /** The official the sentences so far named last, or null. */
    People.Official lastOfficial;
    /** How many times the sentences so far name each country, in order of first mention. */
    final Map<String, Integer> namedCounts = new LinkedHashMap<>();

    ArticleContext(SourceRef source, LocalDate published, Integer fallbackYear, MoneyFinder.LocalCurrencies currencies,
                   String here) {
        this.currencies = currencies;
        this.here = here == null ? null : Party.fromContext(here);
        this.source = source;
        this.published = published;
        this.fallbackYear = fallbackYear;
    }

    /** The cues of each sentence read so far, by its text: the relation model reads them again. */
    private final Map<String, List<EventCue>> cues = new java.util.IdentityHashMap<>();

    List<EventCue> cuesOf(String sentence) {
        return cues.computeIfAbsent(sentence, EventCues::find);
    }

    /** Forgets the credit guarantee's pair once a sentence names a country outside it: another country's matters. */
    void keepGuaranteeWithin(List<Party> parties) {
        if (guaranteePair != null && !Parties.within(parties, guaranteePair)) {
            guaranteePair = null;
        }
    }

    /** Whether the rules looked for cues in the sentence and found some. */
    boolean cuesFound(String sentence) {
        List<EventCue> found = cues.get(sentence);
        return found != null && !found.isEmpty();
    }

    boolean hasPair() {
        return actor1 != null;
    }

    Party otherThan(Party p) {
        if (!hasPair()) return null;
        if (actor1.countries().equals(p.countries())) return actor2;
        if (actor2.countries().equals(p.countries())) return actor1;
        return null;
    }

    /**
     * The other side for a sentence that names one country: the other of the current pair, else the
     * country the article is about (the one its events so far involve most), when that is another.
     */
    Party partnerOf(Party p) {
        Party other = otherThan(p);
        return other != null ? other : subjectOtherThan(p);
    }

    /** The country the article's events so far involve most, if it is not {@code p}'s. */
    Party subjectOtherThan(Party p) {
        return mostOtherThan(subjectCounts, p);
    }

    /**
     * The partner of a listed object ("accords were reached with the U.K. and France"): the other of
     * the current pair, the article's subject, else the country named most so far.
     */
    Party partnerOfList(Party p) {
        Party partner = partnerOf(p);
        return partner != null ? partner : mostOtherThan(namedCounts, p);
    }

    private static Party mostOtherThan(Map<String, Integer> counts, Party p) {
        String subject = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                subject = e.getKey();
            }
        }
        return subject == null || p.countries().contains(subject) ? null : Party.fromContext(subject);
    }

    void countNamed(List<Party> parties) {
        for (Party p : parties) {
            p.countries().forEach(c -> namedCounts.merge(c, 1, Integer::sum));
        }
    }

    void count(String iso3) {
        subjectCounts.merge(iso3, 1, Integer::sum);
    }
}
