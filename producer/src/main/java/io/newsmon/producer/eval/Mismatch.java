package io.newsmon.producer.eval;

/**
 * One error of the extractor on one article, for the analyst reading the report.
 *
 * @param articleId the article
 * @param expected  what the annotator wrote ("" for a false positive)
 * @param got       what the extractor produced, or its nearest attempt ("" when nothing)
 * @param evidence  the sentence (gold snippet for a miss, extractor's sentence for a false positive)
 */
public record Mismatch(String articleId, String expected, String got, String evidence) {
}
