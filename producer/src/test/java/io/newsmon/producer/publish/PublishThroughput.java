package io.newsmon.producer.publish;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsmon.config.NewsmonConfig;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.model.Article;
import io.newsmon.producer.eval.ReutersCorpus;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.input.NewsItem;
import io.newsmon.producer.input.NewsReader;
import io.newsmon.producer.input.ReadOptions;
import io.newsmon.serde.Json;
import io.newsmon.topics.TopicAdmin;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Measures reading, extraction and publishing on the Reuters-21578 corpus written out as JSON
 * lines (in a temporary directory: Reuters text never goes into the repository) and on the shared
 * GDELT export. Run: {@code java -cp <test classpath> io.newsmon.producer.publish.PublishThroughput [reuters dir]}.
 */
public final class PublishThroughput {
    private PublishThroughput() {
    }

    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path reutersDir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/reuters21578");
        Path gdelt = Path.of("/work/shared/data/gdelt/20191024143000.export.CSV");
        Path tmp = Files.createTempDirectory("newsmon-throughput-");
        Path jsonl = tmp.resolve("reuters.jsonl");
        long stories = 0;
        try (BufferedWriter out = Files.newBufferedWriter(jsonl)) {
            for (var story : new ReutersCorpus(reutersDir).stories()) {
                if (!story.hasBody()) {
                    continue;
                }
                Article a = story.toArticle();
                ObjectNode line = Json.mapper().createObjectNode().put("id", a.id()).put("title", a.title())
                        .put("text", a.text()).put("published", a.published() == null ? null : a.published().toString());
                out.write(Json.mapper().writeValueAsString(line));
                out.newLine();
                stories++;
            }
        }
        System.out.printf("input: %d Reuters stories as JSON lines, %.1f MB%n", stories, Files.size(jsonl) / 1e6);
        List<String> inputs = List.of(jsonl.toString(), gdelt.toString());
        ReadOptions options = ReadOptions.defaults();

        for (int round = 1; round <= 2; round++) { // the first round warms the JIT up
            long t0 = System.nanoTime();
            long items = new NewsReader(options).read(inputs).count();
            double readS = (System.nanoTime() - t0) / 1e9;

            EventExtractor extractor = new EventExtractor();
            AtomicLong events = new AtomicLong();
            t0 = System.nanoTime();
            new NewsReader(options).read(inputs).forEach(item -> {
                if (item instanceof NewsItem.Text t) {
                    events.addAndGet(extractor.extract(t.article()).size());
                }
            });
            double extractS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: read %d items in %.2f s (%.0f items/s); read+extract %.2f s (%.0f items/s, %d text events)%n",
                    round, items, readS, items / readS, extractS, items / extractS, events.get());
        }

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            NewsmonConfig config = new NewsmonConfig(Map.of(NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
            TopicAdmin.ensureTopics(config);
            EventExtractor extractor = new EventExtractor();
            for (int round = 1; round <= 2; round++) {
                try (NewsPublisher publisher = new NewsPublisher(config, extractor)) {
                    long t0 = System.nanoTime();
                    PublishReport report = publisher.publish(new NewsReader(options).read(inputs), r -> { });
                    double s = (System.nanoTime() - t0) / 1e9;
                    long records = report.articles() + report.events() + report.deadLetters();
                    System.out.printf("round %d: published %s in %.2f s (%.0f records/s, %.0f articles/s) to the embedded broker%n",
                            round, report, s, records / s, report.articles() / s);
                }
            }
        }
        Files.deleteIfExists(jsonl);
        Files.deleteIfExists(tmp);
    }
}
