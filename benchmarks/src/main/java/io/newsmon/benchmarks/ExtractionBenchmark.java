package io.newsmon.benchmarks;

import io.newsmon.model.Article;
import io.newsmon.producer.extract.CountryRecognizer;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.extract.RelationModel;
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

/**
 * One operation = one story of the {@link NewsCorpus} through the component, on one thread, the
 * stories taken in turn so that every iteration sees the mix of short and long wire stories:
 * ops/s times the mean story size is the throughput per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
// Ten warm-up iterations: the JIT compiles the extractor's many patterns for about 16 s on this machine
// (2 cores), and with four the measured iterations still rose by a tenth from the first to the last.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

    private NewsCorpus corpus;
    private EventExtractor extractor;
    private EventExtractor rules;
    private CountryRecognizer recognizer;
    private int next;

    @Setup
    public void setUp() {
        corpus = NewsCorpus.load();
        extractor = new EventExtractor();
        rules = new EventExtractor(RelationModel.none());
        recognizer = new CountryRecognizer();
    }

    @Benchmark
    public Object extractEvents() {
        Article article = corpus.articles().get(next);
        next = next + 1 == corpus.articles().size() ? 0 : next + 1;
        return extractor.extract(article);
    }

    /** The rules without the relation model: what the model costs is the difference. */
    @Benchmark
    public Object extractEventsRulesOnly() {
        Article article = corpus.articles().get(next);
        next = next + 1 == corpus.articles().size() ? 0 : next + 1;
        return rules.extract(article);
    }

    @Benchmark
    public Object findCountries() {
        String text = corpus.texts().get(next);
        next = next + 1 == corpus.texts().size() ? 0 : next + 1;
        return recognizer.find(text);
    }
}
