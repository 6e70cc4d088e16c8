package io.newsmon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newsmon.app.pipeline.Pipeline;
import io.newsmon.app.pipeline.PipelineReport;
import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.subscription.Subscriptions;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's analyst: "Belgium–Kazakhstan, trade and agreements, medium severity and up, webhook +
 * weekly digest". The whole pipeline runs on a real broker; a real local HTTP server receives the
 * webhook. Every matching alert must arrive exactly once, signed, and nothing else.
 */
class AnalystSubscriptionTest {
    private static final String SECRET = "s3cret-for-tests";

    record Received(String event, String id, String signature, String body) {
    }

    @Test
    void matchingAlertsReachTheWebhookOnceEachAndTheWeeklyDigestIsWritten(@TempDir Path dir) throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Newsmon-Event"),
                    exchange.getRequestHeaders().getFirst("X-Newsmon-Id"),
                    exchange.getRequestHeaders().getFirst("X-Newsmon-Signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        Path out = dir.resolve("out");
        Path subscriptionsFile = dir.resolve("subscriptions.yaml");
        Files.writeString(subscriptionsFile, """
                subscriptions:
                  - name: bel-kaz-desk
                    pairs: [BEL-KAZ]
                    kinds: [trade, agreement]
                    minSeverity: medium
                    digests: weekly
                    start: now
                    channels:
                      - type: webhook
                        url: http://127.0.0.1:%d/hook
                        secret: %s
                        attempts: 3
                        backoffMillis: 50
                      - type: file
                """.formatted(webhook.getAddress().getPort(), SECRET));

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            NewsmonConfig config = new NewsmonConfig(Map.of(
                    NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    NewsmonConfig.OUT_DIR, out.toString()));
            PipelineReport report = new Pipeline(config, Subscriptions.load(subscriptionsFile),
                    Pipeline.ProgressListener.silent()).run(List.of(PipelineScenario.scenarioInput().toString()), null);
            assertThat(report.subscriptions()).containsKey("bel-kaz-desk");
        } finally {
            webhook.stop(0);
        }

        // what should have matched, judged from everything the pipeline raised
        List<JsonNode> all = Files.readAllLines(out.resolve("alerts.jsonl")).stream().map(PipelineScenario::json).toList();
        Set<String> expected = new java.util.TreeSet<>();
        for (JsonNode a : all) {
            boolean pair = Set.of(a.path("actor1").asText(), a.path("actor2").asText()).equals(Set.of("BEL", "KAZ"));
            boolean kind = Set.of("TRADE", "AGREEMENT").contains(a.path("kind").asText());
            boolean severe = !a.path("severity").asText().equals("LOW");
            if (pair && kind && severe) {
                expected.add(a.path("id").asText());
            }
        }
        assertThat(expected).as("the scenario must raise matching alerts (the two trade drops)").isNotEmpty();

        List<Received> alerts = received.stream().filter(r -> "alert".equals(r.event())).toList();
        assertThat(alerts).extracting(Received::id).doesNotHaveDuplicates();
        assertThat(alerts).extracting(Received::id).containsExactlyInAnyOrderElementsOf(expected);
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo("sha256=" + hmac(r.body()));
            assertThat(PipelineScenario.json(r.body()).path("id").asText()).isEqualTo(r.id());
        }

        // the weekly digest of the pair, as HTML, in the subscription's own folder
        try (Stream<Path> files = Files.walk(out.resolve("subscriptions").resolve("bel-kaz-desk"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.matches("BEL-KAZ_\\d{4}-W\\d{2}\\.html"));
        }
    }

    private static String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
