package io.newsmon.producer.input;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Fetches news by URL with bounded waits, so a dead server costs seconds, not the run. */
final class FeedFetcher {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The body of a successful response, or why there is none. */
    record Fetched(byte[] body, String contentType, String failure) {
    }

    private final HttpClient client;

    FeedFetcher() {
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Fetched fetch(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("User-Agent", "newsmon/0.1 (+https://github.com/newsmon)")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                            + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            return new Fetched(null, null, "not a valid URL: " + e.getMessage());
        }
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                return new Fetched(null, null, "HTTP " + response.statusCode() + " from " + url);
            }
            return new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse(""), null);
        } catch (HttpTimeoutException e) {
            return new Fetched(null, null, "no answer from " + url + " within "
                    + REQUEST_TIMEOUT.toSeconds() + " s (" + e.getMessage() + ")");
        } catch (IOException e) {
            return new Fetched(null, null, "cannot fetch " + url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(null, null, "interrupted while fetching " + url);
        }
    }
}
