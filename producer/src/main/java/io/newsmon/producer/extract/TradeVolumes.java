package io.newsmon.producer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence that names a trade flow without a sum still states one: a volume ("15,000
 * tonnes of crude oil from Iran"), a rate of change ("exports to the U.S. rose 65 pct") or the goods
 * that flow ("imports Soviet coal", "agricultural imports from the U.S."). Without any of them, talk
 * of trade is talk about trade ("a trade war with Japan", "increased trade between the two
 * countries", "U.S. import quotas"), which is no event; measured on the dev split, two such
 * sentences in three stated no flow at all. Stateless.
 */
final class TradeVolumes {

    private TradeVolumes() {
    }

    private static final Pattern VOLUME = Pattern.compile(
            "\\b\\d[\\d,.]*\\s*(?:mln\\s+|million\\s+|billion\\s+|bln\\s+|thousand\\s+)?(?:metric\\s+|short\\s+|long\\s+)?"
                    + "(?:tonnes|tons|barrels|bpd|bales|bushels|gallons|litres|liters|cubic\\s+met(?:re|er)s|ounces|carats|"
                    + "units|vehicles|cars|trucks|aircraft|planes|head\\s+of\\s+cattle)\\b"
                    + "|\\b\\d[\\d.]*\\s*(?:pct|per\\s*cent|percent|%)",
            Pattern.CASE_INSENSITIVE);

    /** Goods named next to the cue: "coal imports", "imports of crude oil", "sales of wheat". */
    private static final String GOODS = "(?:coal|oil|crude|petroleum|gas|lng|wheat|grains?|corn|maize|rice|sugar|coffee|cocoa|tea|"
            + "cotton|soybeans?|soyabeans?|soymeal|oilseeds|vegetable\\s+oils?|meat|beef|pork|poultry|fish|dairy|"
            + "agricultural|farm|food|steel|iron|ore|copper|aluminium|aluminum|tin|zinc|nickel|gold|timber|wood|newsprint|"
            + "textiles?|apparel|clothing|garments|footwear|cars|vehicles|autos?|machinery|machines|equipment|electronics?|"
            + "computers?|semiconductors?|chips|arms|weapons|aircraft|ships|chemicals|fertili[sz]ers?|pharmaceuticals|"
            + "rubber|palm\\s+oil|tobacco|wine|spirits|beer|uranium|vegetables?)";
    private static final Pattern GOODS_INSIDE = Pattern.compile("\\b" + GOODS + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOODS_BEFORE = Pattern.compile("\\b" + GOODS + "(?:\\s+(?:and|or)\\s+[a-z]+)?\\s+(?:[a-z]+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GOODS_AFTER = Pattern.compile(
            "^\\s*,?\\s+(?:(?:including|such\\s+as|mainly|mostly|chiefly|notably|especially|largely)\\s+)?"
                    + "(?:of\\s+|for\\s+|more\\s+|some\\s+|its\\s+|their\\s+)?(?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,2}?" + GOODS + "\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A level that moved ("trade between them rose"): a flow by itself. A balance without a figure is
     * not ("ways of reducing Seoul's trade surplus with Washington"): on the dev split such sentences
     * were plans and complaints three times in four.
     */
    private static final Pattern FLOW_CUE = Pattern.compile(
            "rose|fell|grew|increased|decreased|declined|reached|totalled|totaled|amounted|"
                    + "stood|jumped|dropped", Pattern.CASE_INSENSITIVE);

    /** A verb of change soon after the cue, in the clause: the flow itself moved. */
    private static final Pattern CHANGED_AFTER = Pattern.compile(
            "^[^,;.]*?\\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|decreased|declined|dropped|"
                    + "jumped|surged|soared|slumped|plunged|doubled|tripled|halved|(?:has|have|had|was|were)\\s+(?:been\\s+)?cut|"
                    + "(?:to|will|would)\\s+(?:rise|increase|grow|expand|develop|fall|decline|drop|double|reach|exceed|total))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether the sentence states a flow around the cue at {@code [cueStart, cueEnd)}. */
    static boolean stated(String s, int cueStart, int cueEnd) {
        if (FLOW_CUE.matcher(s).region(cueStart, cueEnd).find()) {
            return true;
        }
        // Every match starts a run of digits ("\\b\\d"): one anchored attempt per number, not a search of the sentence.
        if (TextWindows.anyMatchAt(VOLUME, s, TextWindows.digitRuns(s))) {
            return true;
        }
        if (GOODS_INSIDE.matcher(s).region(cueStart, cueEnd).find()) {
            return true; // "sales of U.S. vegetable oil to"
        }
        if (CHANGED_AFTER.matcher(s).region(cueEnd, Math.min(s.length(), cueEnd + 60)).find()) {
            return true; // "the volume of exports to the United States has been cut"
        }
        String before = s.substring(Math.max(0, cueStart - 40), cueStart);
        String after = s.substring(cueEnd, Math.min(s.length(), cueEnd + 50));
        // GOODS_BEFORE matches letters and spaces up to the end only: search just the tail of those, not
        // every position of the 40 characters (transparent bounds: its \b still sees what comes before).
        Matcher goodsBefore = GOODS_BEFORE.matcher(before).region(lettersAndSpacesTail(before), before.length())
                .useTransparentBounds(true);
        return goodsBefore.find() || GOODS_AFTER.matcher(after).find();
    }

    private static int lettersAndSpacesTail(String s) {
        int i = s.length();
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c >= '\t' && c <= '\r')) {
                break;
            }
            i--;
        }
        return i;
    }
}
