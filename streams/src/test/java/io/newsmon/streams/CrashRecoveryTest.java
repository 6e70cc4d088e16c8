package io.newsmon.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Amount;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The streams stage killed without warning (SIGKILL of its JVM) in the middle of a batch, then
 * restarted on the same state directory: exactly-once processing plus the emitted-alerts store must
 * leave every alert on the topic once, none lost.
 */
class CrashRecoveryTest {
    @RegisterExtension
    static final BrokerExtension broker = new BrokerExtension();

    @Test
    void aKilledInstanceRestartsWithoutLosingOrRepeatingAlerts() throws Exception {
        Path stateDir = Files.createTempDirectory("newsmon-crash");
        Process first = null;
        Process second = null;
        try (KafkaProducer<String, byte[]> producer = BrokerClients.producer(broker.bootstrapServers())) {
            first = startInstance(stateDir);
            List<String> batch1 = List.of("BEL", "FRA", "USA", "JPN");
            for (String exporter : batch1) {
                sendDrop(producer, exporter, "KAZ");
            }
            assertThat(BrokerClients.alertIdCounts(broker.bootstrapServers(), batch1.size(), Duration.ofSeconds(120), Duration.ofSeconds(3))).hasSize(batch1.size());

            // a second batch, and the instance is killed while it works on it
            List<String> batch2 = List.of("ITA", "ESP", "GBR", "IRL", "NLD", "POL");
            for (String exporter : batch2) {
                sendDrop(producer, exporter, "KAZ");
            }
            for (String exporter : batch1) {
                sendDrop(producer, exporter, "KAZ"); // the same facts again: nothing new to raise
            }
            Thread.sleep(300);
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            System.out.println("alerts on the topic when the instance was killed: " + BrokerClients.alertIdCounts(broker.bootstrapServers(), 0, Duration.ofSeconds(120), Duration.ofSeconds(3)).size());

            second = startInstance(stateDir);
            Map<String, Integer> alerts = BrokerClients.alertIdCounts(broker.bootstrapServers(), batch1.size() + batch2.size(), Duration.ofSeconds(120), Duration.ofSeconds(3));
            assertThat(alerts).hasSize(batch1.size() + batch2.size());
            assertThat(alerts.values()).as("each alert id on the topic once").containsOnly(1);
        } finally {
            for (Process p : new Process[] {first, second}) {
                if (p != null) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            NewsmonStreamsEndToEndTest.deleteRecursively(stateDir);
        }
    }

    /** Starts NewsmonStreams in its own JVM and waits for it to be RUNNING. */
    private static Process startInstance(Path stateDir) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", classpath, StreamsProcess.class.getName(),
                NewsmonConfig.BOOTSTRAP_SERVERS + "=" + broker.bootstrapServers(),
                NewsmonConfig.APPLICATION_ID + "=newsmon-crash",
                NewsmonConfig.STATE_DIR + "=" + stateDir,
                NewsmonConfig.TOPIC_PARTITIONS + "=2",
                // the killed member's partitions wait for its session to expire: keep that short
                "session.timeout.ms=6000"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.equals("RUNNING")) {
                drain(out);
                return process;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("streams process did not start (classpath entries: "
                + classpath.split(File.pathSeparator).length + ")");
    }

    /** Keeps reading the child's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        drainer.setDaemon(true);
        drainer.start();
    }

    private static void sendDrop(KafkaProducer<String, byte[]> producer, String exporter, String importer) {
        BrokerClients.send(producer, trade(exporter, importer, "2010", "500000000"));
        BrokerClients.send(producer, trade(exporter, importer, "2011", "200000000"));
        producer.flush();
    }

    private static NewsEvent trade(String a1, String a2, String year, String value) {
        Amount amount = Amount.of(value, "USD");
        EventDate date = EventDate.parse(year);
        String sentence = a1 + " exported $" + value + " to " + a2 + " in " + year + ".";
        return new NewsEvent(NewsEvent.factId(EventKind.TRADE, a1, a2, date, amount, Modality.FACT),
                EventKind.TRADE, null, Modality.FACT, a1, a2, date, amount, null,
                new Evidence(sentence, 0, sentence.length()),
                new SourceRef(a1 + year, null, null, Instant.parse("2026-11-24T08:00:00Z")), "newsmon");
    }

}
