package io.newsmon.model;

/**
 * What happened between two countries: newsmon's coarse taxonomy, each kind aligned with a CAMEO
 * event code so that newsmon events and GDELT events can be read side by side.
 */
public enum EventKind {
    /** A state visit or an official's trip: CAMEO 042 "make a visit" (actor1 is the visitor). */
    VISIT("042", Family.DIPLOMATIC),
    /** Talks, consultations, negotiations, phone calls: CAMEO 040 "consult". */
    MEETING("040", Family.DIPLOMATIC),
    /** Signed agreements, memoranda, joint declarations, treaties in force: CAMEO 057. */
    AGREEMENT("057", Family.DIPLOMATIC),
    /**
     * Embassies, consulates and trade offices opened or closed: CAMEO 050 "diplomatic cooperation"; envoys
     * recalled and diplomats expelled: CAMEO 161 "reduce or break diplomatic relations".
     */
    REPRESENTATION("050", Family.DIPLOMATIC),
    /**
     * Sanctions, embargoes, boycotts: CAMEO 163 "impose embargo, boycott, or sanctions"; lifted or eased:
     * CAMEO 085 "ease economic sanctions, boycott, embargo" (the same relation, the opposite tone).
     */
    SANCTION("163", Family.DIPLOMATIC),
    /** Exports, imports, turnover, trade missions (actor1 is the exporter): CAMEO 061. */
    TRADE("061", Family.ECONOMIC),
    /** FDI stocks and flows, investment pledges (actor1 is the investor): CAMEO 061. */
    INVESTMENT("061", Family.ECONOMIC),
    /** Grants, development and humanitarian assistance, state loans (actor1 is the donor): CAMEO 070. */
    AID("070", Family.ECONOMIC),
    /** Any other interaction GDELT codes (conflict, statements...): kept so its tone can be counted. */
    OTHER("010", Family.DIPLOMATIC);

    /** Which event topic a kind is published to. */
    public enum Family { DIPLOMATIC, ECONOMIC }

    private final String defaultCameo;
    private final Family family;

    EventKind(String defaultCameo, Family family) {
        this.defaultCameo = defaultCameo;
        this.family = family;
    }

    /** The CAMEO code used when the text says no more than the kind itself. */
    public String defaultCameo() {
        return defaultCameo;
    }

    public Family family() {
        return family;
    }

    /**
     * Whether a CAMEO code eases a relation rather than acting in it: CAMEO 08 "yield", such as 085 "ease economic
     * sanctions" (a SANCTION lifted). Readers name such an event differently ("sanction eased").
     */
    public static boolean eases(String cameo) {
        return cameo != null && cameo.startsWith("08");
    }

    /** Maps a CAMEO event code (GDELT's EventCode, read as a string) to a newsmon kind. */
    public static EventKind fromCameo(String code) {
        if (code == null || code.length() < 2) {
            return OTHER;
        }
        if (code.startsWith("042") || code.startsWith("043")) return VISIT;
        if (code.startsWith("04") || code.startsWith("036")) return MEETING;
        if (code.startsWith("057")) return AGREEMENT;
        if (code.startsWith("054") || code.equals("050") || code.startsWith("161")) return REPRESENTATION;
        if (code.startsWith("07") || code.startsWith("033")) return AID;
        if (code.startsWith("061") || code.startsWith("0311")) return TRADE;
        if (code.startsWith("163") || code.startsWith("085") || code.startsWith("166") || code.startsWith("1312")) return SANCTION;
        return OTHER;
    }
}
