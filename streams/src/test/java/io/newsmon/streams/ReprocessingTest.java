package io.newsmon.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Alert;
import io.newsmon.model.AlertType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reprocessing from scratch on a real broker: run, reset the application as documented (stop,
 * {@link ApplicationReset}, wipe local state), run again over the same input. The second run must
 * rebuild the same aggregates and raise only alert ids the first run raised, so a consumer that
 * dedupes on the id delivers nothing twice.
 */
class ReprocessingTest {
    @RegisterExtension
    static final BrokerExtension broker = new BrokerExtension();

    @Test
    void aResetAndReprocessingRebuildIdenticalAggregatesAndTheSameAlertIds() throws Exception {
        Path stateDir = Files.createTempDirectory("newsmon-reset");
        NewsmonConfig config = new NewsmonConfig(Map.of(
                NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewsmonConfig.APPLICATION_ID, "newsmon-reset",
                NewsmonConfig.STATE_DIR, stateDir.toString(),
                NewsmonConfig.TOPIC_PARTITIONS, 3));
        String bootstrap = broker.bootstrapServers();
        try {
            NewsmonStreams first = new NewsmonStreams(config);
            first.start();
            BrokerClients.send(bootstrap, ScenarioEvents.all());
            Map<TopicPartition, Long> beforeFirst = Map.of();
            StreamsRunSnapshot.awaitDrained(bootstrap, "newsmon-reset", Duration.ofSeconds(90));
            first.closeAndLeaveGroup();
            StreamsRunSnapshot once = StreamsRunSnapshot.readSince(bootstrap, beforeFirst);

            assertThat(once.alerts().values()).extracting(Alert::type)
                    .contains(AlertType.DROP, AlertType.SPIKE, AlertType.FIRST);
            assertThat(once.alerts().values()).as("the cross-currency drop of each pair")
                    .filteredOn(a -> a.test().contains("converted")).hasSize(ScenarioEvents.PAIRS.size());
            assertThat(once.versionsOnlyRaiseSeverity()).as("an id is written again only with a higher severity").isTrue();
            assertThat(once.aggregates()).containsKeys("BEL-KAZ|2011", "KAZ|2015-Q1", "KAZ-BEL|2015");

            // the documented reset: instances stopped (above), group and internal topics deleted, local state wiped
            Map<TopicPartition, Long> beforeSecond = StreamsRunSnapshot.outputEnds(bootstrap);
            List<String> deleted = ApplicationReset.reset(config, Duration.ofSeconds(60));
            assertThat(deleted).contains("newsmon-reset-newsmon-aggregates-changelog",
                    "newsmon-reset-events-by-scope-repartition");
            first.cleanUp();

            NewsmonStreams second = new NewsmonStreams(config);
            try {
                second.start();
                StreamsRunSnapshot.awaitDrained(bootstrap, "newsmon-reset", Duration.ofSeconds(90));
            } finally {
                second.close();
                second.cleanUp();
            }
            StreamsRunSnapshot again = StreamsRunSnapshot.readSince(bootstrap, beforeSecond);

            assertThat(again.aggregates()).as("the input was processed again, not skipped").isNotEmpty();
            assertThat(again.aggregates()).isEqualTo(once.aggregates());
            assertThat(again.alertIds()).isEqualTo(once.alertIds());
            assertThat(again.versionsOnlyRaiseSeverity()).isTrue();
        } finally {
            NewsmonStreamsEndToEndTest.deleteRecursively(stateDir);
        }
    }
}
