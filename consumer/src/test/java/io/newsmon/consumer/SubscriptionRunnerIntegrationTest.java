package io.newsmon.consumer;

import static io.newsmon.consumer.KafkaFixture.json;
import static io.newsmon.consumer.KafkaFixture.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.subscription.Subscriptions;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.model.Alert;
import io.newsmon.model.DeadLetter;
import io.newsmon.model.Severity;
import io.newsmon.serde.Json;
import io.newsmon.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subscriptions delivered from a real (embedded) broker to real files, stdout and an HTTP receiver. */
class SubscriptionRunnerIntegrationTest {
    private EmbeddedKafkaBroker broker;
    private HttpServer receiver;
    private final AtomicInteger webhookCalls = new AtomicInteger();

    @TempDir
    Path out;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/down", exchange -> {
            exchange.getRequestBody().readAllBytes();
            webhookCalls.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        broker.close();
    }

    @Test
    void eachSubscriptionGetsItsOwnAlertsAndDigestsAndFailedWebhooksAreParked() throws Exception {
        NewsmonConfig config = KafkaFixture.config(broker.bootstrapServers(), out, "unused");
        Subscriptions subs = Subscriptions.parse("""
                subscriptions:
                  - name: kaz-desk
                    countries: [KAZ]
                    digests: weekly
                    start: earliest
                    channels:
                      - type: file
                      - type: webhook
                        url: http://127.0.0.1:%d/down
                        secret: s
                        attempts: 2
                        backoffMillis: 10
                  - name: fra-high
                    countries: [FRA]
                    minSeverity: high
                    start: earliest
                    channels: [{type: file}, {type: console}]
                """.formatted(receiver.getAddress().getPort()), "test", Map.of());
        KafkaFixture.send(config, Topics.ALERTS.name(), List.of(
                json("k1", Samples.alert("k1", "BEL", "KAZ", Severity.HIGH, "Exports fell.", null)),
                json("k2", Samples.alert("k2", "KAZ", null, Severity.LOW, "Visits rose.", null)),
                json("f1", Samples.alert("f1", "FRA", "DEU", Severity.MEDIUM, "Trade fell.", null)),
                json("f2", Samples.alert("f2", "FRA", null, Severity.HIGH, "Aid <b>rose</b>.\nNext line", null)),
                raw("junk", "not json at all")));
        KafkaFixture.send(config, Topics.DIGESTS.name(), List.of(
                json("KAZ|2026-W47", Samples.digest("KAZ", null, "2026-W47", "weekly", null, 1)),
                json("KAZ|2026-11-24", Samples.digest("KAZ", null, "2026-11-24", "daily", null, 1))));

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SubscriptionRunner runner = new SubscriptionRunner(config, subs, new PrintStream(console, true, StandardCharsets.UTF_8),
                Clock.systemUTC());
        Thread thread = new Thread(runner, "runner-under-test");
        thread.start();
        try {
            KafkaFixture.await("both subscriptions through their records", () -> {
                var stats = runner.stats();
                return stats.size() == 2
                        && stats.get("kaz-desk").delivered() == 3 && stats.get("kaz-desk").parked() == 3
                        && stats.get("fra-high").delivered() == 1
                        && stats.get("fra-high").filteredOut() == 3; // k1, k2, f1 (digests are not read: digests none)
            });
        } finally {
            runner.close();
        }
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();

        Path kaz = out.resolve("subscriptions/kaz-desk");
        assertThat(ids(kaz.resolve("alerts.jsonl"))).containsExactly("k1", "k2");
        assertThat(kaz.resolve("digests/KAZ_2026-W47.html")).exists();
        assertThat(kaz.resolve("digests/KAZ_2026-11-24.html")).as("daily digest, weekly subscription").doesNotExist();
        assertThat(ids(out.resolve("subscriptions/fra-high/alerts.jsonl"))).containsExactly("f2");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo("[fra-high] HIGH drop FRA trade 2026-W47: Trade from FRA fell by half against the previous four weeks."
                        + System.lineSeparator());
        assertThat(webhookCalls).as("2 attempts for each of k1, k2 and the weekly digest").hasValue(6);

        List<DeadLetter> letters = KafkaFixture.deadLetters(config, 5);
        assertThat(letters).filteredOn(l -> l.reason().contains("webhook")).hasSize(3).allSatisfy(l -> {
            assertThat(l.stage()).isEqualTo("consumer");
            assertThat(l.reason()).startsWith("subscription kaz-desk: webhook http://127.0.0.1:")
                    .contains("after 2 attempt(s), last: HTTP 503");
        });
        assertThat(letters).filteredOn(l -> l.reason().contains("webhook") && l.origin().startsWith("newsmon.alerts-"))
                .extracting(l -> Json.mapper().readValue(l.payload(), Alert.class).id()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(letters).filteredOn(l -> l.payload() != null && l.payload().equals("not json at all"))
                .extracting(DeadLetter::reason).allSatisfy(r -> assertThat(r).contains("not a valid Alert"))
                .hasSize(2); // each subscription's group reads (and parks) it
    }

    @Test
    void newSubscriptionsStartNowOrSinceADate() throws Exception {
        NewsmonConfig config = KafkaFixture.config(broker.bootstrapServers(), out, "unused");
        Instant january = Instant.parse("2026-01-05T12:00:00Z");
        Instant march = Instant.parse("2026-03-05T12:00:00Z");
        sendAt(config, "old", january);
        sendAt(config, "newer", march);
        Subscriptions subs = Subscriptions.parse("""
                subscriptions:
                  - name: from-now
                    channels: [{type: file}]
                  - name: since-feb
                    start: 2026-02-01
                    channels: [{type: file}]
                  - name: everything
                    start: earliest
                    channels: [{type: file}]
                """, "test", Map.of());
        SubscriptionRunner runner = new SubscriptionRunner(config, subs, System.out, Clock.systemUTC());
        Thread thread = new Thread(runner, "runner-under-test");
        thread.start();
        try {
            assertThat(runner.awaitStarted(Duration.ofSeconds(30))).isTrue();
            KafkaFixture.send(config, Topics.ALERTS.name(), List.of(json("latest", Samples.alert("latest"))));
            KafkaFixture.await("each subscription at its start", () -> {
                var stats = runner.stats();
                return stats.get("from-now").delivered() == 1 && stats.get("since-feb").delivered() == 2
                        && stats.get("everything").delivered() == 3;
            });
        } finally {
            runner.close();
        }
        thread.join(10_000);
        assertThat(ids(out.resolve("subscriptions/from-now/alerts.jsonl"))).containsExactly("latest");
        assertThat(ids(out.resolve("subscriptions/since-feb/alerts.jsonl"))).containsExactlyInAnyOrder("newer", "latest");
        assertThat(ids(out.resolve("subscriptions/everything/alerts.jsonl"))).containsExactlyInAnyOrder("old", "newer", "latest");
    }

    private static void sendAt(NewsmonConfig config, String id, Instant timestamp) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config.clientProperties(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), 0, timestamp.toEpochMilli(), id,
                    Json.mapper().writeValueAsBytes(Samples.alert(id)))).get();
        }
    }

    private static List<String> ids(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return Json.mapper().readTree(l).get("id").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
