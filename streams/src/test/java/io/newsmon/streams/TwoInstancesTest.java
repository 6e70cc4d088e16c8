package io.newsmon.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import io.newsmon.serde.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances sharing the work on a real broker: queries answered by either (forwarded to the
 * owner), and one instance stopped and restarted mid-stream without an alert lost or repeated.
 */
class TwoInstancesTest {
    private static final List<String[]> FIRST_PAIRS = List.of(
            new String[] {"BEL", "KAZ"}, new String[] {"FRA", "DEU"}, new String[] {"USA", "CHN"}, new String[] {"JPN", "KOR"});
    @RegisterExtension
    static final BrokerExtension broker = new BrokerExtension();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void queriesAreAnsweredByEitherInstanceAndARestartLosesOrRepeatsNoAlert() throws Exception {
        Path dirA = Files.createTempDirectory("newsmon-a");
        Path dirB = Files.createTempDirectory("newsmon-b");
        int portA = freePort();
        int portB = freePort();
        NewsmonStreams a = new NewsmonStreams(config(dirA, portA));
        NewsmonStreams b = new NewsmonStreams(config(dirB, portB));
        try (KafkaProducer<String, byte[]> producer = BrokerClients.producer(broker.bootstrapServers())) {
            a.start();
            b.start();

            for (String[] pair : FIRST_PAIRS) {
                sendDrop(producer, pair[0], pair[1], "p1");
            }
            Map<String, Integer> alerts = BrokerClients.alertIdCounts(broker.bootstrapServers(), 4, Duration.ofSeconds(90), Duration.ofSeconds(2));
            assertThat(alerts).hasSize(4);

            // the same scope from either instance: one answers from its store, the other forwards
            JsonNode fromA = waitForAggregates(portA, "/pairs/BEL/KAZ", 2);
            JsonNode fromB = waitForAggregates(portB, "/pairs/BEL/KAZ", 2);
            assertThat(fromA).isEqualTo(fromB);
            assertThat(fromA.get("aggregates").get(0).get("period").asText()).isEqualTo("2010");
            assertThat(json(portB, "/countries/KAZ").get("aggregates").size()).isEqualTo(2);
            assertThat(json(portA, "/alerts?since=2026-01-01T00:00:00Z").size()).isEqualTo(4);
            assertThat(json(portB, "/alerts").size()).isEqualTo(4);
            assertThat(json(portA, "/alerts?since=2027-01-01T00:00:00Z").size()).isZero();
            assertThat(status(portA, "/alerts?since=yesterday")).isEqualTo(400);
            assertThat(status(portA, "/countries/kaz")).isEqualTo(404);

            // B stops; A takes over B's scopes from the changelogs. Replayed facts raise nothing new.
            b.close();
            for (String[] pair : FIRST_PAIRS) {
                sendDrop(producer, pair[0], pair[1], "replay");
            }
            sendDrop(producer, "ITA", "ESP", "p2");
            assertThat(BrokerClients.alertIdCounts(broker.bootstrapServers(), 5, Duration.ofSeconds(90), Duration.ofSeconds(2))).hasSize(5);

            // B comes back with its old state directory and takes its share again
            b = new NewsmonStreams(config(dirB, portB));
            b.start();
            sendDrop(producer, "GBR", "IRL", "p3");
            Map<String, Integer> all = BrokerClients.alertIdCounts(broker.bootstrapServers(), 6, Duration.ofSeconds(90), Duration.ofSeconds(2));
            assertThat(all).hasSize(6);
            assertThat(all.values()).as("each alert id written once").containsOnly(1);
            JsonNode belKaz = waitForAggregates(portA, "/pairs/BEL/KAZ", 2).get("aggregates").get(0);
            assertThat(belKaz.get("reports").asLong()).isEqualTo(2);
            assertThat(belKaz.get("counts").get("TRADE").asLong()).isEqualTo(1);
        } finally {
            a.close();
            b.close();
            a.cleanUp();
            b.cleanUp();
            NewsmonStreamsEndToEndTest.deleteRecursively(dirA);
            NewsmonStreamsEndToEndTest.deleteRecursively(dirB);
        }
    }

    @Test
    void twoInstancesProduceTheSameAggregatesAndAlertsAsOne() throws Exception {
        String bootstrap = broker.bootstrapServers();
        Path dirOne = Files.createTempDirectory("newsmon-one");
        Path dirA = Files.createTempDirectory("newsmon-pair-a");
        Path dirB = Files.createTempDirectory("newsmon-pair-b");
        try {
            // one application with two instances that split the partitions before the input arrives ...
            Map<org.apache.kafka.common.TopicPartition, Long> beforeTwo = StreamsRunSnapshot.outputEnds(bootstrap);
            NewsmonStreams a = new NewsmonStreams(config("newsmon-pair", dirA, 0));
            NewsmonStreams b = new NewsmonStreams(config("newsmon-pair", dirB, 0));
            try {
                a.start();
                b.start();
                awaitActiveTasks(a, b);
                BrokerClients.send(bootstrap, ScenarioEvents.all());
                StreamsRunSnapshot.awaitDrained(bootstrap, "newsmon-pair", Duration.ofSeconds(90));
            } finally {
                a.close();
                b.close();
                a.cleanUp();
                b.cleanUp();
            }
            StreamsRunSnapshot pair = StreamsRunSnapshot.readSince(bootstrap, beforeTwo);

            // ... and another with one instance, reading the same input from the start
            Map<org.apache.kafka.common.TopicPartition, Long> beforeOne = StreamsRunSnapshot.outputEnds(bootstrap);
            NewsmonStreams one = new NewsmonStreams(config("newsmon-one", dirOne, 0));
            try {
                one.start();
                StreamsRunSnapshot.awaitDrained(bootstrap, "newsmon-one", Duration.ofSeconds(90));
            } finally {
                one.close();
                one.cleanUp();
            }
            StreamsRunSnapshot single = StreamsRunSnapshot.readSince(bootstrap, beforeOne);

            assertThat(single.alerts().values()).extracting(io.newsmon.model.Alert::type)
                    .contains(io.newsmon.model.AlertType.DROP, io.newsmon.model.AlertType.SPIKE, io.newsmon.model.AlertType.FIRST);
            assertThat(pair.aggregates()).isNotEmpty().isEqualTo(single.aggregates());
            assertThat(pair.alertIds()).isEqualTo(single.alertIds());
            assertThat(pair.versionsOnlyRaiseSeverity()).as("an id is written again only with a higher severity").isTrue();
        } finally {
            NewsmonStreamsEndToEndTest.deleteRecursively(dirOne);
            NewsmonStreamsEndToEndTest.deleteRecursively(dirA);
            NewsmonStreamsEndToEndTest.deleteRecursively(dirB);
        }
    }

    /** Waits until the rebalance has given both instances active tasks, so that both do part of the work. */
    private static void awaitActiveTasks(NewsmonStreams... instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            boolean all = java.util.Arrays.stream(instances).allMatch(i ->
                    i.state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING
                            && i.kafkaStreams().metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty()));
            if (all) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the instances did not all get active tasks within 60 s");
            }
            Thread.sleep(200);
        }
    }

    private static NewsmonConfig config(Path stateDir, int port) {
        return config("newsmon-two", stateDir, port);
    }

    private static NewsmonConfig config(String applicationId, Path stateDir, int port) {
        return new NewsmonConfig(Map.of(
                NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewsmonConfig.APPLICATION_ID, applicationId,
                NewsmonConfig.STATE_DIR, stateDir.toString(),
                NewsmonConfig.TOPIC_PARTITIONS, 4,
                NewsmonConfig.QUERY_PORT, port,
                "session.timeout.ms", 10_000));
    }

    /** Exports of 500 million in 2010 and 200 million in 2011: one drop. */
    private static void sendDrop(KafkaProducer<String, byte[]> producer, String exporter, String importer, String article) {
        BrokerClients.send(producer, trade(exporter, importer, "2010", "500000000", article + "-" + exporter));
        BrokerClients.send(producer, trade(exporter, importer, "2011", "200000000", article + "-" + exporter));
        producer.flush();
    }

    private static NewsEvent trade(String a1, String a2, String year, String value, String articleId) {
        Amount amount = Amount.of(value, "USD");
        EventDate date = EventDate.parse(year);
        String sentence = a1 + " exported $" + value + " to " + a2 + " in " + year + ".";
        return new NewsEvent(NewsEvent.factId(EventKind.TRADE, a1, a2, date, amount, Modality.FACT),
                EventKind.TRADE, null, Modality.FACT, a1, a2, date, amount, null,
                new Evidence(sentence, 0, sentence.length()),
                new SourceRef(articleId, null, null, Instant.parse("2026-11-24T08:00:00Z")), "newsmon");
    }

    private static JsonNode waitForAggregates(int port, String path, int size) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                last = Json.mapper().readTree(r.body());
                if (last.get("aggregates").size() >= size) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + size + " aggregates at " + path + " in time; last " + last);
    }

    private static JsonNode json(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static int status(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
