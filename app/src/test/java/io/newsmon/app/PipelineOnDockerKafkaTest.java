package io.newsmon.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same end-to-end scenario against Kafka in a container (Testcontainers), for machines with
 * a Docker daemon. Without one it is skipped with the reason; CI runs the scenario on the
 * embedded broker instead ({@link PipelineOnEmbeddedKafkaTest}).
 */
class PipelineOnDockerKafkaTest {
    private static final String IMAGE = "apache/kafka:4.1.0";

    @Test
    void newsInAlertsAndDigestsOut(@TempDir Path out) throws Exception {
        assumeTrue(dockerAvailable(), "No Docker daemon here: Testcontainers run of the end-to-end scenario skipped "
                + "(PipelineOnEmbeddedKafkaTest runs the same scenario on an embedded broker)");
        try (KafkaContainer kafka = new KafkaContainer(IMAGE)) {
            kafka.start();
            PipelineScenario.runAndCheck(kafka.getBootstrapServers(), out);
            PipelineScenario.rerunWritesNoAlertTwice(kafka.getBootstrapServers(), out);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
