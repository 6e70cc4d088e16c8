package io.newsmon.producer.eval;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-3 codes the JDK knows: what a valid actor or country label is. */
public final class IsoCountries {

    private static final Set<String> ALPHA3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private IsoCountries() {
    }

    public static boolean isAlpha3(String code) {
        return code != null && ALPHA3.contains(code);
    }
}
