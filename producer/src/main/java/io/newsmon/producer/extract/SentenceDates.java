package io.newsmon.producer.extract;

import io.newsmon.model.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The dates of one sentence, read on first use, and the modality of each of its cues, read once. */
final class SentenceDates {
    private final String sentence;
    private final List<EventCue> cues;
    private final List<ChangeMention> changes;
    private final List<MoneyMention> money;
    private final ArticleContext context;
    private List<DateMention> dates;
    private Modality[] modalities;

    SentenceDates(String sentence, List<EventCue> cues, List<ChangeMention> changes, List<MoneyMention> money,
                  ArticleContext context) {
        this.sentence = sentence;
        this.cues = cues;
        this.changes = changes;
        this.money = money;
        this.context = context;
    }

    boolean read() {
        return dates != null;
    }

    List<DateMention> get() {
        if (dates == null) {
            boolean plans = false;
            boolean facts = false;
            for (EventCue c : cues) {
                boolean intent = modalityOf(c) == Modality.INTENT;
                plans |= intent;
                facts |= !intent;
            }
            List<DateMention> found = DateFinder.find(sentence, context.published, context.lastDate, plans);
            if (plans && facts && context.published != null && liesAhead(found)) {
                found = byNearestCue(found, DateFinder.find(sentence, context.published, context.lastDate, false));
            }
            dates = withoutSince(Sums.withoutBases(found, changes, money));
        }
        return dates;
    }

    /** Whether a date lies after the publication day: only then may reading it as past change it. */
    private boolean liesAhead(List<DateMention> found) {
        for (DateMention d : found) {
            if (d.date().start().isAfter(context.published)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a sentence of facts and plans, a day or month lies ahead only when the cue it follows is a plan:
     * "signed a free trade agreement on 2 April, which will remove tariffs" is last April, not next.
     * {@code ahead} and {@code past} are the sentence's dates read both ways.
     */
    private List<DateMention> byNearestCue(List<DateMention> ahead, List<DateMention> past) {
        if (ahead.equals(past) || ahead.size() != past.size()) {
            return ahead;
        }
        List<DateMention> chosen = new ArrayList<>(ahead.size());
        for (int i = 0; i < ahead.size(); i++) {
            DateMention date = ahead.get(i);
            EventCue owner = cues.get(0); // the last cue before the date, else the first
            for (EventCue c : cues) {
                if (c.start() < date.start()) {
                    owner = c;
                }
            }
            chosen.add(modalityOf(owner) == Modality.FACT ? past.get(i) : date);
        }
        return chosen;
    }

    /** The cue's modality ({@link Modalities#of}), computed once whether the dates or the event ask first. */
    Modality modalityOf(EventCue cue) {
        int i = cues.indexOf(cue);
        if (i < 0) {
            return Modalities.of(sentence, cue.start());
        }
        if (modalities == null) {
            modalities = new Modality[cues.size()];
        }
        if (modalities[i] == null) {
            modalities[i] = Modalities.of(sentence, cue.start());
        }
        return modalities[i];
    }

    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:early\\s+|late\\s+|mid-?)?$");

    /**
     * Whether the date at {@code at} follows "since", or starts with it (a month's mention holds its lead
     * word: "since January"): "$2.4bn invested since 2010" is a stock up to now.
     */
    static boolean sinceBefore(String sentence, int at) {
        return sentence.regionMatches(true, at, "since ", 0, 6) || SINCE.matcher(sentence.substring(Math.max(0, at - 16), at)).find();
    }

    /** "$2.4bn invested since 2010", "holding talks since last June": a span up to now, not an event of that date. */
    private List<DateMention> withoutSince(List<DateMention> found) {
        if (found.isEmpty() || !sentence.contains("ince")) {
            return found;
        }
        List<DateMention> kept = new ArrayList<>(found.size());
        for (DateMention d : found) {
            if (!sinceBefore(sentence, d.start())) {
                kept.add(d);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }
}
