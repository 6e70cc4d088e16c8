package io.newsmon.benchmarks;

import io.newsmon.model.Article;
import io.newsmon.producer.eval.ReutersCorpus;
import io.newsmon.producer.eval.ReutersStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The text the benchmarks read: the first {@value #STORIES} stories of the Reuters-21578 ModLewis
 * TEST split that have a body (real wire news, 1987). Read at run time, never shipped: the
 * collection's licence allows research use only.
 */
public record NewsCorpus(List<Article> articles, List<String> texts, long bytes) {

    public static final int STORIES = 1000;

    /** Where the collection is: {@code -Dnewsmon.reuters=DIR}, else {@code ../shared/data/reuters21578}. */
    public static Path dir() {
        return Path.of(System.getProperty("newsmon.reuters", ReutersCorpus.DEFAULT_DIR.toString()));
    }

    public static NewsCorpus load() {
        List<ReutersStory> stories = new ReutersCorpus(dir()).stories().stream()
                .filter(s -> s.lewisSplit().equals("TEST") && s.hasBody())
                .limit(STORIES)
                .toList();
        List<Article> articles = stories.stream().map(ReutersStory::toArticle).toList();
        List<String> texts = stories.stream().map(ReutersStory::fullText).toList();
        // Bytes of what the extractor reads (title + body), UTF-8: the MB in MB/s.
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        return new NewsCorpus(articles, texts, bytes);
    }
}
