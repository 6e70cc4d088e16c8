package io.newsmon.producer.extract;

import io.newsmon.model.Article;
import io.newsmon.producer.eval.ReutersCorpus;
import io.newsmon.producer.eval.ReutersStory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Extraction speed on every Reuters-21578 story with a body, measured in CPU time of the measuring
 * thread, so that other processes on a shared machine do not count (JMH in {@code benchmarks/}
 * measures wall time, which on a busy machine swings by a factor of several). Each round runs
 * {@link EventExtractor#extract} over the whole corpus, then {@link CountryRecognizer#find} alone,
 * the first stage of extraction, as the reference. Not a test: run
 * {@code java -cp <test classpath> io.newsmon.producer.extract.ExtractionThroughput [reuters dir] [rounds]}.
 */
public final class ExtractionThroughput {

    private ExtractionThroughput() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/reuters21578");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Article> articles = new ReutersCorpus(dir).stories().stream()
                .filter(ReutersStory::hasBody).map(ReutersStory::toArticle).toList();
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%d stories, %.1f MB (UTF-8 title + body)%n", articles.size(), bytes / 1e6);
        EventExtractor extractor = new EventExtractor();
        CountryRecognizer recognizer = new CountryRecognizer();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double bestExtract = 0;
        double bestFind = 0;
        long events = 0;
        for (int round = 1; round <= rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            events = 0;
            for (Article a : articles) {
                events += extractor.extract(a).size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            long mentions = 0;
            for (Article a : articles) {
                mentions += recognizer.find(a.text()).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            double extract = bytes / 1e3 / ((t1 - t0) / 1e6);
            double find = bytes / 1e3 / ((t2 - t1) / 1e6);
            bestExtract = Math.max(bestExtract, extract);
            bestFind = Math.max(bestFind, find);
            System.out.printf("round %2d: extract %6.2f MB/s, find alone %6.2f MB/s per CPU-second (%d events, %d mentions)%n",
                    round, extract, find, events, mentions);
        }
        System.out.printf("best: extract %.2f MB/s, find alone %.2f MB/s (single thread, CPU time)%n", bestExtract, bestFind);
    }
}
