package io.newsmon.producer.extract;

import io.newsmon.model.Modality;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a reported fact from a stated intention. A cue ("will", "plans to", "is scheduled to",
 * "is expected to sign", "agreed to", "proposed") counts when it stands in the same clause shortly
 * before the word that names the event, so "signed a pact that will boost trade" stays a fact.
 */
final class Modalities {

    private static final Pattern INTENT_CUE = Pattern.compile(
            "\\b(will|would|shall|'ll|plans?\\s+to|planned|planning|intends?\\s+to|intended\\s+to|(?:is|are|was|were)\\s+"
                    + "(?:scheduled|due|expected|set|slated|likely|going|hoping|preparing|ready|poised)\\s+to|"
                    + "(?:is|are|was|were)\\s+to|scheduled|aims?\\s+to|hopes?\\s+to|seeks?\\s+to|wants?\\s+to|"
                    + "proposed|proposes|propose|may|might|could|agreed\\s+to|agree\\s+to|pledged\\s+to|promised\\s+to|"
                    + "offered\\s+to|considering|consider|upcoming|forthcoming|prospective|future|next|invited)\\b");

    /** How far before the event word a cue may stand, in characters. */
    private static final int WINDOW = 45;

    private Modalities() {
    }

    private static final Pattern HYPOTHETICAL_CUE = Pattern.compile(
            "\\b(?:if|unless|whether|little\\s+chance|little\\s+hope|no\\s+chance|any|not|never|no|wish\\s+to|hoping\\s+that|"
                    + "hopes?\\s+that|instead\\s+of|rather\\s+than|without|den(?:y|ies|ied|ying)|rul(?:ed|es|ing)\\s+out|vetoe?[ds]?)\\b|n't\\b");

    /**
     * Whether the event word stands under a condition, a negation or a wish in its clause ("even if all
     * obstacles were removed, trade would ...", "will not be tied to purchases of Japanese goods",
     * "hoping that further accords can be struck", "denied reports that it would impose sanctions"): such a
     * sentence states no event.
     */
    static boolean isHypothetical(String sentence, int cueStart) {
        return HYPOTHETICAL_CUE.matcher(clauseBefore(sentence, cueStart)).find();
    }

    /**
     * The clause before the event word, at most {@link #WINDOW} characters, in lower case: the cue
     * patterns match case-sensitively, which is much cheaper.
     */
    private static String clauseBefore(String sentence, int cueStart) {
        int from = Math.max(0, cueStart - WINDOW);
        String before = sentence.substring(from, cueStart);
        int clause = Math.max(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')),
                Math.max(before.lastIndexOf(" but "), before.lastIndexOf(" after ")));
        return EventCues.asciiLowerCase(clause >= 0 ? before.substring(clause + 1) : before);
    }

    static Modality of(String sentence, int cueStart) {
        String clause = clauseBefore(sentence, cueStart);
        Matcher m = INTENT_CUE.matcher(clause);
        while (m.find()) {
            if (!isMonthMay(sentence, cueStart - clause.length() + m.start())) {
                return Modality.INTENT;
            }
        }
        // "Soviet-West German trade is expected to develop": a forecast after the event word
        Matcher after = FORECAST_AFTER.matcher(sentence).region(cueStart, Math.min(sentence.length(), cueStart + 60));
        return after.lookingAt() ? Modality.INTENT : Modality.FACT;
    }

    /** "in May, and Beijing retaliated": the month, not the modal verb (which is "may", or "MAY" in a headline). */
    private static boolean isMonthMay(String sentence, int at) {
        return sentence.startsWith("May", at);
    }

    private static final Pattern FORECAST_AFTER = Pattern.compile(
            "[^,;.]{0,40}?\\b(?:is|are)\\s+(?:expected|forecast|projected|likely|due|set|scheduled|estimated)\\s+to\\b",
            Pattern.CASE_INSENSITIVE);
}
