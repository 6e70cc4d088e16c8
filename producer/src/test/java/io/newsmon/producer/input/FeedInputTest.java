package io.newsmon.producer.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsmon.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedInputTest {
    private static final Instant DEFAULT = Instant.parse("2024-01-01T00:00:00Z");
    private final NewsReader reader = new NewsReader(new ReadOptions(DEFAULT));
    private HttpServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void rssItemsBecomeArticlesWithTextFromContentOrDescription() {
        List<NewsItem> items = Samples.readAll(reader, Samples.path("feeds/world-news.rss"));

        assertThat(items).hasSize(4);
        Article gas = text(items.get(0));
        assertThat(gas.title()).isEqualTo("Turkey and Azerbaijan sign gas supply deal");
        assertThat(gas.url()).isEqualTo("https://news.example.com/turkey-azerbaijan-gas");
        assertThat(gas.published()).isEqualTo(Instant.parse("2024-05-14T08:30:00Z"));
        assertThat(gas.text()).isEqualTo("Turkey and Azerbaijan signed a ten-year gas supply agreement in Baku on Tuesday."
                + "\n\nDeliveries start in 2025.");
        assertThat(gas.format()).isEqualTo("rss");
        assertThat(gas.extra()).containsEntry("feed", "Example World News")
                .containsEntry("guid", "example-2024-0001")
                .containsEntry("categories", List.of("Energy"));
        assertThat(items.get(0).origin()).endsWith("world-news.rss#item1");

        Article consulate = text(items.get(1));
        assertThat(consulate.published()).isEqualTo(Instant.parse("2024-05-15T02:00:00Z"));
        assertThat(consulate.text()).startsWith("Japan will open a consulate general in Almaty, Kazakhstan, next year, "
                + "the foreign ministry in Tokyo said.").endsWith("It will be Japan's second mission in the country.");

        Article headlineOnly = text(items.get(2));
        assertThat(headlineOnly.text()).isEqualTo("Canada imposes sanctions on Belarusian officials");
        assertThat(headlineOnly.published()).isEqualTo(DEFAULT);

        assertThat(items.get(3)).isInstanceOfSatisfying(NewsItem.Unreadable.class, u -> {
            assertThat(u.reason()).contains("neither a title nor any text");
            assertThat(u.origin()).endsWith("#item4");
        });
        assertThat(items.stream().map(i -> i instanceof NewsItem.Text t ? t.article().id() : i.origin()).distinct())
                .hasSize(4);
    }

    @Test
    void atomEntriesUsePublishedThenUpdatedAndKeepPlainTextAsText() {
        List<NewsItem> items = Samples.readAll(reader, Samples.path("feeds/trade.atom"));

        assertThat(items).hasSize(2).allMatch(NewsItem.Text.class::isInstance);
        Article exports = text(items.get(0));
        assertThat(exports.format()).isEqualTo("atom");
        assertThat(exports.published()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(exports.url()).isEqualTo("https://trade.example.com/vietnam-eu-exports-may");
        assertThat(exports.text()).isEqualTo("Vietnam's exports to the European Union rose 12% year on year in May "
                + "to $4.2 billion, customs data showed.");
        assertThat(exports.extra()).containsEntry("author", "Trade Desk");

        Article pipeline = text(items.get(1));
        assertThat(pipeline.published()).isEqualTo(Instant.parse("2024-06-02T10:00:00Z"));
        assertThat(pipeline.text()).isEqualTo("Kenya and Uganda agreed to extend the fuel pipeline from Eldoret to Kampala & beyond.");
    }

    @Test
    void xmlThatIsNotAFeedIsUnreadableWithTheParserReason() throws IOException {
        Path sitemap = Files.writeString(dir.resolve("sitemap.xml"),
                "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss version=\"2.0\"><channel><item><title>Cut off");

        List<NewsItem> items = Samples.readAll(reader, sitemap, broken);
        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOfSatisfying(
                NewsItem.Unreadable.class, u -> assertThat(u.reason()).startsWith("not an RSS or Atom feed: ")));
    }

    @Test
    void fetchesFeedsByUrlAndReportsHttpErrorsAndDeadServers() throws IOException {
        byte[] atom = Files.readAllBytes(Samples.path("feeds/trade.atom"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, atom.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(atom);
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        List<NewsItem> items = Samples.readAll(reader, base + "/feed", base + "/missing",
                "http://127.0.0.1:" + closedPort + "/feed");

        assertThat(items).hasSize(4);
        assertThat(text(items.get(0)).title()).isEqualTo("Vietnam's exports to the EU rise 12% in May");
        assertThat(items.get(0).origin()).isEqualTo(base + "/feed#item1");
        assertThat(items.get(2)).isInstanceOfSatisfying(NewsItem.Unreadable.class,
                u -> assertThat(u.reason()).isEqualTo("HTTP 404 from " + base + "/missing"));
        assertThat(items.get(3)).isInstanceOfSatisfying(NewsItem.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("cannot fetch http://127.0.0.1:" + closedPort + "/feed: ")
                        .contains("ConnectException"));
    }

    private static Article text(NewsItem item) {
        assertThat(item).isInstanceOf(NewsItem.Text.class);
        return ((NewsItem.Text) item).article();
    }
}
