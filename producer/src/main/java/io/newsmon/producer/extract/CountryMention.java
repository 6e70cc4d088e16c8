package io.newsmon.producer.extract;

/**
 * One place in a text that names a country.
 *
 * @param iso3    ISO 3166-1 alpha-3 code of the country
 * @param start   offset of the first character (inclusive)
 * @param end     offset after the last character (exclusive)
 * @param surface the text as written
 * @param type    how it names the country
 */
public record CountryMention(String iso3, int start, int end, String surface, MentionType type) {
}
