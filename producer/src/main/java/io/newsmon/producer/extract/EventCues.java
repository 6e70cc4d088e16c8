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
                        Pattern requires, boolean stemMayFollow) {
        /**
         * {@code stemMayFollow}: only a lookahead holds the stem, after the match ("is in Washington for the IMF meeting"),
         * so the rule is searched for through the whole window; every other rule's match holds a stem near its start
         * and is tried only at the word starts just before each stem (a lookahead after it, "surplus ... with", is no reason
         * to search: that cost a tenth of the cue finder's time).
         */
        Rule(EventKind kind, String cameo, EventCue.Direction direction, List<String> stems, Pattern pattern, Pattern requires) {
            this(kind, cameo, direction, stems, pattern, requires, false);
        }
    }

    /**
     * @param stems literal pieces, one of which every match of {@code regex} contains: a sentence without
     *              any of them is never handed to the (much slower) regex. A stem starts a word; one ending
     *              in {@code $} is the whole word ("ban$" triggers on "ban", not on "bank", "accord$" not on
     *              "according"): frequent longer words would hand most sentences to the regex
     */
    private static Rule rule(EventKind kind, String cameo, EventCue.Direction direction, String stems, String regex) {
        return new Rule(kind, cameo, direction, List.of(stems.split("\\|")), words(regex), null);
    }

    /** A rule whose stems stand only in a lookahead after the match: searched for through the window around them. */
    private static Rule ruleWithStemAhead(EventKind kind, String cameo, EventCue.Direction direction, String stems, String regex) {
        return new Rule(kind, cameo, direction, List.of(stems.split("\\|")), words(regex), null, true);
    }

    private static Rule rule(EventKind kind, String cameo, EventCue.Direction direction, String stems, String regex,
                             String requires) {
        return new Rule(kind, cameo, direction, List.of(stems.split("\\|")), words(regex), words(requires));
    }

    private static Pattern words(String regex) {
        // Matched against the sentence folded to lower case: case-sensitive matching is much cheaper.
        return Pattern.compile("\\b(?:" + regex.toLowerCase(java.util.Locale.ROOT) + ")\\b");
    }

    /** A word between "lifted" and "sanctions" ("lifted most U.S. sanctions"); Java's look-behind takes no "{0,2}" of a group. */
    private static final String SANCTION_WORD = "(?:(?:the|its|their|all|most|some|remaining|economic|trade|u\\.s\\.|western)\\s)";

    /** Easing before sanctions: "lifted most U.S. sanctions", "the lifting of sanctions" (in a look-behind too). */
    private static final String EASED = "(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|end(?:s|ed|ing)?|"
            + "scrap(?:s|ped|ping)?|waiv(?:e|es|ed|ing)|relax(?:es|ed|ing)?)\\s(?:of\\s)?" + SANCTION_WORD + "?" + SANCTION_WORD + "?";
    /** Easing after sanctions: "the sanctions on Iran were lifted". */
    private static final String LIFTED = "(?:\\s+(?:on|against)\\s+[\\w.'-]+(?:\\s+[\\w.'-]+)?)?\\s+(?:were|was|have\\s+been|"
            + "had\\s+been|will\\s+be|would\\s+be)\\s+(?:lifted|eased|removed|waived)";

    private static final String AGREEMENT_VERBS = "sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|conclud(?:ed|es|e|ing)|initial(?:l?ed)|ratif(?:ied|y|ies)|"
            + "reach(?:ed|es)?|struck|strike|entered\\s+into\\s+force|agreed|approv(?:ed|e)|renew(?:ed)?|extend(?:ed)?";

    /** Not a stake or shares after a word of buying: "bought a 4.9 pct stake in" is an investment, not trade. */
    private static final String NOT_A_STAKE = "(?!\\s+(?:an?\\s+|its\\s+|the\\s+)?(?:[\\d.,]+\\s*(?:%|pct|per\\s+cent|percent)\\s+|"
            + "(?:majority|minority|controlling|further|small|large|significant|substantial)\\s+)?(?:equity\\s+)?(?:stakes?|interests?\\s+in|"
            + "holdings?\\s+in|shareholdings?|shares|stock\\s+in|[\\d.,]+\\s*(?:%|pct|per\\s+cent|percent)\\s+of))";
    /** A company next: "(51 pct of) <T.E.A.M. Pacific Corp>", "the business and assets of Wallco Inc" (text folded to lower case). */
    private static final String A_COMPANY = "(?=\\s+(?:(?:the|a|an|its)\\s+)?(?:[\\d.,]+\\s*(?:%|pct|per\\s+cent|percent)\\s+of\\s+)?"
            + "(?:(?:the\\s+)?(?:business|assets|shares|stock)\\s+(?:and\\s+assets\\s+)?of\\s+)?(?:<|(?:[\\w&.-]+\\s+){1,4}?"
            + "(?:inc|corp|co|cos|ltd|plc|ag|sa|nv|gmbh|spa|group|holdings?)\\b))";

    /** The sales a credit guarantee covers: "sales of U.S. protein meals", "wheat sales", "purchases of rice". */
    private static final String COVERED_SALES = "(?:(?:the\\s+)?(?:sales?|purchases?|exports?)\\s+of\\s+(?:[\\w.-]+\\s+){0,3}?[\\w-]+"
            + "|(?:[\\w-]+\\s+){0,3}?(?:sales|purchases|exports))";

    /** How a trade volume moved or stood: "trade rose", "trade, which reached $1.4 billion". */
    private static final String TRADE_MOVED = "rose|fell|grew|increased|decreased|declined|reached|totalled|totaled|amounted|stood|was|were|"
            + "jumped|dropped";

    private static final List<Rule> RULES = List.of(
            rule(EventKind.VISIT, "042", EventCue.Direction.SUBJECT_IS_ACTOR2,
                    "host|welcom|receiv",
                    "hosted|hosts|hosting|(?<=(?:will|would|to|shall|may|could|must)\\s)host|welcomed|welcomes|played\\s+host\\s+to|"
                            // "received his Nigerian counterpart": a guest, not a sum or a report
                            + "receiv(?:ed|es|ing)\\s+(?:(?:his|her|their|the|a)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:counterpart|delegation|president|"
                            + "prime\\s+minister|premier|foreign\\s+minister|minister|leader|envoy|king|queen|emir|chancellor)s?\\b"),
            rule(EventKind.VISIT, "042", EventCue.Direction.TO_IS_ACTOR2,
                    "visit|trip$|tour$|arriv|travel|flew$|fly$|flies$|went$|leav|left$|stop$|stops$|stopped$|go on|goes on|mission|delegation|here$|attend|due$|expected$|"
                            + "who was|who is|who were|who are|who has|who had|gone to|been to|sent$|return$|stopover|stop-over",
                    "visit(?:s|ed|ing|ors?)?|trip\\s+to|tour\\s+of|arriv(?:ed|es|e|ing)\\s+(?:in|here|at)|"
                            + "travel(?:l?ed|s|l?ing)?\\s+to|(?:flew|fly|flies)\\s+(?:to|in(?:to)?)|went\\s+to|"
                            + "(?:leave|leaves|left|leaving)\\s+(?:(?!room|open|time|way|scope|little|much|nothing|enough|it|them)[\\w.-]+\\s+)?"
                            + "(?:(?:today|tomorrow|tonight|yesterday|next|this|later|soon|early|week|month|on|"
                            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+){0,2}for|"
                            + "attend(?:s|ed|ing)?\\s+(?:an?\\s+|the\\s+)?(?:[\\w'-]+\\s+){0,5}?(?:conference|meetings?|summit|talks|session|forum|ceremon(?:y|ies))|stop(?:s|ped)?\\s+(?:over\\s+)?in|(?:go|goes|went)\\s+on\\s+to|"
                            + "(?:trade|buying|purchasing|official|economic|government|ministerial)\\s+(?:missions?|delegations?)|"
                            + "here\\s+for\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:talks|meetings?|negotiations|consultations|signing|ceremony|conference|summit)|"
                            // "who was in Moscow last week", "have gone to Washington", "sent banking experts to the United States",
                            // "her return from the Soviet Union", "during a stopover in Hong Kong"
                            + "who\\s+(?:was|is|were|are|has\\s+been|had\\s+been)\\s+(?:currently\\s+|now\\s+|also\\s+)?in|"
                            + "(?:has|have|had)\\s+(?:already\\s+)?(?:gone|been)\\s+to|"
                            + "sent\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:delegations?|missions?|teams?|experts|officials|envoys?|"
                            + "representatives)\\s+to|(?:his|her|their)\\s+return\\s+from|stop-?overs?\\s+in|"
                            + "(?:is|are|was|were)\\s+(?:due|expected)\\s+(?:to\\s+arrive\\s+)?in"),
            // "when he is in Washington for the International Monetary Fund meeting": there for a meeting, so visiting
            ruleWithStemAhead(EventKind.VISIT, "042", EventCue.Direction.TO_IS_ACTOR2,
                    "meeting|conference|talks|summit|session",
                    "(?:(?:is|was|are|were)\\s+(?:currently\\s+|now\\s+)?|,\\s*(?:currently\\s+|now\\s+)?)in\\s+[\\w.]+(?:\\s+[\\w.]+)?(?=\\s+(?:to\\s+attend|for)\\s+(?:the\\s+|a\\s+)?(?:[\\w().-]+\\s+){0,5}?"
                            + "(?:meetings?|conference|talks|summit|session))"),
            rule(EventKind.AGREEMENT, "057", EventCue.Direction.TEXT_ORDER,
                    "sign$|signs|signed|signing|entered|agreed|conclude|reach",
                    "sign(?:ed|s|ing)?\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:agreements?|accords?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|"
                            + "pacts?|protocols?|deals?|contracts?|declarations?|letters?\\s+of\\s+(?:intent|understanding))|"
                            + "entered\\s+into\\s+force|agreed\\s+(?:on|upon)(?!\\s+(?:the\\s+)?(?:need|importance|necessity|principle|desirability|view))|concluded\\s+(?:an?\\s+)?(?:agreement|accord|deal|treaty)|"
                            + "reached\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:agreement|accord|deal)|"
                            + "agreed\\s+to\\s+(?:set\\s+up|establish|create|form|build|construct)|"
                            + "(?:was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be)\\s+(?:formally\\s+)?(?:signed|initialled|initialed)"),
            // "a July 1986 semiconductor pact", "the 1985 accord": dated, so signed
            rule(EventKind.AGREEMENT, "057", EventCue.Direction.TEXT_ORDER,
                    "agreement|accord$|accords|pact|treaty|treaties|protocol|memorand",
                    "(?:a|an|the|its|their|last|this)\\s+(?:(?:january|february|march|april|may|june|july|august|september|"
                            + "october|november|december)\\s+)?(?:19|20)\\d\\d\\s+(?:[a-z-]+\\s+){0,3}?"
                            + "(?:agreements?|accords?|pacts?|treat(?:y|ies)|protocols?|memorand(?:um|a))|"
                            + "(?:agreements?|accords?|pacts?|treat(?:y|ies))\\s+(?:(?:signed|reached|concluded)\\s+)?"
                            + "(?:last\\s+(?:year|month|week)|in\\s+(?:19|20)\\d\\d)|"
                            + "[\\w]+[- ](?:month|year)s?[- ]old\\s+(?:[a-z-]+\\s+){0,2}?(?:agreements?|accords?|pacts?|treat(?:y|ies))|"
                            + "(?:last\\s+(?:week|month|year)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s\\s+"
                            + "(?:[a-z-]+\\s+){0,2}?(?:agreements?|accords?|pacts?|treat(?:y|ies))"),
            rule(EventKind.AGREEMENT, "057", EventCue.Direction.TEXT_ORDER,
                    "agreement|accord$|accords|memorand|mou|treaty|treaties|pact|protocol|joint|letter",
                    "agreements?|accords?|memorand(?:um|a)|MoUs?|treat(?:y|ies)|pacts?|protocols?|joint\\s+(?:declaration|communique|statement)|"
                            + "letters?\\s+of\\s+(?:intent|understanding)",
                    AGREEMENT_VERBS),
            rule(EventKind.MEETING, "046", EventCue.Direction.TEXT_ORDER,
                    "negotiat",
                    "negotiat(?:e|ed|es|ions?|ors?)|negotiating(?!\\s+table)"),
            rule(EventKind.MEETING, "040", EventCue.Direction.TEXT_ORDER,
                    "talks|talk$|talked|talking|met$|meet$|meets$|consultation|phone|telephone|video|conferred|conversation",
                    "talks|(?:talk|talked|talking)\\s+(?:with|to)(?=\\s)|(?:met|meet|meets)(?!\\s+(?:(?:the|its|their|all|these|those|such|both|growing|rising|strong)\\s+)?(?:[a-z.-]+\\s+)?(?:commitments?|targets?|"
                            + "demands?|obligations?|needs?|requirements?|conditions?|criteria|deadlines?|costs?|payments?|expectations?|"
                            + "goals?|standards?|terms|quotas?|shortfalls?|deficits?))|"
                            + "(?<!(?:ambassador|envoy|recalled)\\s(?:(?:to|from)\\s[\\w.]{1,20}\\s)?for\\s)consultations?|(?:tele|video\\s+)?phone\\s+(?:call|conversation|talks)|video\\s*(?:call|conference|link\\s+talks)|conferred|conversations?\\s+with|"
                            + "held\\s+talks|round\\s+of\\s+talks"),
            rule(EventKind.MEETING, "040", EventCue.Direction.TEXT_ORDER,
                    "meeting|summit|discuss",
                    "meetings?|summit|discuss(?:ed|es|ing|ions?)?", "with|between"),
            // "Kazakh and Uzbek officials discussed water sharing": the two sides' people discussed it together
            rule(EventKind.MEETING, "040", EventCue.Direction.TEXT_ORDER,
                    "discuss",
                    "(?<=(?:officials|ministers|leaders|delegations|delegates|negotiators|presidents|envoys)\\s)discuss(?:ed|es)?"),
            // "Brazilian and U.S. trade officials held the first of a three-day meeting today in Brasilia"
            rule(EventKind.MEETING, "040", EventCue.Direction.TEXT_ORDER,
                    "held|hold",
                    "(?:held|hold|holds|holding)\\s+(?:[\\w'-]+\\s+){0,6}?(?:meetings?|summit)"),
            // Before the trade rules, which would otherwise claim the "imports" of "banned imports of Kazakh wheat": a ban,
            // halt or curb on trade is a sanction on the other side, not trade with it. (The trade rules themselves leave
            // the "import" of "an import ban" to the sanction rule below.)
            rule(EventKind.SANCTION, "163", EventCue.Direction.TO_IS_ACTOR2,
                    "ban$|bans|banned|banning|halt|suspend|restrict|curb|block|bar$|bars$|barred|barring",
                    "(?<!(?:lift|lifted|lifts|lifting|remove|removed|removing|end|ended|ending|scrap|scrapped|scrapping)\\s"
                            + "(?:the\\s|its\\s|their\\s)?)"
                            + "(?:bans?|banned|banning|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|restrict(?:s|ed|ing)?|curb(?:s|ed|ing)?|"
                            + "block(?:s|ed|ing)?|bar(?:s|red|ring)?)\\s+"
                            // "bar beef and dairy imports from Zimbabwe"
                            + "(?:on\\s+)?(?:the\\s+|all\\s+|further\\s+)?(?:(?!for\\s)[a-z-]+\\s+){0,3}?(?:imports?|exports?|supplies|deliveries|shipments)\\s+(?:of|from|to)",
                    "imports?|exports?|supplies|deliveries|shipments"),
            // "Brazil banned Chinese steel imports": the goods' country stands before the trade word, after the ban (not
            // "South Korea has banned beef imports", "suspended its cover for exports")
            rule(EventKind.SANCTION, "163", EventCue.Direction.TO_IS_ACTOR2,
                    "banned|banning|restrict|curb|halt|suspend",
                    "(?:banned|banning|restrict(?:s|ed|ing)|curb(?:s|ed|ing)|halt(?:s|ed|ing)|suspend(?:s|ed|ing))"
                            // the first word a demonym by its ending: "Chinese", "Russian", "Turkish", "Kazakh", "Thai"
                            + "(?=\\s+(?:all\\s+|further\\s+)?[a-z-]+(?:ese|ian|an|ish|i|ch|kh)\\s+(?:[a-z-]+\\s+){0,2}?"
                            + "(?:imports?|exports?|shipments|deliveries)\\b)"),
            // "reduces the guarantee line authorized for sales of oilseeds to 5.0 mln dlrs from 20.0 mln", "increases coverage
            // for wheat sales from five mln to 15 mln dlrs": the state's credit guarantee is the aid, the sales it covers no
            // flow. Before the trade rules, so that the span through "sales" claims the sales.
            rule(EventKind.AID, "071", EventCue.Direction.TO_IS_ACTOR2,
                    "guarantee|coverage|credit",
                    "(?:(?:credit\\s+)?guarantee|credit)\\s+lines?(?:\\s+(?:previously\\s+)?(?:authori[sz]ed|earmarked|approved))?"
                            + "(?:\\s+(?:for|of|on)\\s+" + COVERED_SALES + ")?|coverage\\s+(?:for|on|of)\\s+" + COVERED_SALES),
            // "creates new lines of one mln dlrs for tallow"
            rule(EventKind.AID, "071", EventCue.Direction.TO_IS_ACTOR2,
                    "new line|new credit",
                    "new(?:\\s+credit)?\\s+lines?(?=\\s+of\\s+(?:up\\s+to\\s+)?(?:\\$|\\d|one|two|three|four|five|six|seven|eight|nine|ten)\\b)"),
            // Trade balances: the side in surplus exports. "X's surplus with Y" X -> Y; "X's deficit with Y" Y -> X.
            rule(EventKind.TRADE, "061", EventCue.Direction.TO_IS_ACTOR2,
                    "surplus",
                    "(?:trade\\s+)?surplus(?:es)?(?=[^.;]{0,60}?\\bwith\\b)"),
            rule(EventKind.TRADE, "061", EventCue.Direction.WITH_IS_ACTOR1,
                    "deficit|shortfall",
                    "(?:trade\\s+)?(?:deficits?|shortfalls?)(?=[^.;]{0,60}?\\bwith\\b)"),
            rule(EventKind.TRADE, "061", EventCue.Direction.FROM_IS_ACTOR1,
                    "import|purchas|bought|buy$|buys$|buying$",
                    "imports?(?!\\s+(?:bans?|embargo(?:es)?|restrictions?|curbs?)\\b)|imported|importing|importers?|"
                            + "(?:purchases?\\s+(?:of|from)|purchased|bought|buying|buys|buy)" + NOT_A_STAKE),
            rule(EventKind.TRADE, "061", EventCue.Direction.TO_IS_ACTOR2,
                    "export|shipment|shipped|sold|sell|sales|sale$|supplies|supplied|supply|deliveries",
                    "(?:exports?|exported|exporting|exporters?)(?![-\\s](?:import|credit|bans?\\b|embargo|restrictions?\\b|curbs?\\b))|shipments?|shipped|sold|sells?|selling|"
                            + "sales\\s+(?:of\\s+(?:[\\w.-]+\\s+){1,4}?)?to|"
                            // "the sale of 16 F-35 fighter jets to Greece": a counted sale (not "the sale of arms to Iran", a topic)
                            + "sale\\s+of\\s+(?:up\\s+to\\s+|some\\s+|about\\s+)?\\d[\\w.,-]*\\s+(?:[\\w.-]+\\s+){0,4}?to|supplies\\s+to|deliveries\\s+to|supplied|supply(?<=\\b(?:will|would|to)\\ssupply)"),
            // "Japan is the largest customer for U.S. grain": the country after the cue sells to the subject
            rule(EventKind.TRADE, "061", EventCue.Direction.WITH_IS_ACTOR1,
                    "customer|buyer|purchaser",
                    "(?:customers?|buyers?|purchasers?)\\s+(?:for|of)(?=\\s)"),
            // "Mexico became the largest trading partner of the United States": trade, no side first (not "its major
            // trading partners -- South Korea 7.1 billion dlrs", the sums of the deficit before it)
            rule(EventKind.TRADE, "061", EventCue.Direction.TEXT_ORDER,
                    "trading",
                    "(?<=(?:largest|biggest|top|main|leading|major)\\s)trading\\s+partners?\\s+(?:of|for)(?=\\s)"),
            rule(EventKind.TRADE, "061", EventCue.Direction.TEXT_ORDER,
                    "trade|turnover",
                    "trade(?:\\s+(?:turnover|volume|between|with|(?:\\w+\\s+){0,2}?(?:" + TRADE_MOVED + "))|"
                            + ",\\s+which\\s+(?:has\\s+|had\\s+)?(?:" + TRADE_MOVED + "))|turnover|bilateral\\s+trade|two-way\\s+trade|"
                            + "(?<=[a-z]-)[a-z]+(?:\\s+[a-z]+)?\\s+trade(?!\\s+(?:war|dispute|friction|talks|issues?|barriers?|bill))"),
            // "opened an 8.5 mln dlr pharmaceutical manufacturing plant in Tianjin, China": a plant built abroad is invested
            rule(EventKind.INVESTMENT, "061", EventCue.Direction.TO_IS_ACTOR2,
                    "open|build|built|set up|sets up|setting up|establish|construct",
                    "(?:open(?:s|ed|ing)?|build(?:s|ing)?|built|set(?:s|ting)?\\s+up|establish(?:es|ed|ing)?|construct(?:s|ed|ing)?)\\s+"
                            + "(?:an?\\s+|its\\s+|the\\s+)?(?:[\\w.,-]+\\s+){0,5}?(?:plants?|factory|factories|mills?|refinery|subsidiary|branch|facility)\\b"),
            // "agreed to acquire <Wallco Inc>", "the takeover of Hoechst Celanese Corp": a company bought is invested in
            rule(EventKind.INVESTMENT, "061", EventCue.Direction.TEXT_ORDER,
                    "acquir|acquisition|takeover|buy$|purchase$",
                    "(?:to\\s+(?:buy|acquire|purchase)|acquired|acquires|acquiring|acquisition\\s+of|takeover\\s+of)" + A_COMPANY),
            // The subject hosts: "Uzbekistan received $1.2 billion of Chinese investment", "attracted 2 billion dlrs of
            // Japanese investment". Spans through "investment", so the rule below does not read it again (a sum inside
            // the span is the cue's: Sums.sumsByCue).
            rule(EventKind.INVESTMENT, "061", EventCue.Direction.SUBJECT_IS_ACTOR2,
                    "receiv|attract",
                    "(?:receiv(?:e|ed|es|ing)|attract(?:s|ed|ing)?)\\s+(?:[^.;]|\\.\\d){0,60}?\\b(?:investments?|fdi)\\b",
                    "investments?|fdi"),
            rule(EventKind.INVESTMENT, "061", EventCue.Direction.TO_IS_ACTOR2,
                    "invest|fdi|capital|joint|stake",
                    "invest(?:s|ed|ing|ments?|ors?)?|FDI|foreign\\s+direct\\s+investment|capital\\s+inflows?|joint\\s+ventures?|stakes?\\s+in"),
            rule(EventKind.AID, "073", EventCue.Direction.TO_IS_ACTOR2,
                    "humanitarian|emergency|disaster|food",
                    "humanitarian\\s+(?:aid|assistance|relief)|emergency\\s+(?:aid|relief)|disaster\\s+relief|food\\s+aid"),
            // The subject receives: "Turkey will receive 720 mln dlrs in aid", "borrow ... from Japan's Exim Bank".
            rule(EventKind.AID, "071", EventCue.Direction.SUBJECT_IS_ACTOR2,
                    "receiv|borrow",
                    "receiv(?:e|ed|es|ing)(?=[^.;]{0,60}?\\b(?:aid|loans?|credits?|grants?|assistance)\\b)|borrow(?:s|ed|ing)?|"
                            // "Jordan was to receive a total of 1.25 billion dlrs annually from Algeria, Iraq, ...": a sum given
                            + "receiv(?:e|ed|es|ing)(?=\\s+(?:a\\s+total\\s+of\\s+|about\\s+|some\\s+|nearly\\s+|over\\s+|up\\s+to\\s+)?"
                            + "(?:\\d|\\$)(?:[^.;]|\\.\\d){0,60}?\\bfrom\\s)"),
            rule(EventKind.AID, "071", EventCue.Direction.TO_IS_ACTOR2,
                    "aid$|grant|assistance|donat|loan|lent$|lend|credit|financing|debt|reschedul|wrote|write|writing|written|cancel|forgav|forgiv",
                    "aid|grants?|granted|assistance|donat(?:e|ed|es|ing|ions?)|loans?|lent|lend(?:s|ing)?|credit\\s+lines?|"
                            + "credits?(?<=\\d\\s(?:mln|bln|billion|million)\\s(?:dlrs?|dollars?|francs?|marks?|yen|stg|sterling|pounds?|euros?)"
                            + "\\scredits?)|"
                            + "lines?\\s+of\\s+credit|credits?\\s+(?:to|for)|credit\\s+guarantees?|financing\\s+for|debt\\s+relief|"
                            + "reschedul(?:e|ed|es|ing)|"
                            // "Russia wrote off $1.2 billion of Kyrgyzstan's debt": the creditor gives
                            + "(?:wr(?:ote|ites?|iting|itten)\\s+off|cancel(?:l?ed|s|l?ing)?|forg(?:ave|ives?|iven|iving))"
                            + "\\s+(?:[^.;]|\\.\\d){0,40}?\\bdebts?"),
            // "$4.5 billion in financial support to Ukraine": a rule of its own, as "support" is frequent and mostly no aid
            rule(EventKind.AID, "071", EventCue.Direction.TO_IS_ACTOR2,
                    "support",
                    "(?:financial|budget|budgetary|military|economic)\\s+support"),
            // "Norway pledged NOK 1.5 billion to Ukraine", "deposited $2 billion with the central bank of Egypt": a sum given
            // (not "pledged to invest $600 billion in", nor where an aid word follows to name the kind itself). A rule of
            // its own: "deposit" is frequent in financial news, and only this pattern need run for it.
            rule(EventKind.AID, "071", EventCue.Direction.TO_IS_ACTOR2,
                    "pledg|deposit",
                    "(?:pledg(?:e|ed|es|ing)|deposit(?:s|ed|ing)?)(?!\\s+to\\b)(?=\\s+(?:[^.;]|\\.\\d){0,30}?\\d(?:[^.;]|\\.\\d){0,30}?\\b(?:to|with|in|at)\\s)"
                            + "(?!(?:[^.;]|\\.\\d){0,50}?\\b(?:aid|assistance|loans?|grants?|credits?|relief)\\b)"),
            rule(EventKind.REPRESENTATION, "050", EventCue.Direction.TO_IS_ACTOR2,
                    "embass|consul|office|representation|diplomatic",
                    "embass(?:y|ies)|consulates?(?:\\s+general)?|consular\\s+office|trade\\s+(?:office|representation)|"
                            + "representative\\s+office|diplomatic\\s+(?:relations|ties|mission)",
                    "open(?:ed|s|ing)?|clos(?:ed|es|e|ing|ures?)|establish(?:ed|es|ing)?|set\\s+up|inaugurat\\w+|resum\\w+|restor\\w+|"
                            + "sever(?:ed)?|broke|break|upgrad\\w+|reopen\\w*"),
            // "recalled its ambassador to Algeria", "expelled three Ghanaian diplomats": relations reduced (CAMEO 161)
            rule(EventKind.REPRESENTATION, "161", EventCue.Direction.TO_IS_ACTOR2,
                    "recall|expel|withdr|persona",
                    "persona\\s+non\\s+grata|"
                            + "(?:recall(?:s|ed|ing)?|expel(?:s|led|ling)?|withdr(?:ew|aws?|awn|awing))\\s+(?:[\\w'-]+\\s+){0,3}?"
                            + "(?:ambassadors?|envoys?|diplomats?|charg[eé]\\s+d'affaires|consuls?(?:\\s+general)?|embassy\\s+staff)\\b"
                            // the country left is the other side, not a giver: "withdrew its ambassador from Niger"
                            + "(?:\\s+(?:from|in)(?=\\s))?"),
            // "lifted most sanctions on Syria", "the sanctions on Iran were lifted": sanctions eased (CAMEO 085), the
            // same relation with the opposite tone; before the rule below, which leaves these words to it
            rule(EventKind.SANCTION, "085", EventCue.Direction.TO_IS_ACTOR2,
                    "sanction|embargo", // every match holds one; the easing verb is at most a few words before
                    EASED + "(?:sanctions?|embargo(?:es)?)|(?:sanctions?|embargo(?:es)?)" + LIFTED),
            rule(EventKind.SANCTION, "163", EventCue.Direction.TO_IS_ACTOR2,
                    "sanction|embargo|boycott|ban$|bans|banned|tariff|duties|duty|levy|levies|surcharge|quota|retaliat|blacklist|ties|deny|denie|withhold|revok|suspend|penali",
                    "(?<!" + EASED + ")(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?)(?!\\s+relief|" + LIFTED + ")|boycott(?:s|ed)?|(?:import|export|trade)\\s+bans?|"
                            + "ban(?:s|ned)?\\s+(?:on\\s+)?(?:imports|exports)|(?:punitive|retaliatory|penalty)\\s+tariffs?|"
                            + "(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?)\\s+(?:on|against)|impos(?:e|ed|es|ing)\\s+(?:\\w+\\s+){0,3}?(?:tariffs?|duties|quotas)|"
                            + "retaliat(?:e|ed|ion|ory)|blacklist(?:ed)?|penali[sz](?:e|es|ed|ing)|"
                            + "(?:cut|cuts|cutting|sever|severed|severing)\\s+(?:\\w+\\s+)?(?:trade\\s+)?ties|"
                            + "(?:deny|denies|denied|denying|withhold\\w*|revok\\w+|suspend\\w*)\\s+(?:\\w+\\s+){0,2}?"
                            + "(?:mfn|most[-\\s]favou?red[-\\s]nation)"));

    /**
     * The stems by their first three characters (lower-case letters, or space): stems start words, so
     * one table look-up per word of a sentence tells which rules may match.
     */
    private static final String[][] STEMS_BY_PREFIX = new String[27 * 27 * 27][];
    /** For each entry of {@link #STEMS_BY_PREFIX}: the rules each stem may trigger, as bit sets. */
    private static final long[][] RULES_BY_PREFIX = new long[27 * 27 * 27][];

    static {
        java.util.Map<String, Long> rulesByStem = new java.util.LinkedHashMap<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String stem : RULES.get(r).stems()) {
                rulesByStem.merge(stem, 1L << r, (a, b) -> a | b);
            }
        }
        rulesByStem.forEach((stem, rules) -> {
            int key = prefixKey(stem, 0);
            if (key < 0) {
                throw new IllegalStateException("a stem needs three letters or spaces: " + stem);
            }
            String[] stems = STEMS_BY_PREFIX[key] == null ? new String[0] : STEMS_BY_PREFIX[key];
            long[] masks = RULES_BY_PREFIX[key] == null ? new long[0] : RULES_BY_PREFIX[key];
            STEMS_BY_PREFIX[key] = java.util.Arrays.copyOf(stems, stems.length + 1);
            STEMS_BY_PREFIX[key][stems.length] = stem;
            RULES_BY_PREFIX[key] = java.util.Arrays.copyOf(masks, masks.length + 1);
            RULES_BY_PREFIX[key][masks.length] = rules;
        });
    }

    /** The table index of the three characters at {@code i}, case-folded, or -1 if one is not a letter or space. */
    private static int prefixKey(CharSequence text, int i) {
        if (i + 3 > text.length()) {
            return -1;
        }
        int key = 0;
        for (int k = i; k < i + 3; k++) {
            char c = text.charAt(k);
            int code;
            if (c >= 'a' && c <= 'z') {
                code = c - 'a';
            } else if (c >= 'A' && c <= 'Z') {
                code = c - 'A';
            } else if (c == ' ') {
                code = 26;
            } else {
                return -1;
            }
            key = key * 27 + code;
        }
        return key;
    }

    private EventCues() {
    }

    /**
     * Cues in the sentence, ordered by position, non-overlapping (earlier rules win). Of the kinds that
     * carry sums (trade, investment, aid, sanction) every occurrence is kept, so each sum can go to
     * the cue nearest to it ("exported 500 mln dlrs ... and imported 1.5 billion"); of the other kinds,
     * the first occurrence stands for the kind.
     */
    static List<EventCue> find(String text) {
        StemHits hits = new StemHits();
        long triggered = triggeredRules(text, hits);
        if (triggered == 0) {
            return List.of();
        }
        String sentence = asciiLowerCase(text);
        List<EventCue> cues = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            long bit = 1L << r;
            if ((triggered & bit) == 0) {
                continue;
            }
            boolean every = carriesSums(rule.kind());
            if (!every && hasKind(cues, rule.kind())) {
                continue;
            }
            if (rule.requires() != null && !rule.requires().matcher(sentence).find()) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            // A match starts at most a few words before a stem it holds ("trade mission", "impose ... tariffs") and ends
            // a little after the last: tried only at the word boundaries up to that far before each stem.
            int end = Math.min(sentence.length(), hits.last(bit) + MAX_SUFFIX);
            if (rule.stemMayFollow()) {
                // "is in Washington for the IMF meeting": the stem is in a lookahead, after the match
                m.region(Math.max(0, hits.first(bit) - MAX_PREFIX), end);
                while (m.find()) {
                    if (claimed(cues, rule, m.start(), m.end()) && !every) {
                        break;
                    }
                }
                continue;
            }
            int next = 0; // where the next match may start: after the last one, after the windows tried
            for (int h = 0; h < hits.count; h++) {
                if ((hits.rules[h] & bit) == 0) {
                    continue;
                }
                boolean done = false;
                for (int at = Math.max(next, hits.at[h] - MAX_PREFIX); at <= hits.at[h]; at++) {
                    if (!isWordStart(sentence, at) || !m.region(at, end).lookingAt()) {
                        continue;
                    }
                    if (inName(text, m.start(), m.end())) {
                        next = m.end();
                        at = next - 1;
                        continue;
                    }
                    if (claimed(cues, rule, m.start(), m.end()) && !every) {
                        done = true;
                        break;
                    }
                    next = m.end(); // as find() goes on: after the match
                    at = next - 1;
                }
                if (done) {
                    break;
                }
                next = Math.max(next, hits.at[h] + 1);
            }
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(cues);
    }

    private static final Pattern NAME_TAIL = Pattern.compile("\\s+(?:[A-Z][a-z]+\\s+){0,2}?(?:Authority|Office|Fund|"
            + "Corp|Corporation|Bank|Agency|Company|Co|Ministry|Board|Trust|Council|Commission|Organi[sz]ation|Group|"
            + "Holdings?|Centre|Center)\\b");

    /**
     * Whether the cue is a word of an organisation's name ("Qatar Investment Authority said it would invest",
     * "the Kuwait Investment Office"): a capitalised word before a capitalised kind of body names no event.
     */
    private static boolean inName(String text, int start, int end) {
        return Character.isUpperCase(text.charAt(start)) && start > 0
                && NAME_TAIL.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    }

    /** Whether a cue of the kind was found (a loop, not a stream: asked for every rule of every sentence with a stem). */
    private static boolean hasKind(List<EventCue> cues, EventKind kind) {
        for (EventCue c : cues) {
            if (c.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Adds the rule's cue at [start, end) unless it overlaps a cue already found; whether it did. */
    private static boolean claimed(List<EventCue> cues, Rule rule, int start, int end) {
        for (EventCue c : cues) {
            if (start < c.end() && end > c.start()) {
                return false;
            }
        }
        cues.add(new EventCue(rule.kind(), rule.cameo(), rule.direction(), start, end));
        return true;
    }

    /**
     * Where a word starts: every rule's match does ({@code \\b} then a word character), so the end of a word, where
     * {@code \\b} matches too, need not be tried.
     */
    private static boolean isWordStart(String s, int at) {
        return at < s.length() && isWord(s.charAt(at)) && (at == 0 || !isWord(s.charAt(at - 1)));
    }

    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** The stems found in a sentence: where each starts, and the rules it triggers. */
    private static final class StemHits {
        int[] at = new int[8];
        long[] rules = new long[8];
        int count;

        void add(int position, long triggered) {
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, count * 2);
                rules = java.util.Arrays.copyOf(rules, count * 2);
            }
            at[count] = position;
            rules[count++] = triggered;
        }

        /** Where the first stem of the rule (its bit) starts. */
        int first(long bit) {
            for (int h = 0; h < count; h++) {
                if ((rules[h] & bit) != 0) {
                    return at[h];
                }
            }
            return -1;
        }

        /** Where the last stem of the rule (its bit) starts. */
        int last(long bit) {
            for (int h = count - 1; h >= 0; h--) {
                if ((rules[h] & bit) != 0) {
                    return at[h];
                }
            }
            return -1;
        }
    }

    /**
     * Whether the cue is a state's credit guarantee ("credit guarantees to Turkey", "the guarantee line for sales of
     * corn", "coverage for sales of protein meals"): its later lines, in sentences that name no country, are the same pair's.
     */
    static boolean isCreditGuarantee(String s, EventCue cue) {
        if (cue.kind() != EventKind.AID) {
            return false;
        }
        String cued = s.substring(cue.start(), cue.end());
        return cued.contains("uarantee") || cued.startsWith("coverage") || cued.contains(" line");
    }

    /** Kinds that are economic flows: filed under the year of a figure, and read only with a partner tied to them. */
    static boolean isEconomic(EventKind kind) {
        return kind == EventKind.TRADE || kind == EventKind.INVESTMENT || kind == EventKind.AID;
    }

    /** Kinds whose events are measured in money, one event per stated sum. */
    static boolean carriesSums(EventKind kind) {
        return isEconomic(kind) || kind == EventKind.SANCTION;
    }

    /** The rules whose stems start a word of the text, as a bit set over {@link #RULES}; each stem found goes to {@code hits}. */
    private static long triggeredRules(String text, StemHits hits) {
        long mask = 0L;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue; // stems start words: "aid" in "said", "ban" in "bank" trigger nothing
            }
            int key = prefixKey(text, i);
            if (key < 0 || STEMS_BY_PREFIX[key] == null) {
                continue;
            }
            String[] stems = STEMS_BY_PREFIX[key];
            long here = 0L;
            for (int k = 0; k < stems.length; k++) {
                if (stemAt(text, i, stems[k])) {
                    here |= RULES_BY_PREFIX[key][k];
                }
            }
            if (here != 0) {
                hits.add(i, here);
                mask |= here;
            }
        }
        return mask;
    }

    /** Whether {@code stem} starts at {@code i}; a stem ending in {@code $} must also end the word there. */
    private static boolean stemAt(String text, int i, String stem) {
        int length = stem.length();
        if (stem.charAt(length - 1) != '$') {
            return text.regionMatches(true, i, stem, 0, length);
        }
        int end = i + length - 1;
        return text.regionMatches(true, i, stem, 0, length - 1) && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    /** How far before a stem it holds a rule's match may start, in characters. */
    private static final int MAX_PREFIX = 48;
    /** How far after its last stem a rule's match may end (lookaheads see beyond it). */
    private static final int MAX_SUFFIX = 96;

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
