package io.newsmon.producer.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which side of a sentence is actor1 (visitor, exporter, investor, donor, imposer) and which
 * is actor2, from the prepositions that introduce each country around the event's cue word:
 * "exports <b>to</b> Kazakhstan", "imports <b>from</b> Belgium", "a visit <b>to</b> Belgium",
 * "Japan <b>hosted</b> ...", "sanctions <b>on</b> Iran". Without such a marker, the country named
 * first is actor1.
 */
final class Roles {

    /** The two sides, in order. */
    record Pair(Party actor1, Party actor2) {
    }

    private static final Pattern TO_MARKER = Pattern.compile(
            "\\b(?:to|into|in|for|on|against|toward|towards|with)\\s+(?:the\\s+)?(?:(?:fellow|neighbouring|neighboring)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_MARKER = Pattern.compile("\\b(?:from|by)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_MARKER = Pattern.compile("\\bof\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private Roles() {
    }

    /**
     * @param parties the sides named in the sentence, in text order, at least one
     * @param context the other side from previous sentences when the sentence names only one, or null
     */
    static Pair assign(EventCue cue, String sentence, List<Party> parties, Party context) {
        Party to = null;
        Party from = null;
        for (Party p : parties) {
            String before = sentence.substring(Math.max(0, p.start() - 30), p.start());
            boolean directlyAfterCue = p.start() >= cue.end()
                    && sentence.substring(cue.end(), p.start()).toLowerCase(Locale.ROOT).matches("\\s*(?:the\\s+)?");
            if (to == null && (TO_MARKER.matcher(before).find() && p.start() > cue.start()
                    || directlyAfterCue && cue.direction() == EventCue.Direction.TO_IS_ACTOR2)) {
                to = p;
            } else if (from == null && (FROM_MARKER.matcher(before).find()
                    || cue.direction() == EventCue.Direction.FROM_IS_ACTOR1 && p.type() == MentionType.DEMONYM
                    && OF_MARKER.matcher(before).find() && p.start() > cue.start())) {
                from = p;
            }
        }
        if (cue.direction() == EventCue.Direction.TEXT_ORDER) {
            to = null;
            from = null;
        } else if (cue.direction() == EventCue.Direction.SUBJECT_IS_ACTOR2) {
            to = null;
        }
        if (parties.size() == 1 && context != null) {
            Party only = parties.get(0);
            if (only == to) return new Pair(context, only);
            if (only == from) return new Pair(only, context);
            return switch (cue.direction()) {
                case TO_IS_ACTOR2 -> new Pair(only, context);
                case FROM_IS_ACTOR1, SUBJECT_IS_ACTOR2 -> new Pair(context, only);
                case TEXT_ORDER -> null; // the caller keeps the previous sentence's order
            };
        }
        if (parties.size() < 2) {
            return null;
        }
        if (to != null && from != null && to != from) {
            return new Pair(from, to);
        }
        if (to != null) {
            return new Pair(nearestOther(parties, to, cue), to);
        }
        if (from != null) {
            return new Pair(from, nearestOther(parties, from, cue));
        }
        if (cue.direction() == EventCue.Direction.SUBJECT_IS_ACTOR2) {
            Party host = lastBefore(parties, cue);
            if (host != null) {
                return new Pair(nearestOther(parties, host, cue), host);
            }
        }
        if (cue.direction() == EventCue.Direction.FROM_IS_ACTOR1) {
            // "Japan imports ... U.S.": the importer is the subject, named first.
            return new Pair(parties.get(1), parties.get(0));
        }
        return new Pair(parties.get(0), parties.get(1));
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
    private static Party nearestOther(List<Party> parties, Party taken, EventCue cue) {
        Party best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Party p : parties) {
            if (p == taken || p.countries().equals(taken.countries())) {
                continue;
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
