package io.newsmon.app.cli;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.streams.NewsmonStreams;
import io.newsmon.topics.TopicAdmin;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run one Kafka Streams instance (aggregates, change detection, digests) until stopped.",
                "Instances with the same newsmon.streams.application.id share the work."})
final class StreamsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws InterruptedException {
        NewsmonConfig config = StageSupport.requireCluster(configOptions.load(Map.of()));
        TopicAdmin.ensureTopics(config);
        CountDownLatch stopped = new CountDownLatch(1);
        try (NewsmonStreams streams = new NewsmonStreams(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "newsmon-streams-stop"));
            streams.start();
            System.err.println("newsmon streams running against " + config.bootstrapServers() + "; Ctrl-C stops it");
            stopped.await();
        }
        return 0;
    }
}
