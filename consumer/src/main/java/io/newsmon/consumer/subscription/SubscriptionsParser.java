package io.newsmon.consumer.subscription;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newsmon.consumer.digest.SafeLink;
import io.newsmon.model.EventKind;
import io.newsmon.model.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a subscriptions file entry by entry, remembering the line each entry starts on, and
 * collects every problem (unknown keys, bad codes, missing channels...) before failing, so one run
 * shows the operator all that is wrong.
 */
final class SubscriptionsParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> ENTRY_KEYS = Set.of("name", "countries", "pairs", "kinds", "minSeverity",
            "keywords", "channels", "digests", "start");
    /** ISO 3166-1 alpha-3, plus XKX (Kosovo), which the standard leaves to users and news uses. */
    private static final Set<String> COUNTRIES = known();

    private final String source;
    private final Map<String, String> environment;
    private final ObjectMapper yaml = new YAMLMapper();
    private final List<String> problems = new ArrayList<>();

    SubscriptionsParser(String source, Map<String, String> environment) {
        this.source = source;
        this.environment = environment;
    }

    Subscriptions parse(String text) {
        List<Subscription> subscriptions = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            parser.setCodec(yaml);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail(parser, "expected a mapping with a 'subscriptions' list");
            }
            boolean seen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("subscriptions")) {
                    problems.add(at(parser.currentTokenLocation().getLineNr(), "unknown top-level key '" + field + "'"));
                    parser.skipChildren();
                    continue;
                }
                seen = true;
                if (value != JsonToken.START_ARRAY) {
                    throw fail(parser, "'subscriptions' must be a list");
                }
                Set<String> names = new HashSet<>();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode entry = parser.readValueAsTree();
                    index++;
                    Subscription s = entry(entry, line, index);
                    if (s != null) {
                        if (!names.add(s.name())) {
                            problems.add(at(line, "subscription '" + s.name() + "': the name is used twice"));
                        }
                        subscriptions.add(s);
                    }
                }
            }
            if (!seen) {
                problems.add(source + ": no 'subscriptions' list");
            }
        } catch (JsonProcessingException e) {
            problems.add(at(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(source + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubscriptionsException(problems);
        }
        return new Subscriptions(subscriptions);
    }

    private Subscription entry(JsonNode node, int line, int index) {
        if (!node.isObject()) {
            problems.add(at(line, "subscription #" + index + " must be a mapping"));
            return null;
        }
        String name = node.path("name").asText("");
        String label = name.isEmpty() ? "subscription #" + index : "subscription '" + name + "'";
        Errors errors = new Errors(line, label);
        if (!NAME.matcher(name).matches()) {
            errors.add("'name' must be 1-63 lower-case letters, digits or dashes, starting with a letter or digit (got '" + name + "')");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!ENTRY_KEYS.contains(key)) {
                errors.add("unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(ENTRY_KEYS)) + ")");
            }
        });
        Set<String> countries = new LinkedHashSet<>();
        for (String c : strings(node, "countries", errors)) {
            String code = c.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                errors.add("'" + c + "' is not an ISO 3166-1 alpha-3 country code");
            }
            countries.add(code);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (String p : strings(node, "pairs", errors)) {
            String[] sides = p.toUpperCase(Locale.ROOT).split("-", -1);
            if (sides.length != 2 || !COUNTRIES.contains(sides[0]) || !COUNTRIES.contains(sides[1])) {
                errors.add("pair '" + p + "' must be two ISO 3166-1 alpha-3 codes joined by '-', e.g. BEL-KAZ");
            } else {
                pairs.add(sides[0] + "-" + sides[1]);
            }
        }
        Set<EventKind> kinds = new LinkedHashSet<>();
        for (String k : strings(node, "kinds", errors)) {
            try {
                kinds.add(EventKind.valueOf(k.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("unknown event kind '" + k + "' (known: " + names(EventKind.values()) + ")");
            }
        }
        Severity severity = Severity.LOW;
        if (node.has("minSeverity")) {
            try {
                severity = Severity.valueOf(node.get("minSeverity").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("unknown minSeverity '" + node.get("minSeverity").asText() + "' (known: " + names(Severity.values()) + ")");
            }
        }
        List<String> keywords = strings(node, "keywords", errors);
        DigestFrequency digests = DigestFrequency.NONE;
        if (node.has("digests")) {
            String d = node.get("digests").asText();
            try {
                digests = DigestFrequency.valueOf(d.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("unknown digests frequency '" + d + "' (known: none, daily, weekly)");
            }
        }
        StartPoint start = StartPoint.NOW;
        if (node.has("start")) {
            try {
                start = StartPoint.parse(node.get("start").asText());
            } catch (DateTimeParseException e) {
                errors.add("'start' must be now, earliest or a date like 2026-11-01 (got '" + node.get("start").asText() + "')");
            }
        }
        List<ChannelSpec> channels = channels(node.get("channels"), errors);
        if (!errors.any) {
            return new Subscription(name, countries, pairs, kinds, severity, keywords, channels, digests, start);
        }
        return null;
    }

    private List<ChannelSpec> channels(JsonNode node, Errors errors) {
        List<ChannelSpec> channels = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            errors.add("'channels' must list at least one channel (file, console, webhook, email)");
            return channels;
        }
        for (JsonNode c : node) {
            String type = c.path("type").asText("");
            switch (type) {
                case "file" -> channels.add(new ChannelSpec.File(c.hasNonNull("dir") ? Path.of(c.get("dir").asText()) : null));
                case "console" -> channels.add(new ChannelSpec.Console());
                case "webhook" -> {
                    String url = c.path("url").asText("");
                    if (SafeLink.httpUrl(url).isEmpty()) {
                        errors.add("webhook 'url' must be an http or https URL (got '" + url + "')");
                        continue;
                    }
                    String secret = c.path("secret").asText("");
                    if (secret.isEmpty() && c.has("secretEnv")) {
                        secret = environment.getOrDefault(c.get("secretEnv").asText(), "");
                        if (secret.isEmpty()) {
                            errors.add("webhook secretEnv '" + c.get("secretEnv").asText() + "' is not set in the environment");
                            continue;
                        }
                    }
                    if (secret.isEmpty()) {
                        errors.add("webhook needs a 'secret' (or 'secretEnv') to sign its requests");
                        continue;
                    }
                    int attempts = c.path("attempts").asInt(5);
                    long backoffMs = c.path("backoffMillis").asLong(500);
                    if (attempts < 1 || backoffMs < 0) {
                        errors.add("webhook 'attempts' must be at least 1 and 'backoffMillis' not negative");
                        continue;
                    }
                    channels.add(new ChannelSpec.Webhook(URI.create(url), secret, attempts, Duration.ofMillis(backoffMs)));
                }
                case "email" -> {
                    List<String> to = new ArrayList<>();
                    c.path("to").forEach(t -> to.add(t.asText()));
                    if (c.path("to").isTextual()) {
                        to.add(c.get("to").asText());
                    }
                    String from = c.path("from").asText("newsmon@localhost");
                    String host = c.path("smtpHost").asText("");
                    int port = c.path("smtpPort").asInt(25);
                    if (to.isEmpty() || to.stream().anyMatch(t -> !t.matches("[^@\\s<>]+@[^@\\s<>]+"))) {
                        errors.add("email 'to' must list addresses like analyst@example.org");
                    } else if (host.isEmpty() || port < 1 || port > 65535) {
                        errors.add("email needs 'smtpHost' and a valid 'smtpPort'");
                    } else {
                        channels.add(new ChannelSpec.Email(to, from, host, port));
                    }
                }
                default -> errors.add("unknown channel type '" + type + "' (known: file, console, webhook, email)");
            }
        }
        return channels;
    }

    private static List<String> strings(JsonNode node, String key, Errors errors) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            errors.add("'" + key + "' must be a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    private String at(int line, String message) {
        return source + ":" + line + ": " + message;
    }

    private InvalidSubscriptionsException fail(JsonParser parser, String message) {
        problems.add(at(parser.currentTokenLocation().getLineNr(), message));
        return new InvalidSubscriptionsException(problems);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("XKX");
        return Set.copyOf(codes);
    }

    /** Problems of one entry, each prefixed with the entry's line and name. */
    private final class Errors {
        private final int line;
        private final String label;
        private boolean any;

        Errors(int line, String label) {
            this.line = line;
            this.label = label;
        }

        void add(String message) {
            any = true;
            problems.add(at(line, label + ": " + message));
        }
    }
}
