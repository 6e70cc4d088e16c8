package io.newsmon.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.digest.DigestName;
import io.newsmon.consumer.digest.DigestRenderer;
import io.newsmon.consumer.digest.DigestSite;
import io.newsmon.consumer.digest.DigestView;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.model.Digest;
import io.newsmon.serde.Json;
import io.newsmon.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput numbers, printed, never asserted (timings depend on the machine). Run with
 * {@code ./mvnw -B -o -q -pl consumer test -Dtest=ConsumerMeasurements -Dnewsmon.measure=true}; also
 * leaves a sample digest in {@code consumer/target/sample-digests/} to look at.
 */
@EnabledIfSystemProperty(named = "newsmon.measure", matches = "true")
class ConsumerMeasurements {
    @TempDir
    Path out;

    @Test
    void renderingSpeed() throws Exception {
        DigestRenderer renderer = new DigestRenderer();
        Digest digest = Samples.digest("BEL", "KAZ", "2026-W47", "Belgian exports to Kazakhstan reached $514.5 million.",
                "https://news.example.org/a/1", 12);
        DigestName name = DigestName.of(digest);
        for (int i = 0; i < 2_000; i++) { // warm-up
            renderer.html(DigestView.of(digest, name));
        }
        int n = 20_000;
        long t0 = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < n; i++) {
            DigestView view = DigestView.of(digest, name);
            chars += renderer.html(view).length() + renderer.markdown(view).length();
        }
        double us = (System.nanoTime() - t0) / 1e3 / n;
        System.out.printf("MEASURE render: %d digests to HTML+Markdown, %.1f us per digest (%d chars)%n", n, us, chars / n);

        DigestSite sample = new DigestSite(Path.of("target/sample-digests"), renderer);
        sample.publish(digest);
        sample.publish(Samples.digest("KAZ", null, "2026-W47", "Exports rose <script>alert('x')</script>.", "javascript:alert(1)", 3));
        sample.writeIndex();
    }

    @Test
    void endToEndAlertThroughput() throws Exception {
        int n = 20_000;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            NewsmonConfig config = KafkaFixture.config(broker.bootstrapServers(), out, "measure");
            List<Map.Entry<String, byte[]>> records = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "m" + i;
                records.add(new java.util.AbstractMap.SimpleEntry<>(id, Json.mapper().writeValueAsBytes(Samples.alert(id))));
            }
            sendFast(config, records);
            NewsmonConsumer consumer = new NewsmonConsumer(config);
            long t0 = System.nanoTime();
            Thread thread = new Thread(consumer);
            thread.start();
            KafkaFixture.await("all alerts written", () -> consumer.stats().alertsWritten() == n);
            double seconds = (System.nanoTime() - t0) / 1e9;
            consumer.close();
            thread.join();
            System.out.printf("MEASURE consume: %d alerts polled, deduped, written and fsynced in %.2f s = %.0f alerts/s%n",
                    n, seconds, n / seconds);
            assertThat(Files.readAllLines(out.resolve("alerts.jsonl"))).hasSize(n);
        }
    }

    private static void sendFast(NewsmonConfig config, List<Map.Entry<String, byte[]>> records) {
        var props = config.clientProperties();
        props.put("linger.ms", 20);
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(props,
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            records.forEach(r -> producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.ALERTS.name(), r.getKey(), r.getValue())));
            producer.flush();
        }
    }
}
