package io.newsmon.producer.extract;

/**
 * One sentence of an article.
 *
 * @param text  the sentence, trimmed
 * @param start offset of its first character in the article text (inclusive)
 * @param end   offset after its last character (exclusive)
 */
record Sentence(String text, int start, int end) {
}
