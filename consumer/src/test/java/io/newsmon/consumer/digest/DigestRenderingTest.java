package io.newsmon.consumer.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsmon.consumer.Samples;
import io.newsmon.model.Digest;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestRenderingTest {
    private static final String EVIL = "Exports rose <script>alert('x')</script> & \"more\" [click](javascript:alert(1))";

    @TempDir
    Path dir;

    private final DigestRenderer renderer = new DigestRenderer();

    @Test
    void htmlEscapesArticleTextAndNeverLinksNonHttpSources() {
        Digest digest = Samples.digest("BEL", "KAZ", "2026-W47", EVIL, "javascript:alert(1)", 3);
        String html = renderer.html(DigestView.of(digest, DigestName.of(digest)));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Wire</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("href=\"javascript:");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
    }

    @Test
    void htmlShowsAlertsChartEventsAndTotals() {
        Digest digest = Samples.digest("BEL", "KAZ", "2026-W47", "Belgian exports reached $514.5 million.",
                "https://news.example.org/a/1?x=1&y=2", 3);
        String html = renderer.html(DigestView.of(digest, DigestName.of(digest)));

        assertThat(html).contains("Trade from BEL fell by half against the previous four weeks.")
                .contains("period-over-period change -52.0% (threshold 30%)");
        // a real line chart: three points, highest value at the top (smallest y)
        assertThat(html).contains("<svg class=\"trend\"").contains("<polyline points=\"6.0,54.0 120.0,")
                .contains("234.0,6.0\"");
        assertThat(html).contains("514.5 million in 2025").contains("+71.5% over the series");
        assertThat(html).contains("href=\"https://news.example.org/a/1?x&#61;1&amp;y&#61;2\"")
                .contains("Belgian exports reached $514.5 million.");
        assertThat(html).contains("<td>trade</td><td class=\"num\">4</td>")
                .contains("<td>trade</td><td>USD</td><td class=\"num\" title=\"514,500,000\">514.5 million</td>");
    }

    @Test
    void aSanctionLiftedIsShownAsEased() {
        Digest digest = Samples.digest("USA", "SYR", "2026-W47", "The United States lifted most sanctions on Syria on Monday.",
                "https://news.example.org/a/2", 1);
        NewsEvent trade = digest.topEvents().get(0);
        NewsEvent lifted = new NewsEvent("f-085", EventKind.SANCTION, "085", null, "USA", "SYR", trade.date(), null, null,
                trade.evidence(), trade.source(), "newsmon");
        NewsEvent imposed = new NewsEvent("f-163", EventKind.SANCTION, "163", null, "USA", "SYR", trade.date(), null, null,
                trade.evidence(), trade.source(), "newsmon");
        Digest withSanctions = new Digest(digest.id(), digest.scope(), digest.country(), digest.partner(), digest.period(),
                digest.from(), digest.to(), digest.counts(), digest.amounts(), digest.figures(), List.of(lifted), digest.alerts(),
                digest.articles());
        assertThat(renderer.markdown(DigestView.of(withSanctions, DigestName.of(withSanctions)))).contains("**sanction eased**");
        Digest imposedOnly = new Digest(digest.id(), digest.scope(), digest.country(), digest.partner(), digest.period(),
                digest.from(), digest.to(), digest.counts(), digest.amounts(), digest.figures(), List.of(imposed), digest.alerts(),
                digest.articles());
        assertThat(renderer.markdown(DigestView.of(imposedOnly, DigestName.of(imposedOnly))))
                .contains("**sanction**").doesNotContain("eased");
        // a GDELT "yield" code of the catch-all kind ("declare truce", 0871) is no eased sanction
        NewsEvent truce = new NewsEvent("f-0871", EventKind.OTHER, "0871", null, "USA", "SYR", trade.date(), null, null,
                trade.evidence(), trade.source(), "gdelt");
        Digest truceOnly = new Digest(digest.id(), digest.scope(), digest.country(), digest.partner(), digest.period(),
                digest.from(), digest.to(), digest.counts(), digest.amounts(), digest.figures(), List.of(truce), digest.alerts(),
                digest.articles());
        assertThat(renderer.markdown(DigestView.of(truceOnly, DigestName.of(truceOnly))))
                .contains("**other**").doesNotContain("eased");
    }

    @Test
    void markdownEscapesArticleTextToo() {
        Digest digest = Samples.digest("KAZ", null, "2026-11-24", EVIL + "\n# injected heading", "ftp://x.example/", 1);
        String md = renderer.markdown(DigestView.of(digest, DigestName.of(digest)));

        assertThat(md).startsWith("# Digest KAZ \u00b7 2026-11-24")
                .doesNotContain("<script>").contains("&lt;script&gt;")
                .doesNotContain("](javascript:").contains("\\[click\\]\\(javascript:alert\\(1\\)\\)")
                .doesNotContain("\n# injected").doesNotContain("(ftp://");
        assertThat(md).contains("| trade | 4 |").contains("| trade | USD | 514.5 million |");
    }

    @Test
    void fileNamesComeFromValidatedCodesAndPeriodOnly() throws Exception {
        DigestSite site = new DigestSite(dir, renderer);
        site.publish(Samples.digest("KAZ", null, "2026-W47", "x", null, 1));
        site.publish(Samples.digest("BEL", "KAZ", "2026-W47", "y", null, 1));
        site.writeIndex();

        assertThat(dir.resolve("KAZ_2026-W47.html")).exists();
        assertThat(dir.resolve("KAZ_2026-W47.md")).exists();
        assertThat(dir.resolve("BEL-KAZ_2026-W47.html")).exists();
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index).contains("href=\"BEL-KAZ_2026-W47.html\"").contains("href=\"KAZ_2026-W47.html\"");
        assertThat(Files.readString(dir.resolve("index.md"))).contains("(KAZ_2026-W47.md)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void rejectsCodesOrPeriodsThatCouldNameAPath() {
        assertThatThrownBy(() -> DigestName.of(Samples.digest("../../etc", null, "2026-W47", "x", null, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("country '../../etc'");
        assertThatThrownBy(() -> DigestName.of(Samples.digest("KAZ", "BEL/..", "2026-W47", "x", null, 1)))
                .hasMessageContaining("partner");
        assertThatThrownBy(() -> DigestName.of(Samples.digest("KAZ", null, "2026-W47/../../x", "x", null, 1)))
                .hasMessageContaining("period");
        Digest mismatched = Samples.digest("KAZ", null, "2026-W47", "x", null, 1);
        Digest forged = new Digest("FRA|2026-W47", mismatched.scope(), "KAZ", null, "2026-W47", null, null,
                null, null, null, null, null, 0);
        assertThatThrownBy(() -> DigestName.of(forged)).hasMessageContaining("does not match");
        assertThat(DigestName.parseFileBase("index")).isEmpty();
        assertThat(DigestName.ofId("BEL-KAZ|2026-W47").fileBase()).isEqualTo("BEL-KAZ_2026-W47");
    }

    @Test
    void laterVersionReplacesThePages() throws Exception {
        DigestSite site = new DigestSite(dir, renderer);
        site.publish(Samples.digest("KAZ", null, "2026-W47", "first version", null, 1));
        site.publish(Samples.digest("KAZ", null, "2026-W47", "second version", null, 2));
        String html = Files.readString(dir.resolve("KAZ_2026-W47.html"));
        assertThat(html).contains("second version").doesNotContain("first version");
    }
}
