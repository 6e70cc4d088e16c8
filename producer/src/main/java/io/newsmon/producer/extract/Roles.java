package io.newsmon.producer.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which side of a sentence is actor1 (visitor, exporter, investor, donor, imposer) and which
 * is actor2, from the prepositions that introduce each country around the event's cue word:
 * "exports <b>to</b> Kazakhstan", "imports <b>from</b> Belgium", "a visit <b>to</b> Belgium",
 * "Japan <b>hosted</b> ...", "sanctions <b>on</b> Iran", "a surplus <b>with</b> the U.S.". Without such
 * a marker, the country named first is actor1.
 */
final class Roles {

    /**
     * The two sides, in order.
     *
     * @param objectIsActor1 whether actor1 is the side the cue points at (the "with"/"from" side) rather
     *                       than the sentence's subject: in a list of partners, that side changes per item
     * @param marked         whether a preposition or the cue's own position tied a country to the cue,
     *                       as opposed to the bare text order
     */
    record Pair(Party actor1, Party actor2, boolean objectIsActor1, boolean marked) {

        Pair(Party actor1, Party actor2) {
            this(actor1, actor2, false, false);
        }

        /** The same pair with the cue's object replaced, for one item of a list of partners. */
        Pair withObject(Party object) {
            return objectIsActor1 ? new Pair(object, actor2, true, marked) : new Pair(actor1, object, false, marked);
        }

        /** The same pair with the subject (the side that is not the cue's object) replaced. */
        Pair withSubject(Party subject) {
            return objectIsActor1 ? new Pair(actor1, subject, true, marked) : new Pair(subject, actor2, false, marked);
        }

        Party object() {
            return objectIsActor1 ? actor1 : actor2;
        }

        /** The same pair, tied to the cue by something other than a preposition (the place filed from). */
        Pair tied() {
            return new Pair(actor1, actor2, objectIsActor1, true);
        }

        Pair reversed() {
            return new Pair(actor2, actor1, !objectIsActor1, marked);
        }
    }

    private static final Pattern TO_MARKER = Pattern.compile(
            "\\b(?:to|into|in|for|on|against|toward|towards|with|at)\\s+(?:the\\s+)?(?:(?:fellow|neighbouring|neighboring)\\s+)?"
                    + "(?:(?:\\d[\\d,]*|several|some|many|more|certain|other|all|two|three|four|five|six|seven|eight|nine|ten)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_MARKER = Pattern.compile("\\b(?:from|by)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_MARKER = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_MARKER = Pattern.compile("\\bwith\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAVELLED_FROM = Pattern.compile(
            "\\b(?:arriv\\w*|flew|fly|flies|flying|came|coming|travel\\w*|returned|returning|back)\\b[^,.;]{0,30}\\bfrom\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Markers that tie a country to a cue but never name where a traveller goes. */
    private static final Pattern NOT_A_DESTINATION = Pattern.compile(
            "\\b(?:with|on|against|toward|towards|into)\\s+(?:the\\s+)?(?:(?:fellow|neighbouring|neighboring)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_BEFORE = Pattern.compile("\\bwith\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_RIGHT_AFTER = Pattern.compile("\\s+with\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "a 15 pct duty on imports from Canada": what comes from there is what the sanction hits. */
    private static final Pattern IMPORTS_FROM = Pattern.compile(
            "\\b(?:imports?|goods|products|shipments)\\s+(?:\\w+\\s+){0,2}?from\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "banned imports of Japanese seafood": after a ban, what the imports are of is what it hits (not after a tariff cut). */
    private static final Pattern IMPORTS_OF = Pattern.compile("\\bimports?\\s+(?:\\w+\\s+){0,2}?of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern A_BAN = Pattern.compile("(?i).*\\b(?:ban|banned|banning|bans|halt\\w*|suspend\\w*|restrict\\w*|curb\\w*|embargo\\w*)\\b.*");
    /** "penalise trading partners such as Japan, South Korea and Taiwan": the partners named are the objects. */
    private static final Pattern SUCH_AS = Pattern.compile(
            "\\b(?:partners|countries|nations|exporters|suppliers|producers)\\s+(?:such\\s+as|including|like)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|unless)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCUSED = Pattern.compile("\\baccus(?:ed|es|ing)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANKED_BY = Pattern.compile("(?:'s|\u2019s)\\s+(?:[\\w-]+\\s+){0,3}");
    private static final Pattern OWED_BY = Pattern.compile("\\bow(?:ed|ing)\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** The words {@link #TO_MARKER} and {@link #FROM_MARKER} start with. */
    private static final java.util.Set<String> MARKER_WORDS = java.util.Set.of("to", "into", "in", "for", "on", "against", "toward",
            "towards", "with", "at", "from", "by");

    /**
     * Whether one of the last four words before a party is a word {@link #TO_MARKER} or {@link #FROM_MARKER}
     * starts with ("to the fellow 12 ..."): a scan back over a few characters instead of two pattern searches.
     */
    private static boolean markerWordNear(String before) {
        int end = before.length();
        for (int words = 0; words < 4 && end > 0; words++) {
            while (end > 0 && !Character.isLetterOrDigit(before.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetterOrDigit(before.charAt(start - 1))) {
                start--;
            }
            int length = end - start;
            if (length >= 2 && length <= 7 && MARKER_WORDS.contains(EventCues.asciiLowerCase(before.substring(start, end)))) {
                return true;
            }
            end = start;
        }
        return false;
    }

    /** A clause of its own after the cue: what it marks is another cue's. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;]|,?\\s(?:while|whereas)\\s");
    /** A quantity, then "of", between an import word and the goods' origin: " 1.8 million barrels per day of ". */
    private static final Pattern QUANTITY_OF = Pattern.compile(
            "\\s+(?:(?:some|about|around|nearly|almost|over|up\\s+to)\\s+)?[\\d.,]+\\s+(?:[\\w-]+\\s+){0,4}?of\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_MARKER = Pattern.compile("\\bof\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADJACENT = Pattern.compile("\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "Visited" as a verb: what follows is where the visit went. */
    private static final Pattern VISITED = Pattern.compile("(?i)visited");

    private Roles() {
    }

    /** Whether the text before a party names it as where the sanctioned goods come from. */
    private static boolean goodsOf(String before, String sentence, EventCue cue) {
        return IMPORTS_FROM.matcher(before).find()
                || IMPORTS_OF.matcher(before).find() && A_BAN.matcher(sentence).region(cue.start(), cue.end()).matches();
    }

    /** "in New York and " before a capital: the talks were held in both places. */
    private static final Pattern IN_PLACE_AND = Pattern.compile("\\bin\\s+(?:\\p{Lu}[\\w.]*\\s+){1,2}and\\s+$");
    /** Between a country told to act on its office and the office: "(ordered) Russia to close its consulate". */
    private static final Pattern TOLD_TO_CLOSE_ITS = Pattern.compile(
            "\\s+to\\s+(?:close|shut|open|reopen)\\s+(?:down\\s+)?its\\s+(?:[\\w-]+\\s+)?", Pattern.CASE_INSENSITIVE);
    /** Between a country and its office: "Russian consulate", "Russia's new embassy". */
    private static final Pattern OWNER_GAP = Pattern.compile("(?:'s)?\\s+(?:new\\s+|former\\s+)?");

    /**
     * Whether talks are placed in the second side's capital, after the cue: "the Japanese and South Korean foreign
     * ministers met in Seoul", "held talks with his Chinese counterpart in Beijing", "talks here" (the place filed
     * from). The first side travelled there.
     */
    static boolean heldAtHost(EventCue cue, String sentence, Pair pair) {
        Party host = pair.actor2();
        if (!host.inSentence() || host.start() < cue.end() || host.end() > sentence.length() || host.start() - cue.end() > 80) {
            return false;
        }
        if (host.type() == MentionType.HERE && sentence.substring(cue.end(), host.start()).isBlank()) {
            return true; // "in talks here today with British Chancellor Nigel Lawson", filed from London
        }
        return (host.type() == MentionType.CAPITAL || host.type() == MentionType.HERE)
                && (IN_MARKER.matcher(sentence).region(Math.max(0, host.start() - 12), host.start()).find()
                    || IN_PLACE_AND.matcher(sentence).region(Math.max(0, host.start() - 40), host.start()).find())
                && !CLAUSE_BREAK.matcher(sentence).region(cue.end(), host.start()).find();
    }

    /**
     * @param parties the sides named in the sentence, in text order, at least one
     * @param context the other side from previous sentences when the sentence names only one, or null
     */
    static Pair assign(EventCue cue, String sentence, List<Party> parties, Party context) {
        Party to = null;
        Party from = null;
        EventCue.Direction direction = cue.direction();
        parties = withoutOrigins(sentence, parties, cue.kind() == io.newsmon.model.EventKind.VISIT);
        for (Party p : parties) {
            String before = sentence.substring(Math.max(0, p.start() - 30), p.start());
            boolean afterCue = p.start() >= cue.end();
            boolean directlyAfterCue = afterCue && ADJACENT.matcher(sentence.substring(cue.end(), p.start())).matches();
            boolean visitOf = cue.kind() == io.newsmon.model.EventKind.VISIT && afterCue
                    && sentence.substring(cue.end(), p.start()).matches("\\s+(?:of|by)\\s+(?:the\\s+)?");
            // "imports Soviet coal", "imported 1.8 million barrels per day of Russian crude"
            boolean importedOrigin = direction == EventCue.Direction.FROM_IS_ACTOR1 && p.type() == MentionType.DEMONYM
                    && (directlyAfterCue || afterCue && p.start() - cue.end() <= 60
                        && QUANTITY_OF.matcher(sentence).region(cue.end(), p.start()).matches());
            if (visitOf || importedOrigin
                    || directlyAfterCue && cue.kind() == io.newsmon.model.EventKind.VISIT && p.type() == MentionType.DEMONYM
                    && !VISITED.matcher(sentence).region(cue.start(), cue.end()).matches()) {
                // "a visiting Ghanaian delegation": the visitor ("visited the Kazakh capital": the host)
                if (from == null) {
                    from = p;
                }
                continue;
            }
            if (cue.kind() == io.newsmon.model.EventKind.REPRESENTATION && p.end() <= cue.start()
                    && (OWNER_GAP.matcher(sentence).region(p.end(), cue.start()).matches()
                        || TOLD_TO_CLOSE_ITS.matcher(sentence).region(p.end(), cue.start()).matches())) {
                // "ordered the closure of the last Russian consulate", "Russia's embassy in Vilnius", "ordered Russia to
                // close its consulate in Gdansk": whose office it is
                if (from == null) {
                    from = p;
                }
                continue;
            }
            if (cue.kind() == io.newsmon.model.EventKind.VISIT && afterCue
                    && (p.start() - cue.end() > 60 || NOT_A_DESTINATION.matcher(before).find())) {
                continue; // "Chirac's visit was to present France's concern about any accord with the Soviet Union"
            }
            if (cue.kind() == io.newsmon.model.EventKind.SANCTION && afterCue && WITH_BEFORE.matcher(before).find()
                    && !WITH_RIGHT_AFTER.matcher(sentence.substring(cue.end(), p.start())).matches()) {
                continue; // "the embargoes taught the USSR to limit its trading with the U.S.": not the target ("cut ties with" is)
            }
            // "a 15 pct duty on imports from Canada"
            boolean sanctionTarget = cue.kind() == io.newsmon.model.EventKind.SANCTION && afterCue
                    && goodsOf(sentence.substring(Math.max(0, p.start() - 40), p.start()), sentence, cue);
            // "would retaliate if Japan did not open its markets", "accused Tokyo of failing ... and threatened retaliatory action"
            sanctionTarget |= cue.kind() == io.newsmon.model.EventKind.SANCTION
                    && (afterCue && p.start() - cue.end() < 20 && CONDITION.matcher(before).find()
                        || !afterCue && ACCUSED.matcher(before).find()
                        || afterCue && p.start() - cue.end() < 40 && SUCH_AS.matcher(before).find());
            // "forgave 300 billion yen of debts owed by Indonesia": the debtor is the one given to
            boolean receives = cue.kind() == io.newsmon.model.EventKind.AID && afterCue && OWED_BY.matcher(before).find();
            // "Germany is Kazakhstan's third-largest investor": the country whose investor it is hosts
            receives |= cue.kind() == io.newsmon.model.EventKind.INVESTMENT && !afterCue && p.end() <= cue.start()
                    && sentence.startsWith("investor", cue.start()) && RANKED_BY.matcher(sentence).region(p.end(), cue.start()).matches();
            if (afterCue && p.start() - cue.end() > 12 && CLAUSE_BREAK.matcher(sentence).region(cue.end(), p.start()).find()) {
                continue; // "exports to the United States grew, while imports from China fell": the later clause's "from"
            }
            boolean marker = markerWordNear(before); // the two patterns below only where one of their words stands
            if (to == null && (marker && p.start() > cue.start() && TO_MARKER.matcher(before).find() || sanctionTarget || receives
                    || directlyAfterCue && (direction == EventCue.Direction.TO_IS_ACTOR2 || direction == EventCue.Direction.WITH_IS_ACTOR1))) {
                to = p;
            } else if (from == null && (marker && p.start() > cue.start() && FROM_MARKER.matcher(before).find()
                    || direction == EventCue.Direction.FROM_IS_ACTOR1 && afterCue && OF_MARKER.matcher(before).find()
                    && sentence.substring(cue.end(), p.start()).length() < 12)) {
                from = p;
            }
        }
        if (direction == EventCue.Direction.TEXT_ORDER) {
            to = null;
            from = null;
            if (parties.size() == 2 && Parties.distinctCountries(parties) == 2 && listedTogether(sentence, parties.get(0), parties.get(1))
                    && WITH_MARKER.matcher(sentence.substring(Math.max(0, parties.get(0).start() - 30), parties.get(0).start())).find()) {
                // "accords have been reached with the U.K. and France": both are partners of a side named before
                return new Pair(null, parties.get(0), false, true);
            }
            if (Parties.distinctCountries(parties) == 2) {
                // "talks in Washington", "In Hong Kong, Baldrige will hold meetings", "signed here": the place
                // is the host, and the side that came to it goes first.
                for (Party p : parties) {
                    String before = sentence.substring(Math.max(0, p.start() - 12), p.start());
                    if (p.type() == MentionType.HERE
                            || (cue.kind() == io.newsmon.model.EventKind.MEETING || cue.kind() == io.newsmon.model.EventKind.AGREEMENT)
                            && IN_MARKER.matcher(before).find()) {
                        Party guest = secondCountryOtherThan(parties, p);
                        return new Pair(guest, p, false, true);
                    }
                }
            }
        } else if (direction == EventCue.Direction.SUBJECT_IS_ACTOR2) {
            to = null;
        } else if (direction == EventCue.Direction.WITH_IS_ACTOR1) {
            // The partner of a deficit exports: it plays the part the "from" side plays elsewhere.
            if (to != null && from == null) {
                from = to;
                to = null;
            }
        }
        if (to != null && from != null && to.countries().equals(from.countries())) {
            // One country marked twice ("buy ... from the U.S. ... surplus with the U.S."): the mark nearer the cue counts.
            if (Math.abs(to.start() - cue.end()) < Math.abs(from.start() - cue.end())) {
                from = null;
            } else {
                to = null;
            }
        }
        boolean marked = to != null || from != null;
        if (Parties.distinctCountries(parties) == 1 && context != null) {
            if (cue.kind() == io.newsmon.model.EventKind.MEETING || cue.kind() == io.newsmon.model.EventKind.AGREEMENT) {
                for (Party p : parties) {
                    if (p.type() == MentionType.HERE && !context.countries().equals(p.countries())) {
                        return new Pair(context, p, false, true); // "signed here": the host
                    }
                    if (p.start() > cue.start() && IN_MARKER.matcher(sentence.substring(Math.max(0, p.start() - 12), p.start())).find()) {
                        // "talks ... in Washington", "will sign a letter of intent in Caracas": the host
                        return new Pair(context, p, false, true);
                    }
                }
            }
            Party only = to != null ? to : from != null ? from : parties.get(0);
            if (to == null && from == null && direction != EventCue.Direction.TEXT_ORDER
                    && TO_MARKER.matcher(sentence.substring(Math.max(0, only.start() - 30), only.start())).find()) {
                to = only; // "shopping for in the U.S. during the buying mission": the destination, before the cue
            }
            if (only == to) return new Pair(context, only, false, true);
            if (only == from) return new Pair(only, context, true, true);
            return switch (direction) {
                case TO_IS_ACTOR2 -> new Pair(only, context, false, false);
                case FROM_IS_ACTOR1, SUBJECT_IS_ACTOR2, WITH_IS_ACTOR1 -> new Pair(context, only, true, false);
                case TEXT_ORDER -> null; // the caller keeps the previous sentence's order
            };
        }
        if (Parties.distinctCountries(parties) < 2) {
            return null;
        }
        if (to != null && from != null && to != from) {
            return new Pair(from, to, false, true);
        }
        if (to != null) {
            return new Pair(nearestOther(sentence, parties, to, cue), to, false, true);
        }
        if (from != null) {
            return new Pair(from, nearestOther(sentence, parties, from, cue), true, true);
        }
        if (direction == EventCue.Direction.SUBJECT_IS_ACTOR2) {
            Party host = lastBefore(parties, cue);
            if (host != null) {
                return new Pair(nearestOther(sentence, parties, host, cue), host, true, true);
            }
        }
        if (direction == EventCue.Direction.FROM_IS_ACTOR1 || direction == EventCue.Direction.WITH_IS_ACTOR1) {
            // "Japan imports ... U.S.", "the U.S. deficit ... South Korea": the subject, named first, buys.
            return new Pair(secondCountry(parties), parties.get(0), true, false);
        }
        return new Pair(parties.get(0), secondCountry(parties), false, false);
    }

    private static Party secondCountryOtherThan(List<Party> parties, Party p) {
        for (Party q : parties) {
            if (!q.countries().equals(p.countries())) {
                return q;
            }
        }
        return null;
    }

    private static Party secondCountry(List<Party> parties) {
        for (Party p : parties) {
            if (!p.countries().equals(parties.get(0).countries())) {
                return p;
            }
        }
        return null;
    }

    /**
     * "arriving in Moscow from Helsinki": a capital after "from" is where a traveller came from, not a
     * side: for a visit always, for other kinds after a word of travel ("went into a meeting with
     * Shevardnadze after arriving in Moscow from Helsinki").
     */
    private static List<Party> withoutOrigins(String sentence, List<Party> parties, boolean visit) {
        if (parties.size() < 2) {
            return parties;
        }
        return Parties.without(parties, p -> {
            if (p.type() != MentionType.CAPITAL || !p.inSentence()) {
                return false;
            }
            String before = sentence.substring(Math.max(0, p.start() - 50), p.start());
            return FROM_MARKER.matcher(before).find() && (visit || TRAVELLED_FROM.matcher(before).find());
        });
    }

    private static final Pattern TO_OR_FROM = Pattern.compile("\\b(?:to|from)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Whether "to" or "from" stands right before the party ("loans to Argentina, Brazil ...", "from Algeria, Iraq ..."). */
    static boolean introducedByToOrFrom(String sentence, Party p) {
        return p != null && p.inSentence() && p.start() <= sentence.length()
                && TO_OR_FROM.matcher(sentence.substring(Math.max(0, p.start() - 10), p.start())).find();
    }

    private static final Pattern BORROWING_BEFORE = Pattern.compile("\\b(?:seek|seeks|seeking|sought|raise|raises|raising|raised|arrange|"
            + "arranges|arranging|arranged|obtain|obtains|obtaining|obtained)\\s+(?:[\\w.,-]+\\s+){0,4}?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_RIGHT_AFTER = Pattern.compile("\\s+in\\s+(?:the\\s+)?");

    /**
     * Whether a loan is raised in the object's country ("Venezuela is seeking loans in Japan", "to arrange a 10 billion
     * yen loan in Japan"): that country's market lends, so it is the giver, not the receiver.
     */
    static boolean borrowedIn(String s, EventCue cue, Party object) {
        if (object == null || !object.inSentence() || object.start() < cue.end() || object.start() > s.length()
                || !s.regionMatches(true, cue.start(), "loan", 0, 4) && !s.regionMatches(true, cue.start(), "credit", 0, 6)) {
            return false;
        }
        return IN_RIGHT_AFTER.matcher(s).region(cue.end(), object.start()).matches()
                && BORROWING_BEFORE.matcher(s).region(Math.max(0, cue.start() - 50), cue.start()).find();
    }

    /** Whether the sentence places its event in a country other than {@code here}: "Earlier this month in Washington, ...". */
    static boolean placedElsewhere(String sentence, List<Party> parties, Party here) {
        for (Party p : parties) {
            if (p.inSentence() && !p.countries().equals(here.countries())
                    && IN_MARKER.matcher(sentence.substring(Math.max(0, p.start() - 12), p.start())).find()) {
                return true;
            }
        }
        return false;
    }

    // Case-blind: wire copy capitalises after an abbreviation ("the U.K. And France").
    static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)(?:with\\s+)?(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** Whether a and b stand in one list ("South Africa and Namibia"), so they are never each other's partner. */
    private static boolean listedTogether(String sentence, Party a, Party b) {
        Party first = a.start() < b.start() ? a : b;
        Party second = first == a ? b : a;
        return first.inSentence() && second.start() >= first.end() && second.start() - first.end() < 12
                && COORDINATION.matcher(sentence.substring(first.end(), second.start())).matches();
    }

    /** Whether a and b stand in one list, however long ("the U.S., England, France, West Germany, Italy and Switzerland"). */
    private static boolean listedTogether(String sentence, List<Party> parties, Party a, Party b) {
        Party first = a.start() < b.start() ? a : b;
        Party second = first == a ? b : a;
        if (!first.inSentence()) {
            return false;
        }
        Party last = first;
        for (Party p : parties) {
            if (p.start() <= last.start()) {
                continue;
            }
            if (!listedTogether(sentence, last, p)) {
                return false;
            }
            if (p == second) {
                return true;
            }
            last = p;
        }
        return false;
    }

    private static boolean sameMarker(String sentence, Party a, Party b) {
        if (!a.inSentence() || !b.inSentence()) {
            return false;
        }
        String beforeA = sentence.substring(Math.max(0, a.start() - 30), a.start());
        String beforeB = sentence.substring(Math.max(0, b.start() - 30), b.start());
        return FROM_MARKER.matcher(beforeA).find() && FROM_MARKER.matcher(beforeB).find()
                || TO_MARKER.matcher(beforeA).find() && TO_MARKER.matcher(beforeB).find();
    }

    private static Party lastBefore(List<Party> parties, EventCue cue) {
        Party last = null;
        for (Party p : parties) {
            if (p.end() <= cue.start()) {
                last = p;
            }
        }
        return last;
    }

    /** The other side: the closest country before the cue (its subject), else the closest after. */
    private static Party nearestOther(String sentence, List<Party> parties, Party taken, EventCue cue) {
        Party best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Party p : parties) {
            if (p == taken || p.countries().equals(taken.countries()) || listedTogether(sentence, parties, p, taken)
                    || p.start() > cue.start() && sameMarker(sentence, p, taken)) {
                continue; // "from Japan and about 1.8 billion from the U.S.": alternatives, not partners
            }
            if (cue.kind() == io.newsmon.model.EventKind.VISIT && p.start() > cue.start() && p.inSentence()
                    && TO_MARKER.matcher(sentence.substring(Math.max(0, p.start() - 30), p.start())).find()) {
                continue; // "after visiting the U.S. ..., he is now on his way to Tokyo": another destination, not the traveller
            }
            int distance = p.end() <= cue.start() ? cue.start() - p.end() : 1000 + p.start() - cue.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p;
            }
        }
        return best;
    }
}
