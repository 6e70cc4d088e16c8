package io.newsmon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmon.app.pipeline.Pipeline;
import io.newsmon.app.pipeline.PipelineReport;
import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.DeadLetter;
import io.newsmon.serde.Json;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The end-to-end scenario, run against any cluster: Belgian exports to Kazakhstan halving two
 * years running, reported by several articles (one fact twice), a visit and an agreement, and
 * one broken input line. Subclasses say where the cluster is (embedded broker, Testcontainers).
 */
abstract class PipelineScenario {

    static Path scenarioInput() {
        try {
            return Path.of(Objects.requireNonNull(PipelineScenario.class.getResource("/scenario/trade-drop.jsonl")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the pipeline on the scenario against {@code bootstrapServers} and checks every stage's output. */
    static void runAndCheck(String bootstrapServers, Path out) throws IOException {
        PipelineReport report = runScenario(bootstrapServers, out, "newsmon-e2e-");

        // producer: five readable articles, the broken line parked with its reason
        assertThat(report.articles()).isEqualTo(5);
        assertThat(report.events()).isGreaterThanOrEqualTo(5);
        assertThat(report.deadLetters()).isEqualTo(1);
        List<ConsumerRecord<String, String>> deadLetters = readAll(bootstrapServers, Topics.DEAD_LETTER.name());
        assertThat(deadLetters).hasSize(1);
        DeadLetter parked = NewsmonSerdes.deadLetter().deserialize(Topics.DEAD_LETTER.name(),
                deadLetters.get(0).value().getBytes());
        assertThat(parked.stage()).isEqualTo("producer");
        assertThat(parked.origin()).contains("trade-drop.jsonl");
        assertThat(parked.reason()).isNotBlank();

        // events: economic facts on the trade topic keyed by their initiator (the exporter)
        List<ConsumerRecord<String, String>> trade = readAll(bootstrapServers, Topics.TRADE_EVENTS.name());
        assertThat(trade).allSatisfy(r -> assertThat(r.key()).isEqualTo(json(r.value()).path("actor1").asText()));
        assertThat(trade).filteredOn(r -> json(r.value()).path("kind").asText().equals("TRADE"))
                .hasSize(4).allSatisfy(r -> assertThat(r.key()).isEqualTo("BEL"));
        assertThat(readAll(bootstrapServers, Topics.DIPLOMATIC_EVENTS.name())).isNotEmpty();

        // aggregates: the pair's 2024 trade counted once although two articles report it
        List<JsonNode> pair2024 = readAll(bootstrapServers, Topics.PAIR_AGGREGATES.name()).stream()
                .filter(r -> r.key().equals("BEL-KAZ|2024")).map(r -> json(r.value())).toList();
        assertThat(pair2024).isNotEmpty();
        JsonNode latest = pair2024.get(pair2024.size() - 1);
        assertThat(latest.path("counts").path("TRADE").asLong()).isEqualTo(1);
        assertThat(latest.path("amounts").path("TRADE").path("USD").decimalValue()).isEqualByComparingTo("121300000");
        assertThat(latest.path("reports").asLong()).isEqualTo(2);

        // alerts: a drop naming both countries, with figures and the evidence sentence, written once
        Path alertsFile = out.resolve("alerts.jsonl");
        List<JsonNode> alerts = Files.readAllLines(alertsFile).stream().map(PipelineScenario::json).toList();
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.path("type").asText()).isEqualTo("DROP");
            assertThat(a.path("actor1").asText()).isEqualTo("BEL");
            assertThat(a.path("actor2").asText()).isEqualTo("KAZ");
            assertThat(a.path("kind").asText()).isEqualTo("TRADE");
            assertThat(a.path("reason").asText()).isNotBlank();
            assertThat(a.path("evidence").toString()).contains("Belgian exports to Kazakhstan");
        });
        assertThat(alerts.stream().map(a -> a.path("id").asText()).distinct().count()).isEqualTo(alerts.size());
        assertThat(report.alertsWritten()).isEqualTo(alerts.size());
        assertThat(report.alertsInFile()).isEqualTo(alerts.size());

        // digests: Markdown and HTML for the pair, and an index
        Path digests = out.resolve("digests");
        try (Stream<Path> files = Files.list(digests)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("BEL-KAZ") && n.endsWith(".md"));
            assertThat(names).anyMatch(n -> n.startsWith("BEL-KAZ") && n.endsWith(".html"));
            assertThat(names).contains("index.html");
        }
    }

    /**
     * Feeds the same news again through a fresh streams application (a reprocessing from scratch)
     * into the same output: the same alerts are raised again upstream, and none reaches the file twice.
     */
    static void rerunWritesNoAlertTwice(String bootstrapServers, Path out) throws IOException {
        List<String> before = Files.readAllLines(out.resolve("alerts.jsonl"));
        PipelineReport again = runScenario(bootstrapServers, out, "newsmon-e2e-rerun-");
        assertThat(again.articles()).isEqualTo(5);
        assertThat(again.alertsWritten()).isZero();
        assertThat(Files.readAllLines(out.resolve("alerts.jsonl"))).isEqualTo(before);
    }

    /** The scenario's news through the whole pipeline, as a streams application of its own (id prefix + a fresh suffix). */
    private static PipelineReport runScenario(String bootstrapServers, Path out, String applicationIdPrefix) throws IOException {
        NewsmonConfig config = new NewsmonConfig(Map.of(
                NewsmonConfig.BOOTSTRAP_SERVERS, bootstrapServers,
                NewsmonConfig.OUT_DIR, out.toString(),
                NewsmonConfig.APPLICATION_ID, applicationIdPrefix + System.nanoTime()));
        return new Pipeline(config, Pipeline.ProgressListener.silent()).run(List.of(scenarioInput().toString()), null);
    }

    static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline
                    && partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
