package io.newsmon.app.cli;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.extract.RelationModel;
import io.newsmon.producer.input.NewsReader;
import io.newsmon.producer.input.ReadOptions;
import io.newsmon.producer.publish.NewsPublisher;
import io.newsmon.producer.publish.PublishReport;
import io.newsmon.topics.TopicAdmin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "producer", mixinStandardHelpOptions = true,
        description = "Read news, extract events and publish articles, events and dead letters to a Kafka cluster.")
final class ProducerCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL|-", description = "News files, directories, feed URLs, or - for stdin.")
    List<String> inputs;

    @Mixin
    PublishedOption published;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        NewsmonConfig config = StageSupport.requireCluster(configOptions.load(Map.of()));
        TopicAdmin.ensureTopics(config);
        ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null);
        PublishReport report;
        EventExtractor extractor = new EventExtractor(config.relationModel() ? RelationModel.bundled() : RelationModel.none());
        try (NewsPublisher publisher = new NewsPublisher(config, extractor)) {
            report = publisher.publish(new NewsReader(new ReadOptions(published.instant())).read(inputs),
                    progress::published);
        }
        progress.endLine();
        System.out.printf("published %d articles, %d events; %d inputs sent to the dead-letter topic%n",
                report.articles(), report.events(), report.deadLetters());
        return 0;
    }
}
