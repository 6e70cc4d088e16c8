package io.newsmon.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class NewsmonConsumerLifecycleTest {
    @TempDir
    Path out;

    @Test
    @Timeout(10)
    void closedBeforeRunningItNeverConnects() {
        // nothing listens on port 1: a consumer that tried to poll would hang until the timeout
        NewsmonConfig config = new NewsmonConfig(Map.of(NewsmonConfig.BOOTSTRAP_SERVERS, "127.0.0.1:1",
                NewsmonConfig.OUT_DIR, out.toString()));
        NewsmonConsumer consumer = new NewsmonConsumer(config);
        consumer.close();
        consumer.run();
        assertThat(consumer.stats()).isEqualTo(new DeliveryStats(0, 0, 0, 0));
        assertThat(out.resolve("alerts.jsonl")).doesNotExist();
    }
}
