package io.newsmon.producer.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids derived from what an article is, so that re-reading it gives the same id. */
final class ContentIds {
    private ContentIds() {
    }

    /** 24 hex digits of SHA-256 of the content with its line endings normalised. */
    static String ofContent(String content) {
        return hash("content|" + content.replace("\r\n", "\n").strip());
    }

    static String ofUrl(String url) {
        return hash("url|" + url.strip());
    }

    private static String hash(String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
