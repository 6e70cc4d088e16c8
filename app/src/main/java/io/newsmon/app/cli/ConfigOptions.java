package io.newsmon.app.cli;

import io.newsmon.config.NewsmonConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every Kafka-facing command shares: where the cluster is and any setting. */
final class ConfigOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka brokers. Default: from --config / NEWSMON_BOOTSTRAP_SERVERS; empty means embedded broker (demo only).")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file with newsmon.* keys and any Kafka client setting (see `newsmon config`).")
    Path configFile;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "Set one configuration key, e.g. -D newsmon.digest.period=DAY.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Defaults, then the file, then environment variables, then these options. */
    NewsmonConfig load(Map<String, Object> commandDefaults) {
        Map<String, Object> overrides = new HashMap<>(commandDefaults);
        overrides.putAll(settings);
        if (bootstrapServers != null) {
            overrides.put(NewsmonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        return NewsmonConfig.load(configFile, System.getenv(), overrides);
    }
}
