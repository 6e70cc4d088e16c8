package io.newsmon.producer.extract;

import io.newsmon.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name each kind of event, with the CAMEO code and the way to read the direction.
 * A sentence may name several kinds ("during the visit the two countries signed a memorandum"):
 * each cue yields its own event, and the first cue of a kind stands for the kind.
 */
final class EventCues {

    /** A cue pattern; {@code requires}, when set, must also occur in the sentence (a noun needs its verb). */
    private record Rule(EventKind kind, String cameo, EventCue.Direction direction, List<String> stems, Pattern pattern,
                        Pattern requires) {
    }

    /**
     * @param stems literal pieces, one of which every match of {@code regex} contains: a sentence without
     *              any of them is never handed to the (much slower) regex
     */
    private static Rule rule(EventKind kind, String cameo, EventCue.Direction direction, String stems, String regex) {
        return new Rule(kind, cameo, direction, List.of(stems.split("\\|")), words(regex), null);
    }

    private static Rule rule(EventKind kind, String cameo, EventCue.Direction direction, String stems, String regex,
                             String requires) {
        return new Rule(kind, cameo, direction, List.of(stems.split("\\|")), words(regex), words(requires));
    }

    private static Pattern words(String regex) {
        // Matched against the sentence folded to lower case: case-sensitive matching is much cheaper.
        return Pattern.compile("\\b(?:" + regex.toLowerCase(java.util.Locale.ROOT) + ")\\b");
    }

    private static final String AGREEMENT_VERBS = "sign(?:ed|s|ing)?|conclud(?:ed|es|e|ing)|initial(?:l?ed)|ratif(?:ied|y|ies)|"
            + "reach(?:ed|es)?|struck|strike|entered\\s+into\\s+force|agreed|approv(?:ed|e)|renew(?:ed)?|extend(?:ed)?";

    private static final List<Rule> RULES = List.of(
            rule(EventKind.VISIT, "042", EventCue.Direction.SUBJECT_IS_ACTOR2,
                    "host|welcom",
                    "hosted|hosts|hosting|welcomed|welcomes|played\\s+host\\s+to"),
            rule(EventKind.VISIT, "042", EventCue.Direction.TO_IS_ACTOR2,
                    "visit|trip|tour|arriv|travel|flew|fly|went",
                    "visit(?:s|ed|ing)?|(?:state|official|working)\\s+visit|trip\\s+to|tour\\s+of|arriv(?:ed|es|e|ing)\\s+in|"
                            + "travel(?:l?ed|s|l?ing)?\\s+to|flew\\s+to|fly\\s+to|went\\s+to"),
            rule(EventKind.AGREEMENT, "057", EventCue.Direction.TEXT_ORDER,
                    "sign|entered|agreed|conclude|reach",
                    "sign(?:ed|s|ing)?\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,4}?(?:agreements?|accords?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|"
                            + "pacts?|protocols?|deals?|contracts?|declarations?|letters?\\s+of\\s+(?:intent|understanding))|"
                            + "entered\\s+into\\s+force|agreed\\s+(?:on|upon)|concluded\\s+(?:an?\\s+)?(?:agreement|accord|deal|treaty)|"
                            + "reached\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:agreement|accord|deal)"),
            rule(EventKind.AGREEMENT, "057", EventCue.Direction.TEXT_ORDER,
                    "agreement|accord|memorand|mou|treat|pact|protocol|joint",
                    "agreements?|accords?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|pacts?|protocols?|joint\\s+(?:declaration|communique)",
                    AGREEMENT_VERBS),
            rule(EventKind.MEETING, "046", EventCue.Direction.TEXT_ORDER,
                    "negotiat",
                    "negotiat(?:e|ed|es|ing|ions?|ors?)"),
            rule(EventKind.MEETING, "040", EventCue.Direction.TEXT_ORDER,
                    "talks|met|meet|consultation|phone|conferred",
                    "talks|met|meet|meets|consultations?|(?:tele)?phone\\s+(?:call|conversation|talks)|conferred|"
                            + "held\\s+talks|round\\s+of\\s+talks"),
            rule(EventKind.MEETING, "040", EventCue.Direction.TEXT_ORDER,
                    "meeting|summit|discuss",
                    "meetings?|summit|discuss(?:ed|es|ing|ions?)?", "with|between"),
            rule(EventKind.TRADE, "061", EventCue.Direction.FROM_IS_ACTOR1,
                    "import|purchase|bought|buy",
                    "imports?|imported|importing|importers?|purchases\\s+from|bought|buying|buys|purchased"),
            rule(EventKind.TRADE, "061", EventCue.Direction.TO_IS_ACTOR2,
                    "export|shipment|shipped|sold|sales|supplies|supplied",
                    "exports?|exported|exporting|exporters?|shipments?|shipped|sold|sales\\s+to|supplies\\s+to|supplied"),
            rule(EventKind.TRADE, "061", EventCue.Direction.TEXT_ORDER,
                    "trade|turnover|trading",
                    "trade\\s+(?:turnover|volume|surplus|deficit|gap|imbalance|balance|between|with|mission|delegation|"
                            + "(?:rose|fell|grew|increased|decreased|declined|reached|totalled|totaled|amounted|stood|was|were))|"
                            + "turnover|bilateral\\s+trade|two-way\\s+trade|trade\\s+ties|trading\\s+partners?"),
            rule(EventKind.INVESTMENT, "061", EventCue.Direction.TO_IS_ACTOR2,
                    "invest|fdi|capital|joint",
                    "invest(?:s|ed|ing|ments?|ors?)?|FDI|foreign\\s+direct\\s+investment|capital\\s+inflows?|joint\\s+ventures?"),
            rule(EventKind.AID, "073", EventCue.Direction.TO_IS_ACTOR2,
                    "humanitarian|emergency|disaster|food",
                    "humanitarian\\s+(?:aid|assistance|relief)|emergency\\s+(?:aid|relief)|disaster\\s+relief|food\\s+aid"),
            rule(EventKind.AID, "071", EventCue.Direction.TO_IS_ACTOR2,
                    "aid|grant|assistance|donat|loan|lent|lend|credit|financing|debt",
                    "aid|grants?|granted|assistance|donat(?:e|ed|es|ing|ions?)|loans?|lent|lend(?:s|ing)?|credit\\s+lines?|"
                            + "lines?\\s+of\\s+credit|credits?\\s+(?:to|for)|financing\\s+for|debt\\s+relief"),
            rule(EventKind.REPRESENTATION, "050", EventCue.Direction.TO_IS_ACTOR2,
                    "embass|consul|trade|representative|diplomatic",
                    "embass(?:y|ies)|consulates?(?:\\s+general)?|consular\\s+office|trade\\s+(?:office|representation)|"
                            + "representative\\s+office|diplomatic\\s+(?:relations|ties|mission)",
                    "open(?:ed|s|ing)?|clos(?:ed|es|e|ing)|establish(?:ed|es|ing)?|set\\s+up|inaugurat\\w+|resum\\w+|restor\\w+|"
                            + "sever(?:ed)?|broke|break|upgrad\\w+|reopen\\w*"),
            rule(EventKind.SANCTION, "163", EventCue.Direction.TO_IS_ACTOR2,
                    "sanction|embargo|boycott|ban|tariff|retaliat|blacklist",
                    "sanction(?:s|ed|ing)?|embargo(?:es|ed)?|boycott(?:s|ed)?|(?:import|export)\\s+bans?|"
                            + "ban(?:s|ned)?\\s+(?:on\\s+)?(?:imports|exports)|(?:punitive|retaliatory)\\s+tariffs?|"
                            + "tariffs?\\s+(?:on|against)|retaliat(?:e|ed|ion|ory)|blacklist(?:ed)?"));

    private static final AhoCorasick STEMS;
    /** For each stem of {@link #STEMS}: the rules it may trigger, as a bit set. */
    private static final long[] STEM_RULES;

    static {
        java.util.Map<String, Long> rulesByStem = new java.util.LinkedHashMap<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String stem : RULES.get(r).stems()) {
                rulesByStem.merge(stem, 1L << r, (a, b) -> a | b);
            }
        }
        STEMS = new AhoCorasick(List.copyOf(rulesByStem.keySet()));
        STEM_RULES = rulesByStem.values().stream().mapToLong(Long::longValue).toArray();
    }

    private EventCues() {
    }

    /** Cues in the sentence, one per kind (the first in text order), ordered by position. */
    static List<EventCue> find(String text) {
        long triggered = triggeredRules(text);
        if (triggered == 0) {
            return List.of();
        }
        String sentence = asciiLowerCase(text);
        List<EventCue> cues = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            if ((triggered & (1L << r)) == 0) {
                continue;
            }
            if (cues.stream().anyMatch(c -> c.kind() == rule.kind() && !(rule.kind() == EventKind.TRADE))) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            if (m.find() && (rule.requires() == null || rule.requires().matcher(sentence).find())) {
                cues.add(new EventCue(rule.kind(), rule.cameo(), rule.direction(), m.start(), m.end()));
            }
        }
        // TRADE may have matched under several rules (imports, exports, turnover): keep the earliest.
        List<EventCue> oneEach = new ArrayList<>();
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (EventCue c : cues) {
            if (oneEach.stream().noneMatch(o -> o.kind() == c.kind())) {
                oneEach.add(c);
            }
        }
        return List.copyOf(oneEach);
    }

    /** The rules whose stems occur in the text, as a bit set over {@link #RULES}: one automaton pass. */
    private static long triggeredRules(String text) {
        long[] mask = {0L};
        STEMS.scan(text, (key, start, end) -> mask[0] |= STEM_RULES[key]);
        return mask[0];
    }

    /** Lower-cases ASCII letters only, so offsets stay those of the original text. */
    static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
