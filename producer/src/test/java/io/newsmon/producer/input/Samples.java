package io.newsmon.producer.input;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test inputs under src/test/resources/input and helpers to read them. */
final class Samples {
    private Samples() {
    }

    static Path path(String relative) {
        URL url = Samples.class.getResource("/input/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test resource input/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<NewsItem> readAll(NewsReader reader, Object... inputs) {
        List<String> names = Stream.of(inputs).map(Object::toString).toList();
        try (Stream<NewsItem> items = reader.read(names)) {
            return items.toList();
        }
    }

    static <T extends NewsItem> List<T> only(List<NewsItem> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
