package io.newsmon.streams;

import io.newsmon.config.NewsmonConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * NewsmonStreams alone in a JVM, so that a test can kill it without warning (SIGKILL): settings as
 * key=value arguments; prints RUNNING once started, then runs until killed.
 */
public final class StreamsProcess {
    private StreamsProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        NewsmonStreams streams = new NewsmonStreams(new NewsmonConfig(settings));
        streams.start();
        System.out.println("RUNNING");
        System.out.flush();
        Thread.currentThread().join();
    }
}
