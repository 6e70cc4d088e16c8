package io.newsmon.producer.extract;

import io.newsmon.model.Modality;
import java.util.List;

/** The dates of one sentence, read on first use. */
final class SentenceDates {
    private final String sentence;
    private final List<EventCue> cues;
    private final List<ChangeMention> changes;
    private final List<MoneyMention> money;
    private final ArticleContext context;
    private List<DateMention> dates;

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
            for (EventCue c : cues) {
                plans |= Modalities.of(sentence, c.start()) == Modality.INTENT;
            }
            dates = Sums.withoutBases(DateFinder.find(sentence, context.published, context.lastDate, plans), changes, money);
        }
        return dates;
    }
}
