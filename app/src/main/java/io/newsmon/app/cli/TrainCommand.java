package io.newsmon.app.cli;

import io.newsmon.producer.eval.DevSet;
import io.newsmon.producer.eval.DevSetArticle;
import io.newsmon.producer.eval.Prf;
import io.newsmon.producer.eval.RelationTraining;
import io.newsmon.producer.eval.ReutersCorpus;
import io.newsmon.producer.extract.RelationModel;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the extractor's relation model on the dev split of the labelled set and write it",
                "(by default over the bundled one, to be rebuilt into the producer). Deterministic: the same labels give the same file."})
final class TrainCommand implements Callable<Integer> {
    static final Path BUNDLED = Path.of("producer/src/main/resources/io/newsmon/producer/extract", RelationModel.RESOURCE);

    @Option(names = "--devset", paramLabel = "DIR", description = "Dev set directory (default: eval/ beside the launcher).")
    Path devset;

    @Option(names = "--reuters", paramLabel = "DIR",
            description = "Reuters-21578 directory (default: ../shared/data/reuters21578 beside the launcher).")
    Path reuters;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the bundled model's source, "
            + "producer/src/main/resources/io/newsmon/producer/extract/relation-model.tsv beside the launcher).")
    Path out;

    @Option(names = "--cross-validate", paramLabel = "FOLDS",
            description = "Only measure: the extractor with models trained on the other folds of the dev split, at each threshold; write nothing.")
    Integer folds;

    @Override
    public Integer call() throws java.io.IOException {
        Path home = Path.of(System.getenv().getOrDefault("NEWSMON_HOME", "."));
        DevSet devSet = DevSet.load(devset != null ? devset : home.resolve("eval"));
        Path reutersDir = reuters != null ? reuters : home.resolve("../shared/data/reuters21578").normalize();
        Path target = out != null ? out : home.resolve(BUNDLED);
        long started = System.nanoTime();
        var corpus = new ReutersCorpus(reutersDir).byNewId();
        int n = folds != null ? folds : RelationTraining.FOLDS;
        if (folds != null) {
            print(RelationTraining.crossValidate(devSet, corpus, folds), n);
            return 0;
        }
        int total = devSet.articles().size();
        RelationTraining.Trained trained = RelationTraining.train(devSet, corpus, i -> {
            if (i % 100 == 0) {
                System.err.printf("reading stories: %d / %d%n", i, total);
            }
        });
        print(trained.crossValidation(), n);
        RelationModel model = trained.model();
        double threshold = model.threshold();
        System.err.printf("trained on %d pairs in sentences of %d dev stories (pairs per kind: %s), %d passes"
                + " in each of %d shuffled orders, averaged%n",
                trained.examples(), devSet.in(DevSetArticle.Split.DEV).size(), trained.positives(), RelationTraining.EPOCHS,
                RelationTraining.SEEDS);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        System.out.printf("relation model written to %s (%d features, threshold %.1f, %.1f s)%n", target, model.size(), threshold,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static void print(Map<Double, Prf> byThreshold, int folds) {
        byThreshold.forEach((t, prf) -> System.out.printf(
                "dev split, %d-fold cross-validation, threshold %.1f: events P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)%n",
                folds, t, prf.precision(), prf.recall(), prf.f1(), prf.truePositives(), prf.falsePositives(),
                prf.falseNegatives()));
    }
}
