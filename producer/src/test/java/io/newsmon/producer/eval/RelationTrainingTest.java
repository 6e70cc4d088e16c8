package io.newsmon.producer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsmon.producer.extract.RelationModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RelationTrainingTest {

    @Test
    void aHigherThresholdIsChosenOnlyWhenItDoesClearlyBetter() {
        // F1 0.4463 at 0.5 and 0.4487 at 0.6: within the margin, the lower stays
        java.util.Map<Double, Prf> close = new java.util.TreeMap<>(java.util.Map.of(
                0.5, new Prf(767, 728, 1175), 0.6, new Prf(770, 720, 1172), 0.7, new Prf(700, 600, 1242)));
        assertThat(RelationTraining.bestThreshold(close)).isEqualTo(0.5);
        // 0.7 beats 0.5 by more than the margin
        java.util.Map<Double, Prf> clear = new java.util.TreeMap<>(java.util.Map.of(
                0.5, new Prf(700, 900, 1242), 0.6, new Prf(760, 700, 1182), 0.7, new Prf(780, 600, 1162)));
        assertThat(RelationTraining.bestThreshold(clear)).isEqualTo(0.7);
    }

    /** The shipped model is what `./newsmon train` makes of today's labels: relabel, then retrain. */
    @Test
    void theBundledModelIsTheOneTheDevSplitTrains() throws IOException {
        assumeTrue(ReutersCorpus.isPresent(ReutersCorpusTest.DIR),
                "Reuters-21578 is not at " + ReutersCorpusTest.DIR.toAbsolutePath().normalize() + ": skipping");
        StringWriter trained = new StringWriter();
        RelationTraining.train(DevSetTest.DEVSET, ReutersCorpusTest.DIR, story -> { }).write(trained);

        String bundled;
        try (InputStream in = RelationModel.class.getResourceAsStream(RelationModel.RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(trained.toString())
                .as("relation-model.tsv is stale: run ./newsmon train and rebuild")
                .isEqualTo(bundled);
    }
}
