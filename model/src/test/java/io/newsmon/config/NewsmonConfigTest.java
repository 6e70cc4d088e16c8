package io.newsmon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class NewsmonConfigTest {

    @Test
    void theRelationModelIsOnUnlessSetToNone() {
        assertThat(new NewsmonConfig(Map.of()).relationModel()).isTrue();
        assertThat(new NewsmonConfig(Map.of(NewsmonConfig.RELATION_MODEL, "none")).relationModel()).isFalse();
        assertThat(NewsmonConfig.load(null, Map.of("NEWSMON_NEWSMON_EXTRACT_RELATION_MODEL", "none"), Map.of())
                .relationModel()).isFalse();
        assertThatThrownBy(() -> new NewsmonConfig(Map.of(NewsmonConfig.RELATION_MODEL, "some")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(NewsmonConfig.RELATION_MODEL);
    }
}
