package io.newsmon.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One diplomatic or economic fact between two countries, as extracted from one article.
 *
 * @param id        stable id of the fact (see {@link #factId}): the same fact read from two
 *                  articles gets the same id, so downstream stages can merge reports
 * @param kind      coarse kind
 * @param cameo     CAMEO event code (GDELT-compatible), a string: leading zeros matter
 * @param modality  fact or stated intention
 * @param actor1    ISO 3166-1 alpha-3 code of the initiator: visitor, exporter, investor, donor
 * @param actor2    ISO 3166-1 alpha-3 code of the other side: host, importer, recipient
 * @param date      the event's own date (not the article's), at the precision known
 * @param amount    money involved, if stated; null otherwise
 * @param change    relative change stated with it ("up 12%"), if any; null otherwise
 * @param evidence  the sentence it was read from
 * @param source    the article
 * @param origin    which extractor produced it: "newsmon" (text) or "gdelt" (GDELT export row)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsEvent(
        String id,
        EventKind kind,
        String cameo,
        Modality modality,
        String actor1,
        String actor2,
        EventDate date,
        Amount amount,
        Change change,
        Evidence evidence,
        SourceRef source,
        String origin) {

    public NewsEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor1, "actor1");
        Objects.requireNonNull(actor2, "actor2");
        Objects.requireNonNull(date, "date");
        if (cameo == null) {
            cameo = kind.defaultCameo();
        }
        if (modality == null) {
            modality = Modality.FACT;
        }
        if (evidence == null) {
            evidence = Evidence.none();
        }
    }

    /** The ordered pair, "BEL-KAZ": the key of per-pair aggregates. */
    public String pair() {
        return actor1 + "-" + actor2;
    }

    /**
     * A stable id for a fact: what happened, between whom, when, and for how much. Two articles
     * reporting "Belgian exports to Kazakhstan reached $514.5 million in 2010" yield the same id.
     */
    public static String factId(EventKind kind, String actor1, String actor2, EventDate date,
                                Amount amount, Modality modality) {
        String amountPart = amount == null ? "" : amount.value().toPlainString() + amount.currency();
        String basis = String.join("|", kind.name(), actor1, actor2, date.iso(), amountPart,
                modality == null ? Modality.FACT.name() : modality.name());
        byte[] hash = sha256().digest(basis.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 12);
    }

    /** Never updated: each id digests a clone, which spares getInstance's provider lookup (half the cost of an id). */
    private static final MessageDigest SHA_256_PROTOTYPE = newSha256();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
