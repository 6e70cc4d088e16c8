package io.newsmon.consumer.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Source links from article metadata: only absolute http(s) addresses are ever linked. */
public final class SafeLink {
    private SafeLink() {
    }

    /** The address in its ASCII form when it is a well-formed http or https URL with a host; empty otherwise. */
    public static Optional<String> httpUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException e) {
            // not a URL: shown as plain text, never linked
        }
        return Optional.empty();
    }
}
