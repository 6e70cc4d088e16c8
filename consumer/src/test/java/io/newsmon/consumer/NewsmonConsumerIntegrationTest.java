package io.newsmon.consumer;

import static io.newsmon.consumer.KafkaFixture.json;
import static io.newsmon.consumer.KafkaFixture.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.subscription.Subscriptions;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.model.DeadLetter;
import io.newsmon.serde.Json;
import io.newsmon.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer stage against a real (embedded) broker. */
class NewsmonConsumerIntegrationTest {
    // a broker per test: topic names are fixed, so tests sharing one would see each other's records
    private EmbeddedKafkaBroker broker;

    @TempDir
    Path out;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void writesAlertsOnceRendersLatestDigestsAndParksPoison() throws Exception {
        NewsmonConfig config = KafkaFixture.config(broker.bootstrapServers(), out, "it-consumer");
        KafkaFixture.send(config, Topics.ALERTS.name(), List.of(
                json("a1", Samples.alert("a1")),
                json("a2", Samples.alert("a2")),
                raw("broken", "{\"id\": \"broken\", \"type\": "),
                json("a1", Samples.alert("a1"))));
        KafkaFixture.send(config, Topics.DIGESTS.name(), List.of(
                json("KAZ|2026-W47", Samples.digest("KAZ", null, "2026-W47", "first version", null, 1)),
                json("BEL-KAZ|2026-W47", Samples.digest("BEL", "KAZ", "2026-W47", "pair digest", null, 1)),
                json("KAZ|2026-W47", Samples.digest("KAZ", null, "2026-W47", "second version", null, 2)),
                json("../x|2026-W47", Samples.digest("../x", null, "2026-W47", "forged", null, 1))));

        NewsmonConsumer consumer = new NewsmonConsumer(config);
        Thread thread = new Thread(consumer, "consumer-under-test");
        thread.start();
        try {
            KafkaFixture.await("2 alerts, 1 duplicate, 2 dead letters and the second digest version", () -> {
                DeliveryStats s = consumer.stats();
                return s.alertsWritten() == 2 && s.duplicatesSkipped() == 1 && s.deadLetters() == 2
                        && Files.exists(out.resolve("digests/BEL-KAZ_2026-W47.html"))
                        && Files.exists(out.resolve("digests/KAZ_2026-W47.html"))
                        && read(out.resolve("digests/KAZ_2026-W47.html")).contains("second version");
            });
            // a tombstone removes a digest's pages and its index entry
            KafkaFixture.send(config, Topics.DIGESTS.name(), List.of(KafkaFixture.tombstone("BEL-KAZ|2026-W47")));
            KafkaFixture.await("the pair digest removed", () -> !Files.exists(out.resolve("digests/BEL-KAZ_2026-W47.html"))
                    && !read(out.resolve("digests/index.html")).contains("BEL-KAZ_2026-W47.html"));
        } finally {
            consumer.close();
        }
        thread.join(10_000);
        assertThat(thread.isAlive()).as("run() returned after close()").isFalse();

        List<String> lines = Files.readAllLines(out.resolve("alerts.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(ids(out)).containsExactlyInAnyOrder("a1", "a2");

        Path digests = out.resolve("digests");
        assertThat(read(digests.resolve("KAZ_2026-W47.md"))).contains("second version").doesNotContain("first version");
        assertThat(digests.resolve("BEL-KAZ_2026-W47.md")).doesNotExist();
        assertThat(read(digests.resolve("index.html"))).contains("href=\"KAZ_2026-W47.html\"");
        assertThat(read(digests.resolve("index.md"))).contains("(KAZ_2026-W47.md)").doesNotContain("BEL-KAZ");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("alerts.jsonl", "digests");
        }

        List<DeadLetter> letters = KafkaFixture.deadLetters(config, 2);
        assertThat(letters).hasSize(2).allSatisfy(l -> {
            assertThat(l.stage()).isEqualTo("consumer");
            assertThat(l.origin()).matches("newsmon\\.(alerts|digests)-\\d+@\\d+");
        });
        assertThat(letters).anySatisfy(l -> {
            assertThat(l.origin()).startsWith("newsmon.alerts-");
            assertThat(l.reason()).contains("not a valid Alert");
            assertThat(l.payload()).isEqualTo("{\"id\": \"broken\", \"type\": ");
        });
        assertThat(letters).anySatisfy(l -> {
            assertThat(l.origin()).startsWith("newsmon.digests-");
            assertThat(l.reason()).contains("digest rejected").contains("../x");
        });
    }

    @Test
    void crashBetweenWriteAndCommitDoesNotDuplicateAfterRestart() throws Exception {
        Path crashOut = out.resolve("crash");
        NewsmonConfig config = KafkaFixture.config(broker.bootstrapServers(), crashOut, "it-crash");
        KafkaFixture.send(config, Topics.ALERTS.name(), List.of(
                json("c1", Samples.alert("c1")), json("c2", Samples.alert("c2")), json("c3", Samples.alert("c3"))));

        AtomicBoolean crashed = new AtomicBoolean();
        NewsmonConsumer crashing = new NewsmonConsumer(config, Clock.systemUTC(), offsets -> {
            crashed.set(true);
            throw new IllegalStateException("simulated crash after the write, before the commit");
        });
        assertThatThrownBy(crashing::run).hasMessageContaining("simulated crash");
        assertThat(crashed).isTrue();
        long writtenBeforeCrash = crashing.stats().alertsWritten();
        assertThat(writtenBeforeCrash).isPositive();
        assertThat(Files.readAllLines(crashOut.resolve("alerts.jsonl"))).hasSize((int) writtenBeforeCrash);

        NewsmonConsumer restarted = new NewsmonConsumer(config);
        Thread thread = new Thread(restarted, "restarted-consumer");
        thread.start();
        try {
            KafkaFixture.await("all alerts of this test seen after the restart", () -> ids(crashOut).containsAll(List.of("c1", "c2", "c3"))
                    && restarted.stats().duplicatesSkipped() >= writtenBeforeCrash);
        } finally {
            restarted.close();
        }
        thread.join(10_000);
        assertThat(ids(crashOut)).containsExactlyInAnyOrder("c1", "c2", "c3");
        assertThat(restarted.stats().duplicatesSkipped()).isGreaterThanOrEqualTo(writtenBeforeCrash);
    }

    @Test
    void runsSubscriptionsAlongsideWhenGivenThem() throws Exception {
        NewsmonConfig config = KafkaFixture.config(broker.bootstrapServers(), out, "it-with-subs");
        Subscriptions subs = Subscriptions.parse("""
                subscriptions:
                  - name: desk
                    countries: [KAZ]
                    start: earliest
                    channels: [{type: file}]
                """, "test", java.util.Map.of());
        KafkaFixture.send(config, Topics.ALERTS.name(), List.of(json("s1", Samples.alert("s1"))));

        NewsmonConsumer consumer = new NewsmonConsumer(config, subs);
        Thread thread = new Thread(consumer, "consumer-with-subscriptions");
        thread.start();
        try {
            KafkaFixture.await("the alert in both outputs", () -> consumer.stats().alertsWritten() == 1
                    && consumer.subscriptionStats().containsKey("desk")
                    && consumer.subscriptionStats().get("desk").delivered() == 1);
        } finally {
            consumer.close();
        }
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(ids(out)).containsExactly("s1");
        assertThat(ids(out.resolve("subscriptions/desk"))).containsExactly("s1");
    }

    private static List<String> ids(Path dir) {
        try {
            Path file = dir.resolve("alerts.jsonl");
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
