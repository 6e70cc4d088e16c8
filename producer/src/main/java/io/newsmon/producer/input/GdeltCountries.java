package io.newsmon.producer.input;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GDELT actor country codes (CAMEO) to ISO 3166-1 alpha-3. CAMEO uses ISO alpha-3 for countries,
 * with a few codes kept from before ISO changed them, and adds regions and blocs (EUR Europe, AFR
 * Africa, SAF Southern Africa, WAF, MEA, ...). Regions are not countries a relation can be between,
 * so they, and anything else that is not an ISO country, map to nothing and the row is skipped.
 */
final class GdeltCountries {
    private static final Set<String> ISO_ALPHA3 =
            Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    /** CAMEO codes that predate ISO's current ones. */
    private static final Map<String, String> LEGACY = Map.of(
            "ROM", "ROU", // Romania
            "ZAR", "COD", // Zaire, now DR Congo
            "TMP", "TLS"); // East Timor

    private GdeltCountries() {
    }

    static Optional<String> toIso(String cameoCountry) {
        if (cameoCountry == null || cameoCountry.length() != 3) {
            return Optional.empty();
        }
        String code = cameoCountry.toUpperCase(Locale.ROOT);
        code = LEGACY.getOrDefault(code, code);
        return ISO_ALPHA3.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
