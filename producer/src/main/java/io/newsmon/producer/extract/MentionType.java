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
    GROUP_MEMBER
}
