package io.newsmon.app.cli;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.NewsmonConsumer;
import io.newsmon.consumer.subscription.Subscriptions;
import io.newsmon.topics.TopicAdmin;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "consumer", mixinStandardHelpOptions = true,
        description = "Deliver alerts (alerts.jsonl) and render digests (Markdown, HTML) until stopped.")
final class ConsumerCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: newsmon.out.dir).")
    Path out;

    @Mixin
    SubscriptionsOption subscriptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> defaults = new HashMap<>();
        if (out != null) {
            defaults.put(NewsmonConfig.OUT_DIR, out.toString());
        }
        NewsmonConfig config = StageSupport.requireCluster(configOptions.load(defaults));
        Subscriptions subs = subscriptions.load(); // checked before anything connects
        TopicAdmin.ensureTopics(config);
        NewsmonConsumer consumer = new NewsmonConsumer(config, subs);
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::close, "newsmon-consumer-stop"));
        System.err.println("newsmon consumer writing to " + config.getString(NewsmonConfig.OUT_DIR) + "; Ctrl-C stops it");
        consumer.run();
        return 0;
    }
}
