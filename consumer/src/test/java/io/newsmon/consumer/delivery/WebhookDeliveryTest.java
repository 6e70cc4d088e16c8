package io.newsmon.consumer.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.newsmon.consumer.Samples;
import io.newsmon.consumer.subscription.ChannelSpec;
import io.newsmon.model.Alert;
import io.newsmon.serde.Json;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on the loopback interface. */
class WebhookDeliveryTest {
    private static final String SECRET = "team-secret";

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    record Received(byte[] body, String signature, String event, String id) {
    }

    /** Starts a receiver answering the n-th call (1-based) with statusForCall(n). */
    private URI start(IntUnaryOperator statusForCall) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Newsmon-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Newsmon-Event"),
                    exchange.getRequestHeaders().getFirst("X-Newsmon-Id")));
            exchange.sendResponseHeaders(statusForCall.applyAsInt(calls.incrementAndGet()), -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheAlertJsonSignedWithHmac() throws Exception {
        URI url = start(n -> 204);
        Alert alert = Samples.alert("w1");
        new WebhookDelivery(new ChannelSpec.Webhook(url, SECRET, 3, Duration.ofMillis(10))).alert(alert);

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(Json.mapper().readValue(r.body(), Alert.class)).isEqualTo(alert);
            assertThat(r.signature()).isEqualTo(WebhookDelivery.signature(SECRET, r.body())).startsWith("sha256=").hasSize(7 + 64);
            assertThat(r.event()).isEqualTo("alert");
            assertThat(r.id()).isEqualTo("w1");
        });
        // a receiver with another secret would reject it
        assertThat(WebhookDelivery.signature("other", received.get(0).body())).isNotEqualTo(received.get(0).signature());
    }

    @Test
    void worstCaseCountsEveryTimeoutAndWait() {
        var spec = new ChannelSpec.Webhook(URI.create("https://x.example/h"), SECRET, 5, Duration.ofMillis(500));
        // 5 attempts x (10 s connect + 10 s response) + 0.5 + 1 + 2 + 4 s of backoff
        assertThat(WebhookDelivery.worstCase(spec)).isEqualTo(Duration.ofMillis(107_500));
    }

    @Test
    void knownHmacValue() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookDelivery.signature("Jefe", "what do ya want for nothing?".getBytes()))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void retriesServerErrorsWithBackoffUntilAccepted() throws Exception {
        URI url = start(n -> n < 3 ? 503 : 200);
        long startedAt = System.nanoTime();
        new WebhookDelivery(new ChannelSpec.Webhook(url, SECRET, 5, Duration.ofMillis(50))).alert(Samples.alert("w2"));
        long waitedMs = (System.nanoTime() - startedAt) / 1_000_000;

        assertThat(calls).hasValue(3);
        assertThat(waitedMs).as("waits 50 ms then 100 ms between tries").isGreaterThanOrEqualTo(150);
        assertThat(received).extracting(Received::signature).containsOnly(received.get(0).signature());
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheReason() throws Exception {
        URI url = start(n -> 500);
        assertThatThrownBy(() -> new WebhookDelivery(new ChannelSpec.Webhook(url, SECRET, 3, Duration.ofMillis(5)))
                .alert(Samples.alert("w3")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessage("webhook " + url + " did not take alert w3 after 3 attempt(s), last: HTTP 500");
        assertThat(calls).hasValue(3);
    }

    @Test
    void doesNotRepeatARequestTheReceiverRefuses() throws Exception {
        URI url = start(n -> 401);
        assertThatThrownBy(() -> new WebhookDelivery(new ChannelSpec.Webhook(url, SECRET, 5, Duration.ofMillis(5)))
                .alert(Samples.alert("w4")))
                .hasMessageEndingWith("after 1 attempt(s), last: HTTP 401");
        assertThat(calls).hasValue(1);
    }

    @Test
    void unreachableReceiverFailsAfterRetries() throws Exception {
        URI url = start(n -> 200);
        server.stop(0);
        server = null;
        assertThatThrownBy(() -> new WebhookDelivery(new ChannelSpec.Webhook(url, SECRET, 2, Duration.ofMillis(5)))
                .alert(Samples.alert("w5")))
                .hasMessageContaining("after 2 attempt(s), last: ConnectException");
    }
}
