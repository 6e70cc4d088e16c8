package io.newsmon.producer.extract;

import java.math.BigDecimal;

/**
 * A relative change in a sentence ("up 12% on 2009"), before its base period is resolved.
 *
 * @param percent   signed percentage
 * @param baseYear  the year compared against when written as a year, else 0
 * @param basePrior whether the base was written as the prior period ("a year earlier", "last year")
 * @param baseStart offset in the sentence where the base phrase starts, or -1
 * @param baseEnd   offset in the sentence where the base phrase ends, or -1
 */
record ChangeMention(BigDecimal percent, int baseYear, boolean basePrior, int start, int end,
                     int baseStart, int baseEnd) {
}
