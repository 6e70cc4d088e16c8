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
