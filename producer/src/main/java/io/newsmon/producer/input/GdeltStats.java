package io.newsmon.producer.input;

/**
 * What became of the GDELT export rows read so far.
 *
 * @param rows               rows read
 * @param events             rows turned into events (two different countries)
 * @param withoutCountryPair valid rows skipped because an actor has no country or both share one
 * @param nonCountryActors   valid rows skipped because an actor code is a region or bloc (EUR, AFR, ...)
 *                           or no ISO 3166-1 country
 * @param invalid            rows refused as unreadable (wrong column count, bad date or id)
 */
public record GdeltStats(long rows, long events, long withoutCountryPair, long nonCountryActors, long invalid) {
    public long skipped() {
        return withoutCountryPair + nonCountryActors;
    }
}
