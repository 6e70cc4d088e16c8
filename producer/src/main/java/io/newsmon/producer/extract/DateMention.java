package io.newsmon.producer.extract;

import io.newsmon.model.EventDate;

/**
 * A date or period found in a sentence, resolved to the calendar, at {@code [start, end)}.
 *
 * @param explicit whether the text states the year itself ("in 2010"), as opposed to a date
 *                 resolved against the publication date ("last year", "on Monday")
 */
record DateMention(EventDate date, int start, int end, boolean explicit) {
}
