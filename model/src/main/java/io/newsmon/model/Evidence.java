package io.newsmon.model;

/**
 * The sentence a fact was read from, with its character offsets in the article's text
 * ({@code start} inclusive, {@code end} exclusive; both -1 when the source gives no text, as GDELT).
 */
public record Evidence(String sentence, int start, int end) {
    public static Evidence none() {
        return new Evidence("", -1, -1);
    }
}
