package io.newsmon.producer.extract;

import io.newsmon.model.Amount;

/** A sum of money found in a sentence, at {@code [start, end)} of the sentence text. */
record MoneyMention(Amount amount, int start, int end) {
}
