package io.newsmon.producer.input;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The readable text of an HTML element: its paragraphs, headings and list items, one block per paragraph. */
final class HtmlText {
    /** Elements that are page furniture, never the story. */
    static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, form, "
            + "button, select, iframe, svg, canvas, figure, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=complementary]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, table, td, th";

    private HtmlText() {
    }

    /** Text of an HTML fragment (a feed item's description or content). */
    static String ofFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(BOILERPLATE).remove();
        return blocks(body);
    }

    /**
     * Paragraphs joined by blank lines. Nested blocks (a paragraph inside a quote) count once; text
     * sitting directly in a container with no paragraphs is taken whole.
     */
    static String blocks(Element root) {
        Elements candidates = root.select(BLOCKS);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : candidates) {
            if (hasBlockAncestor(block, root)) {
                continue;
            }
            String text = block.is("table") ? table(block) : block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return root.wholeText().strip().replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n");
        }
        String joined = String.join("\n\n", paragraphs);
        // Text outside any block (a bare sentence in a div) would be lost; keep the whole text then.
        return root.text().length() > joined.replace("\n\n", " ").length() * 2 ? root.text().strip() : joined;
    }

    /**
     * A table as lines of tab-separated cells under its caption, so that its figures keep their row and
     * column ({@code TableFigures} in the extractor reads them).
     */
    private static String table(Element table) {
        StringBuilder text = new StringBuilder();
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            text.append(caption.text().strip()).append('\n');
        }
        for (Element row : table.select("tr")) {
            StringBuilder line = new StringBuilder();
            for (Element cell : row.select("th, td")) {
                line.append(line.isEmpty() ? "" : "\t").append(cell.text().strip());
            }
            if (!line.toString().isBlank()) {
                text.append(line).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }
}
