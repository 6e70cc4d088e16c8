package io.newsmon.streams.bench;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.streams.NewsmonStreams;
import io.newsmon.streams.topology.NewsmonTopology;
import io.newsmon.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Throughput of the whole topology (one thread, RocksDB stores, no broker) on real GDELT 2.0 rows:
 * the sample export's country pairs, replayed over several event years so the detectors have
 * history. Not a unit test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.newsmon.streams.bench.GdeltReplayBenchmark ../shared/data/gdelt/20191024143000.export.CSV 10}
 */
public final class GdeltReplayBenchmark {
    private GdeltReplayBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path export = Path.of(args.length > 0 ? args[0] : "../shared/data/gdelt/20191024143000.export.CSV");
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<NewsEvent> rows = read(export);
        List<byte[]> records = new ArrayList<>();
        List<NewsEvent> events = new ArrayList<>();
        for (int shift = years - 1; shift >= 0; shift--) {
            for (NewsEvent e : rows) {
                // same rows, earlier years: a history of comparable size for each pair
                EventDate date = EventDate.day(e.date().start().minusYears(shift));
                NewsEvent copy = new NewsEvent(NewsEvent.factId(e.kind(), e.actor1(), e.actor2(), date, null, Modality.FACT)
                        + "-" + e.id(), e.kind(), e.cameo(), Modality.FACT, e.actor1(), e.actor2(), date, null, null,
                        e.evidence(), new SourceRef(e.source().articleId() + "-" + shift, e.source().url(), null,
                        e.source().published().minusSeconds(86_400L * 365 * shift)), "gdelt");
                events.add(copy);
            }
        }
        events.sort(Comparator.comparing(e -> e.source().published()));
        for (NewsEvent e : events) {
            records.add(NewsmonSerdes.event().serialize("bench", e));
        }
        Path state = Files.createTempDirectory("newsmon-bench");
        NewsmonConfig config = new NewsmonConfig(Map.of(NewsmonConfig.STATE_DIR, state.toString()));
        Properties props = NewsmonStreams.properties(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(NewsmonTopology.build(config), props)) {
            Map<EventKind.Family, TestInputTopic<String, byte[]>> in = new HashMap<>();
            for (EventKind.Family family : EventKind.Family.values()) {
                in.put(family, driver.createInputTopic(Topics.eventsOf(family).name(), new StringSerializer(), new ByteArraySerializer()));
            }
            long start = System.nanoTime();
            for (int i = 0; i < events.size(); i++) {
                NewsEvent e = events.get(i);
                in.get(e.kind().family()).pipeInput(e.actor1(), records.get(i), e.source().published());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> alertTypes = new HashMap<>();
            driver.createOutputTopic(Topics.ALERTS.name(), new StringDeserializer(), NewsmonSerdes.alert())
                    .readValuesToList().forEach(a -> alertTypes.merge(a.type().name(), 1L, Long::sum));
            long dead = driver.createOutputTopic(Topics.DEAD_LETTER.name(), new StringDeserializer(), new StringDeserializer())
                    .getQueueSize();
            System.out.printf("GDELT rows with two different countries: %d; events replayed over %d years: %d%n",
                    rows.size(), years, events.size());
            System.out.printf("processed in %.2f s: %.0f events/s (%.0f µs/event, 3 scopes + digest + attention each)%n",
                    seconds, events.size() / seconds, seconds * 1e6 / events.size());
            System.out.printf("alerts by type: %s; dead letters: %d%n", alertTypes, dead);
        } finally {
            try (var paths = Files.walk(state)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** GDELT 2.0 export rows (tab-separated, 61 columns) between two different country codes. */
    static List<NewsEvent> read(Path export) throws IOException {
        List<NewsEvent> out = new ArrayList<>();
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        DateTimeFormatter added = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        for (String line : Files.readAllLines(export, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length < 61 || c[7].length() != 3 || c[17].length() != 3 || c[7].equals(c[17])
                    || !c[7].matches("[A-Z]{3}") || !c[17].matches("[A-Z]{3}")) {
                continue;
            }
            EventDate date = EventDate.day(LocalDate.parse(c[1], day));
            Instant published = java.time.LocalDateTime.parse(c[59], added).toInstant(java.time.ZoneOffset.UTC);
            EventKind kind = EventKind.fromCameo(c[26]);
            out.add(new NewsEvent(c[0], kind, c[26], Modality.FACT, c[7], c[17], date, null, null, null,
                    new SourceRef("gdelt:" + c[0], c[60], null, published), "gdelt"));
        }
        return out;
    }
}
