package io.newsmon.streams.bench;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.model.EventDate;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.streams.NewsmonStreams;
import io.newsmon.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end throughput of {@link NewsmonStreams} (exactly-once, RocksDB, one stream thread) on the
 * embedded broker, replaying the GDELT sample's country pairs over several event years. It waits
 * until every report's three pair aggregates (year, quarter, month) are on the pair topic. Run by
 * hand: {@code java -cp ... io.newsmon.streams.bench.BrokerReplayBenchmark EXPORT.CSV YEARS [shift]}. Records
 * are timestamped with their article's publication time, as the producer does.
 */
public final class BrokerReplayBenchmark {
    private BrokerReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args.length > 0 ? args[0] : "../shared/data/gdelt/20191024143000.export.CSV");
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // "shift": publication times move back with the event years (a historic backfill)
        boolean shiftPublished = args.length > 2 && args[2].equals("shift");
        List<NewsEvent> rows = GdeltReplayBenchmark.read(export);
        List<NewsEvent> events = new ArrayList<>();
        for (int shift = years - 1; shift >= 0; shift--) {
            for (NewsEvent e : rows) {
                EventDate date = EventDate.day(e.date().start().minusYears(shift));
                events.add(new NewsEvent(NewsEvent.factId(e.kind(), e.actor1(), e.actor2(), date, null, Modality.FACT)
                        + "-" + e.id(), e.kind(), e.cameo(), Modality.FACT, e.actor1(), e.actor2(), date, null, null,
                        e.evidence(), new SourceRef(e.source().articleId() + "-" + shift, e.source().url(), null,
                        e.source().published().minusSeconds(shiftPublished ? 86_400L * 365 * shift : 0)), "gdelt"));
            }
        }
        Path state = Files.createTempDirectory("newsmon-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            NewsmonConfig config = new NewsmonConfig(Map.of(NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    NewsmonConfig.STATE_DIR, state.toString(), NewsmonConfig.APPLICATION_ID, "newsmon-bench"));
            NewsmonStreams streams = new NewsmonStreams(config);
            streams.start();
            long expected = 3L * events.size();
            long start;
            Map<String, Object> producerProps = new HashMap<>();
            producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            Map<String, Object> consumerProps = new HashMap<>();
            consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader");
            consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
                 KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(Topics.PAIR_AGGREGATES.name()));
                consumer.poll(Duration.ofMillis(500));
                start = System.nanoTime();
                for (NewsEvent e : events) {
                    producer.send(new ProducerRecord<>(Topics.eventsOf(e.kind().family()).name(), null,
                            e.source().published().toEpochMilli(), e.actor1(), NewsmonSerdes.event().serialize("bench", e)));
                }
                producer.flush();
                double produced = (System.nanoTime() - start) / 1e9;
                long seen = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (seen < expected && System.nanoTime() < deadline) {
                    seen += consumer.poll(Duration.ofMillis(200)).count();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("events: %d (produced in %.2f s); pair aggregates seen: %d of %d%n",
                        events.size(), produced, seen, expected);
                System.out.printf("end to end %.2f s: %.0f events/s through NewsmonStreams (EOS, 1 thread, 3 partitions)%n",
                        seconds, events.size() / seconds);
            } finally {
                streams.close();
                streams.cleanUp();
            }
        } finally {
            try (var paths = Files.walk(state)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
