package io.newsmon.producer.extract;

/** How a text names a country. */
public enum MentionType {
    /** Its name, short name or historical name: "Belgium", "U.K.", "Soviet Union". */
    NAME,
    /** A demonym or adjective: "Belgian", "Kazakh", "Dutch". */
    DEMONYM,
    /** Its capital or seat of government standing for the state: "Astana", "Tokyo". */
    CAPITAL,
    /** A member of a named group: "Benelux" yields Belgium, the Netherlands and Luxembourg. */
    GROUP_MEMBER,
    /**
     * A city in the country that is not its capital: "Houston", "Frankfurt", "Osaka". A weaker
     * signal than a name: it says where something happens, not that the state acts.
     */
    CITY,
    /** A state, province or region of the country: "Texas", "Calif.", "Ontario", "Bavaria". */
    REGION,
    /**
     * "here" in a story with a dateline: the country it was filed from, as the host of what
     * happens there ("the visitors arrived here").
     */
    HERE,
    /**
     * An official named again after being introduced with his country ("Brazilian Finance Minister
     * Dilson Funaro ... Funaro, who is in Washington"): the state he acts for.
     */
    PERSON,
    /**
     * A company named again after being introduced with its country ("Bridgestone Corp of Tokyo ...
     * Bridgestone will hold 60 pct"): the country it stands for.
     */
    COMPANY;

    /** Whether the mention names the state itself, not a place inside it (a city or region). */
    public boolean namesState() {
        return this != CITY && this != REGION;
    }
}
