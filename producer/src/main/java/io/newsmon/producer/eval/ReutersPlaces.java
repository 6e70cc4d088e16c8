package io.newsmon.producer.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps the Reuters-21578 PLACES vocabulary ({@code all-places-strings.lc.txt}, 1987 names in lower
 * case) to ISO 3166-1 alpha-3 codes, so that the collection's labels can be compared with what
 * newsmon recognises.
 *
 * <p>Choices (see docs/evaluation.md): states that no longer exist map to the state that holds
 * their seat today, which is also how a modern reader names them: {@code ussr} to RUS,
 * {@code west-germany} and {@code east-germany} to DEU, {@code czechoslovakia} to CZE,
 * {@code yugoslavia} to SRB, both Yemens to YEM, {@code burma} to MMR, {@code kampuchea} to KHM,
 * {@code zaire} to COD. Dependent territories that have their own ISO code (Hong Kong, Macao,
 * Guam, Bermuda...) keep it. The only place with no country code today, {@code netherlands-antilles}
 * (dissolved in 2010, no single successor), is not a country for this evaluation and is left out of
 * both the labels and the predictions.
 */
public final class ReutersPlaces {

    private static final Map<String, String> ISO3 = build();

    /** Reuters place names that are not countries: dropped from both sides of the comparison. */
    public static final Set<String> NOT_COUNTRIES = Set.of("netherlands-antilles");

    private ReutersPlaces() {
    }

    /** The ISO3 code of a Reuters place name, empty for the places that are not countries. */
    public static Optional<String> iso3(String place) {
        return Optional.ofNullable(ISO3.get(place.toLowerCase(Locale.ROOT).trim()));
    }

    /** Every mapped place name, for tests and documentation. */
    public static Map<String, String> all() {
        return ISO3;
    }

    private static Map<String, String> build() {
        String table = """
                afghanistan AFG, albania ALB, algeria DZA, american-samoa ASM, andorra AND, angola AGO,
                anguilla AIA, antigua ATG, argentina ARG, aruba ABW, australia AUS, austria AUT,
                bahamas BHS, bahrain BHR, bangladesh BGD, barbados BRB, belgium BEL, belize BLZ, benin BEN,
                bermuda BMU, bhutan BTN, bolivia BOL, botswana BWA, brazil BRA, british-virgin-islands VGB,
                brunei BRN, bulgaria BGR, burkina-faso BFA, burma MMR, burundi BDI, cameroon CMR,
                canada CAN, cape-verde CPV, cayman-islands CYM, central-african-republic CAF, chad TCD,
                chile CHL, china CHN, colombia COL, congo COG, costa-rica CRI, cuba CUB, cyprus CYP,
                czechoslovakia CZE, denmark DNK, djibouti DJI, dominica DMA, dominican-republic DOM,
                east-germany DEU, ecuador ECU, egypt EGY, el-salvador SLV, equatorial-guinea GNQ,
                ethiopia ETH, fiji FJI, finland FIN, france FRA, french-guiana GUF, gabon GAB, gambia GMB,
                ghana GHA, gibraltar GIB, greece GRC, grenada GRD, guadeloupe GLP, guam GUM, guatemala GTM,
                guinea GIN, guinea-bissau GNB, guyana GUY, haiti HTI, honduras HND, hong-kong HKG,
                hungary HUN, iceland ISL, india IND, indonesia IDN, iran IRN, iraq IRQ, ireland IRL,
                israel ISR, italy ITA, ivory-coast CIV, jamaica JAM, japan JPN, jordan JOR, kampuchea KHM,
                kenya KEN, kuwait KWT, laos LAO, lebanon LBN, lesotho LSO, liberia LBR, libya LBY,
                liechtenstein LIE, luxembourg LUX, macao MAC, madagascar MDG, malawi MWI, malaysia MYS,
                mali MLI, malta MLT, martinique MTQ, mauritania MRT, mauritius MUS, mexico MEX, monaco MCO,
                morocco MAR, mozambique MOZ, namibia NAM, nepal NPL, netherlands NLD, new-caledonia NCL,
                new-zealand NZL, nicaragua NIC, niger NER, nigeria NGA, north-korea PRK, norway NOR,
                oman OMN, pakistan PAK, panama PAN, papua-new-guinea PNG, paraguay PRY, peru PER,
                philippines PHL, poland POL, portugal PRT, qatar QAT, romania ROU, rwanda RWA,
                saudi-arabia SAU, senegal SEN, seychelles SYC, sierra-leone SLE, singapore SGP,
                somalia SOM, south-africa ZAF, south-korea KOR, spain ESP, sri-lanka LKA, sudan SDN,
                suriname SUR, swaziland SWZ, sweden SWE, switzerland CHE, syria SYR, taiwan TWN,
                tanzania TZA, thailand THA, togo TGO, tonga TON, trinidad-tobago TTO, tunisia TUN,
                turkey TUR, uae ARE, uganda UGA, uk GBR, uruguay URY, us-virgin-islands VIR, usa USA,
                ussr RUS, vanuatu VUT, vatican VAT, venezuela VEN, vietnam VNM, west-germany DEU,
                western-samoa WSM, yemen-arab-republic YEM, yemen-demo-republic YEM, yugoslavia SRB,
                zaire COD, zambia ZMB, zimbabwe ZWE""";
        Map<String, String> map = new TreeMap<>();
        for (String entry : table.split(",")) {
            String[] parts = entry.trim().split("\\s+");
            map.put(parts[0], parts[1]);
        }
        return Map.copyOf(map);
    }
}
