package io.newsmon.streams.fact;

import java.util.Map;

/**
 * Goldstein conflict–cooperation weights (-10 … +10) of the CAMEO codes newsmon's kinds use, and
 * of the twenty CAMEO root codes as a fallback. Values as in the CAMEO codebook's Goldstein
 * mapping distributed with GDELT (gdeltproject.org, "CAMEO.goldsteinscale.txt"); 163 "impose
 * embargo, boycott, or sanctions" is -8.0 as in the CAMEO manual.
 */
public final class Goldstein {
    private static final Map<String, Double> BY_CODE = Map.ofEntries(
            Map.entry("010", 0.0), Map.entry("033", 5.2), Map.entry("0311", 5.2),
            Map.entry("036", 4.0), Map.entry("040", 1.0), Map.entry("042", 1.9),
            Map.entry("043", 2.8), Map.entry("050", 3.5), Map.entry("054", 6.0),
            Map.entry("057", 8.0), Map.entry("061", 6.4), Map.entry("070", 7.0), Map.entry("085", 7.0),
            Map.entry("163", -8.0), Map.entry("166", -8.0), Map.entry("1312", -5.8),
            // root codes 01..20
            Map.entry("01", 0.0), Map.entry("02", 3.0), Map.entry("03", 4.0), Map.entry("04", 1.0),
            Map.entry("05", 3.5), Map.entry("06", 6.0), Map.entry("07", 7.0), Map.entry("08", 5.0),
            Map.entry("09", -2.0), Map.entry("10", -5.0), Map.entry("11", -2.0), Map.entry("12", -4.0),
            Map.entry("13", -6.0), Map.entry("14", -6.5), Map.entry("15", -7.2), Map.entry("16", -4.0),
            Map.entry("17", -7.0), Map.entry("18", -9.0), Map.entry("19", -10.0), Map.entry("20", -10.0));

    private Goldstein() {
    }

    /** The weight of a CAMEO code: the code itself, else its 3-digit base, else its root; 0 if unknown. */
    public static double weight(String cameo) {
        if (cameo == null || cameo.isEmpty()) {
            return 0.0;
        }
        for (int len = cameo.length(); len >= 2; len--) {
            Double w = BY_CODE.get(cameo.substring(0, len));
            if (w != null) {
                return w;
            }
        }
        return 0.0;
    }
}
