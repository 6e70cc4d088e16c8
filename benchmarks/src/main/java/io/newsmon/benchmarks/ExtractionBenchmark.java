package io.newsmon.benchmarks;

import io.newsmon.model.Article;
import io.newsmon.producer.extract.CountryRecognizer;
import io.newsmon.producer.extract.EventExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = the whole {@link NewsCorpus} (1000 Reuters stories) through the component, on
 * one thread: ops/s times the corpus size is the throughput per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ExtractionBenchmark {

    private NewsCorpus corpus;
    private EventExtractor extractor;
    private CountryRecognizer recognizer;

    @Setup
    public void setUp() {
        corpus = NewsCorpus.load();
        extractor = new EventExtractor();
        recognizer = new CountryRecognizer();
    }

    @Benchmark
    public void extractEvents(Blackhole sink) {
        for (Article article : corpus.articles()) {
            sink.consume(extractor.extract(article));
        }
    }

    @Benchmark
    public void findCountries(Blackhole sink) {
        for (String text : corpus.texts()) {
            sink.consume(recognizer.find(text));
        }
    }
}
