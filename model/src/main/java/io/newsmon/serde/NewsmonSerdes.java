package io.newsmon.serde;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;
import io.newsmon.model.Article;
import io.newsmon.model.Attention;
import io.newsmon.model.DeadLetter;
import io.newsmon.model.Digest;
import io.newsmon.model.NewsEvent;

/** The serde of each topic's value type (see {@link io.newsmon.topics.Topics}). */
public final class NewsmonSerdes {
    private NewsmonSerdes() {
    }

    public static JsonSerde<Article> article() {
        return JsonSerde.of(Article.class);
    }

    public static JsonSerde<NewsEvent> event() {
        return JsonSerde.of(NewsEvent.class);
    }

    public static JsonSerde<Aggregate> aggregate() {
        return JsonSerde.of(Aggregate.class);
    }

    public static JsonSerde<Alert> alert() {
        return JsonSerde.of(Alert.class);
    }

    public static JsonSerde<Digest> digest() {
        return JsonSerde.of(Digest.class);
    }

    public static JsonSerde<Attention> attention() {
        return JsonSerde.of(Attention.class);
    }

    public static JsonSerde<DeadLetter> deadLetter() {
        return JsonSerde.of(DeadLetter.class);
    }
}
