package io.newsmon.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.topics.Topics;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class NewsmonTopologyTest {

    @Test
    void theSameConfigBuildsTheSameTopology() {
        NewsmonConfig config = new NewsmonConfig(Map.of());
        assertThat(NewsmonTopology.build(config).describe().toString())
                .isEqualTo(NewsmonTopology.build(config).describe().toString());
    }

    @Test
    void itReadsTheEventTopicsAndWritesEveryOutputTopic() {
        TopologyDescription description = NewsmonTopology.build(new NewsmonConfig(Map.of())).describe();
        Set<String> sinks = description.subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Sink)
                .map(n -> ((TopologyDescription.Sink) n).topic())
                .collect(Collectors.toSet());
        Set<String> sources = description.subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Source)
                .flatMap(n -> ((TopologyDescription.Source) n).topicSet().stream())
                .collect(Collectors.toSet());
        assertThat(sources).contains(Topics.DIPLOMATIC_EVENTS.name(), Topics.TRADE_EVENTS.name());
        assertThat(sinks).contains(Topics.COUNTRY_AGGREGATES.name(), Topics.PAIR_AGGREGATES.name(),
                Topics.ALERTS.name(), Topics.DIGESTS.name(), Topics.DEAD_LETTER.name(), Topics.ATTENTION.name());
        // parse in one sub-topology; everything keyed by scope (both repartitions) in the other
        assertThat(description.subtopologies()).hasSize(2);
    }
}
