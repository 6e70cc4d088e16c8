package io.newsmon.app.cli;

import io.newsmon.config.NewsmonConfig;

/** Checks shared by the commands that run one stage against an existing cluster. */
final class StageSupport {
    private StageSupport() {
    }

    static NewsmonConfig requireCluster(NewsmonConfig config) {
        if (config.embedded()) {
            throw new IllegalArgumentException("no Kafka cluster given: use --bootstrap-servers HOST:PORT, "
                    + "bootstrap.servers in --config, or NEWSMON_BOOTSTRAP_SERVERS (only `demo` starts an embedded broker)");
        }
        return config;
    }
}
