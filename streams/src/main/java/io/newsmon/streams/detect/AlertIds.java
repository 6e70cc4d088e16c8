package io.newsmon.streams.detect;

import io.newsmon.model.AlertType;
import io.newsmon.streams.fact.ScopeKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable alert ids: a hash of what was judged (type, scope, subject, period, unit), never of the
 * figures or the time, so that reprocessing the same input yields the same id.
 */
public final class AlertIds {
    private AlertIds() {
    }

    public static String of(AlertType type, ScopeKey scope, String subject, String period, String unit) {
        String basis = String.join("|", type.name(), scope.toString(), subject, period, unit);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return type.name().toLowerCase() + "-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
