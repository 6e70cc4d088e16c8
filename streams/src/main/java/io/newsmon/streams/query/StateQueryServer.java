package io.newsmon.streams.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;
import io.newsmon.serde.Json;
import io.newsmon.streams.fact.ScopeKey;
import io.newsmon.streams.topology.StoreNames;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read-only JSON over HTTP on loopback, answered from the state stores (Kafka Streams interactive
 * queries): {@code /countries/{iso3}} and {@code /pairs/{a}/{b}} list a scope's aggregates per period,
 * {@code /alerts?since=ISO-instant} the alerts raised since then. A scope lives on one instance: a
 * request for a scope another instance owns is forwarded to it (found by key metadata), and
 * {@code /alerts} gathers every instance's. {@code ?local=true} marks a forwarded request.
 */
public final class StateQueryServer implements AutoCloseable {
    private static final Pattern COUNTRY = Pattern.compile("/countries/([A-Z]{3})");
    private static final Pattern PAIR = Pattern.compile("/pairs/([A-Z]{3})/([A-Z]{3})");
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(FORWARD_TIMEOUT).build();

    private StateQueryServer(KafkaStreams streams, HostInfo self, HttpServer server, ExecutorService executor) {
        this.streams = streams;
        this.self = self;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1:{@code port} (the instance's {@code application.server}). */
    public static StateQueryServer start(KafkaStreams streams, int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            StateQueryServer server = new StateQueryServer(streams, new HostInfo("127.0.0.1", port), http, executor);
            http.createContext("/", server::handle);
            http.setExecutor(executor);
            http.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve state queries on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        // the exchange is closed only after the error replies below had their chance
        try {
            route(exchange);
        } catch (InvalidStateStoreException e) {
            reply(exchange, 503, Map.of("error", "state not queryable now (rebalancing?): " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            reply(exchange, 400, Map.of("error", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            reply(exchange, 502, Map.of("error", e.toString()));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            reply(exchange, 405, Map.of("error", "read-only: GET only"));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        boolean local = "true".equals(query.get("local"));
        Matcher country = COUNTRY.matcher(path);
        Matcher pair = PAIR.matcher(path);
        if (country.matches()) {
            scope(exchange, ScopeKey.country(country.group(1)), local);
        } else if (pair.matches()) {
            scope(exchange, ScopeKey.pair(pair.group(1), pair.group(2)), local);
        } else if (path.equals("/alerts")) {
            alerts(exchange, query, local);
        } else {
            reply(exchange, 404, Map.of("error", "unknown path " + path
                    + "; try /countries/{iso3}, /pairs/{a}/{b}, /alerts?since=2026-11-01T00:00:00Z"));
        }
    }

    private void scope(HttpExchange exchange, ScopeKey scope, boolean local) throws IOException {
        KeyQueryMetadata owner = streams.queryMetadataForKey(StoreNames.AGGREGATES, scope.toString(), new StringSerializer());
        if (!local && owner != null && !owner.equals(KeyQueryMetadata.NOT_AVAILABLE)
                && !self.equals(owner.activeHost())) {
            forward(exchange, owner.activeHost());
            return;
        }
        List<Aggregate> aggregates = new ArrayList<>();
        try (KeyValueIterator<String, Aggregate> it = aggregateStore().prefixScan(scope + "|", new StringSerializer())) {
            it.forEachRemaining(kv -> aggregates.add(kv.value));
        }
        aggregates.sort(Comparator.comparing(Aggregate::period));
        reply(exchange, 200, Map.of("scope", scope.toString(), "aggregates", aggregates));
    }

    private void alerts(HttpExchange exchange, Map<String, String> query, boolean local) throws IOException {
        Instant since = since(query.get("since"));
        List<Alert> alerts = new ArrayList<>(localAlerts(since));
        if (!local) {
            for (StreamsMetadata instance : streams.streamsMetadataForStore(StoreNames.EMITTED_ALERTS)) {
                if (!instance.hostInfo().equals(self)) {
                    String body = get(instance.hostInfo(), "/alerts?local=true&since=" + since);
                    alerts.addAll(List.of(Json.mapper().readValue(body, Alert[].class)));
                }
            }
        }
        alerts.sort(Comparator.comparing(Alert::raisedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Alert::id));
        reply(exchange, 200, alerts);
    }

    private List<Alert> localAlerts(Instant since) {
        ReadOnlyKeyValueStore<String, Alert> store = streams.store(StoreQueryParameters.fromNameAndType(
                StoreNames.EMITTED_ALERTS, QueryableStoreTypes.<String, Alert>keyValueStore()));
        List<Alert> out = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = store.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.raisedAt() == null || !kv.value.raisedAt().isBefore(since)) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    private ReadOnlyKeyValueStore<String, Aggregate> aggregateStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(
                StoreNames.AGGREGATES, QueryableStoreTypes.<String, Aggregate>keyValueStore()));
    }

    private void forward(HttpExchange exchange, HostInfo owner) throws IOException {
        String path = exchange.getRequestURI().getPath();
        reply(exchange, 200, Json.mapper().readTree(get(owner, path + "?local=true")));
    }

    private String get(HostInfo host, String pathAndQuery) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(FORWARD_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(host + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + host, e);
        }
    }

    private static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be an ISO 8601 instant like 2026-11-01T00:00:00Z, got " + value);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
