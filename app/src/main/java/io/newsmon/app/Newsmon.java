package io.newsmon.app;

import io.newsmon.app.cli.NewsmonCommand;

/** Entry point of the {@code newsmon} command. */
public final class Newsmon {
    private Newsmon() {
    }

    public static void main(String[] args) {
        int status = NewsmonCommand.commandLine().execute(args);
        System.exit(status);
    }
}
