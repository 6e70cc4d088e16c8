package io.newsmon.app.cli;

import io.newsmon.producer.eval.AnnotatorAgreement;
import io.newsmon.producer.eval.Evaluation;
import io.newsmon.producer.eval.EvaluationChart;
import io.newsmon.producer.eval.EvaluationReport;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.extract.RelationModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure the extractor: precision, recall and F1 per kind, for amounts and for countries on the",
                "hand-labelled dev set, and country recognition against Reuters-21578 PLACES; then every miss."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--devset", paramLabel = "DIR", description = "Dev set directory (default: eval/ beside the launcher).")
    Path devset;

    @Option(names = "--reuters", paramLabel = "DIR",
            description = "Reuters-21578 directory (default: ../shared/data/reuters21578 beside the launcher).")
    Path reuters;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw F1 per measure against its target as an SVG chart.")
    Path chart;

    @Option(names = "--all-misses",
            description = "List the misses of every split; by default only the dev split's (reading the others would tune on them).")
    boolean allMisses;

    @Option(names = "--rules-only", description = "Measure the extraction rules without the relation model (what the model adds).")
    boolean rulesOnly;

    @Option(names = "--agreement", paramLabel = "DIR",
            description = {"Instead: compare the dev set with a second annotator's relabelling of some of its stories",
                    "(articles.tsv and events.tsv in DIR, e.g. eval/agreement), and score the extractor against both."})
    Path agreement;

    @Override
    public Integer call() throws java.io.IOException {
        Path home = Path.of(System.getenv().getOrDefault("NEWSMON_HOME", "."));
        Path devsetDir = devset != null ? devset : home.resolve("eval");
        Path reutersDir = reuters != null ? reuters : home.resolve("../shared/data/reuters21578").normalize();
        EventExtractor extractor = rulesOnly ? new EventExtractor(RelationModel.none()) : new EventExtractor();
        if (agreement != null) {
            AnnotatorAgreement.measure(devsetDir, agreement, reutersDir, extractor::extract).print(System.out);
            return 0;
        }
        EvaluationReport report = Evaluation.evaluate(devsetDir, reutersDir, extractor);
        report.print(System.out, allMisses);
        if (chart != null) {
            java.nio.file.Files.writeString(chart, EvaluationChart.svg(report));
            System.err.println("chart written to " + chart);
        }
        return 0;
    }
}
