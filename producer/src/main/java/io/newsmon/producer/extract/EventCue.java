package io.newsmon.producer.extract;

import io.newsmon.model.EventKind;

/**
 * A word or phrase in a sentence that names an event of some kind ("visited", "exports to",
 * "memorandum"), at {@code [start, end)} of the sentence.
 *
 * @param direction how the roles are read from the sentence around the cue
 */
record EventCue(EventKind kind, String cameo, Direction direction, int start, int end) {

    /** How the sentence tells actor1 from actor2 for this cue. */
    enum Direction {
        /** No direction in the words: actor1 is the country named first. */
        TEXT_ORDER,
        /** actor2 is introduced by "to", "into", "in" (exports to, aid to, a visit to, invest in). */
        TO_IS_ACTOR2,
        /** actor1 is introduced by "from", "by" (imports from, investment from, aid from). */
        FROM_IS_ACTOR1,
        /** The country named before the cue receives (hosted, welcomed): it is actor2. */
        SUBJECT_IS_ACTOR2,
        /**
         * actor1 is introduced by "with" (or stands after the cue), the subject is actor2: "the U.S.
         * deficit with Hong Kong" is Hong Kong exporting to the U.S.
         */
        WITH_IS_ACTOR1
    }
}
