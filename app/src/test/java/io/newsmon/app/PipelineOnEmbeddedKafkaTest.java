package io.newsmon.app;

import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end scenario on a real Kafka broker inside the test JVM (what CI runs). */
class PipelineOnEmbeddedKafkaTest {

    @Test
    void newsInAlertsAndDigestsOut(@TempDir Path out) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            PipelineScenario.runAndCheck(broker.bootstrapServers(), out);
            PipelineScenario.rerunWritesNoAlertTwice(broker.bootstrapServers(), out);
        }
    }
}
