package io.newsmon.consumer.delivery;

import io.newsmon.consumer.subscription.ChannelSpec;
import io.newsmon.serde.Json;
import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs each alert (or digest) as JSON to a URL, signed so the receiver can check it came from
 * newsmon: {@code X-Newsmon-Signature: sha256=<hex HMAC-SHA256 of the body under the secret>}.
 * Network errors, 5xx, 408 and 429 are retried with exponential backoff; other answers and
 * exhausted retries fail the delivery (and the caller parks it). Delivery is at least once:
 * receivers dedupe on {@code X-Newsmon-Id}.
 */
public final class WebhookDelivery implements Delivery {
    public static final String SIGNATURE_HEADER = "X-Newsmon-Signature";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ChannelSpec.Webhook spec;
    private final HttpClient http;

    public WebhookDelivery(ChannelSpec.Webhook spec) {
        this.spec = spec;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void alert(Alert alert) throws DeliveryFailedException {
        post("alert", alert.id(), alert);
    }

    @Override
    public void digest(Digest digest) throws DeliveryFailedException {
        post("digest", digest.id(), digest);
    }

    /** The longest one delivery can take: every attempt timing out on connect and response, plus the waits. */
    public static Duration worstCase(ChannelSpec.Webhook spec) {
        Duration waits = spec.backoff().multipliedBy((1L << Math.min(spec.attempts() - 1, 20)) - 1);
        return TIMEOUT.multipliedBy(2L * spec.attempts()).plus(waits);
    }

    /** "sha256=" and the hex HMAC-SHA256 of the body. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    private void post(String event, String id, Object value) throws DeliveryFailedException {
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new DeliveryFailedException("cannot write " + event + " as JSON: " + e.getMessage(), e);
        }
        HttpRequest request = HttpRequest.newBuilder(spec.url())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Newsmon-Event", event)
                .header("X-Newsmon-Id", id)
                .header(SIGNATURE_HEADER, signature(spec.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        Duration wait = spec.backoff();
        String lastProblem = "";
        int attempt = 0;
        while (attempt < spec.attempts()) {
            attempt++;
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                lastProblem = "HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    break; // the receiver refuses this request: repeating it will not help
                }
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailedException("webhook " + spec.url() + " interrupted", e);
            }
            if (attempt < spec.attempts()) {
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        throw new DeliveryFailedException("webhook " + spec.url() + " did not take " + event + " " + id
                + " after " + attempt + " attempt(s), last: " + lastProblem);
    }

    private static void sleep(Duration wait) throws DeliveryFailedException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting to retry", e);
        }
    }
}
