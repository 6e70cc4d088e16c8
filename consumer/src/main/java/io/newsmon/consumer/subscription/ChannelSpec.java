package io.newsmon.consumer.subscription;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Where a subscription's alerts (and digests) go, as the subscriptions file describes it. */
public sealed interface ChannelSpec {

    /**
     * JSON lines and digest pages in a folder of the subscription's own.
     *
     * @param dir the folder; null for {@code <newsmon.out.dir>/subscriptions/<name>}
     */
    record File(Path dir) implements ChannelSpec {
    }

    /** One readable line per alert on standard output. */
    record Console() implements ChannelSpec {
    }

    /**
     * HTTP POST of each alert's JSON, signed with HMAC-SHA256 of the body under {@code secret}.
     *
     * @param attempts tries before the alert is parked on the dead-letter topic
     * @param backoff  wait before the second try; doubled before each further one
     */
    record Webhook(URI url, String secret, int attempts, Duration backoff) implements ChannelSpec {
        public Webhook {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", attempts=" + attempts + ", backoff=" + backoff + "]"; // never the secret
        }
    }

    /** A plain-text e-mail per alert (and per digest) through an SMTP relay. */
    record Email(List<String> to, String from, String smtpHost, int smtpPort) implements ChannelSpec {
        public Email {
            to = List.copyOf(to);
        }
    }
}
