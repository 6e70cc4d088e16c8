package io.newsmon.producer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.NewsEvent;
import io.newsmon.producer.input.NewsItem;
import io.newsmon.producer.input.NewsReader;
import io.newsmon.producer.input.ReadOptions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples (modern news in every input format) keep yielding the facts their answer key
 * (samples/EXPECTED.md) lists: a guard against rules tuned on 1987 wire copy breaking today's text.
 */
class SamplesExtractionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @Test
    void theAnswerKeysFactsAreRead() {
        List<NewsItem> items = new NewsReader(ReadOptions.defaults())
                .read(List.of("../samples/articles", "../samples/html", "../samples/feeds", "../samples/news.jsonl")).toList();
        Set<String> facts = items.stream()
                .filter(i -> i instanceof NewsItem.Text)
                .flatMap(i -> EXTRACTOR.extract(((NewsItem.Text) i).article()).stream())
                .map(SamplesExtractionTest::key)
                .collect(Collectors.toSet());

        assertThat(facts).contains(
                "TRADE BEL KAZ 2022 514500000 USD", "TRADE BEL KAZ 2023 260000000 USD", "TRADE BEL KAZ 2024 121300000 USD",
                "TRADE KAZ BEL 2024 131600000 USD", "VISIT KAZ BEL 2026-11-18", "MEETING KAZ BEL 2026-11-18",
                "VISIT KGZ LUX 2026-10-07", "AID LUX KGZ 2026 4800000 EUR", "INVESTMENT JPN KAZ 2024 1210000000 USD",
                "AID DEU UZB 2025 52500000 EUR", "AID CHN KGZ 2025 185000000 USD", "INVESTMENT KOR UZB 2025 640000000 USD",
                "TRADE KAZ UZB 2025 2900000000 USD", "SANCTION JPN PRK 2026-11-06", "SANCTION NZL RUS 2026-11-10",
                "REPRESENTATION LUX KAZ 2026-10-23", "VISIT AZE TKM 2026-11-08", "AGREEMENT NLD TKM 2026-11-11");
        // the fuel ban is a sanction, not trade (samples/EXPECTED.md, extractor notes)
        assertThat(facts).doesNotContain("TRADE KAZ KGZ 2026-10-17");
    }

    /** `./newsmon extract samples/` also reads the answer key and the samples' README: they name countries, but state no events. */
    @Test
    void theAnswerKeyAndTheReadmeYieldNoEvents() {
        List<NewsItem> items = new NewsReader(ReadOptions.defaults())
                .read(List.of("../samples/EXPECTED.md", "../samples/README.md")).toList();
        assertThat(items).hasSize(2).allMatch(i -> i instanceof NewsItem.Text);
        assertThat(items.stream().flatMap(i -> EXTRACTOR.extract(((NewsItem.Text) i).article()).stream())
                .map(e -> key(e) + " | " + e.evidence().sentence())).isEmpty();
    }

    private static String key(NewsEvent e) {
        String base = e.kind() + " " + e.actor1() + " " + e.actor2() + " " + e.date().iso();
        return e.amount() == null ? base
                : base + " " + e.amount().value().stripTrailingZeros().toPlainString() + " " + e.amount().currency();
    }
}
