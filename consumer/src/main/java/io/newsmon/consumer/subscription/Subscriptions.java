package io.newsmon.consumer.subscription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The analysts' subscriptions, read from a YAML (or JSON) file and checked as a whole at start. */
public record Subscriptions(List<Subscription> all) {
    public Subscriptions {
        all = List.copyOf(all);
    }

    /**
     * Reads and validates a subscriptions file; {@code secretEnv} entries are read from the
     * process environment.
     *
     * @throws InvalidSubscriptionsException listing every bad entry with its line
     */
    public static Subscriptions load(Path file) {
        return load(file, System.getenv());
    }

    public static Subscriptions load(Path file, Map<String, String> environment) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidSubscriptionsException(List.of("cannot read subscriptions file " + file + ": " + e.getMessage()));
        }
        return parse(text, file.toString(), environment);
    }

    /** Parses YAML (JSON is YAML too); {@code source} names the file in error messages. */
    public static Subscriptions parse(String text, String source, Map<String, String> environment) {
        return new SubscriptionsParser(source, environment).parse(text);
    }

    public Subscription named(String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subscription named " + name));
    }
}
