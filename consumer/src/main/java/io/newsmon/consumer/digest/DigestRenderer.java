package io.newsmon.consumer.digest;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders digests and the digest index to HTML and Markdown with Mustache templates. Every value
 * is escaped by the engine on the way out (HTML entities for HTML; entities and backslash escapes
 * for Markdown), so article text cannot inject markup into either.
 */
public final class DigestRenderer {
    private static final String TEMPLATES = "io/newsmon/consumer/digest";

    private final Mustache digestHtml;
    private final Mustache digestMarkdown;
    private final Mustache indexHtml;
    private final Mustache indexMarkdown;

    /** One entry of the index: a digest's name and its two files. */
    public record IndexEntry(String scope, String period, String html, String markdown) {
        public static IndexEntry of(DigestName name) {
            return new IndexEntry(name.scopeLabel(), name.period(), name.fileBase() + ".html", name.fileBase() + ".md");
        }
    }

    /** The index page's content. */
    public record IndexView(List<IndexEntry> entries) {
        public boolean hasEntries() {
            return !entries.isEmpty();
        }
    }

    public DigestRenderer() {
        MustacheFactory html = new DefaultMustacheFactory(TEMPLATES);
        MustacheFactory markdown = new MarkdownMustacheFactory();
        this.digestHtml = html.compile("digest.html.mustache");
        this.indexHtml = html.compile("index.html.mustache");
        this.digestMarkdown = markdown.compile("digest.md.mustache");
        this.indexMarkdown = markdown.compile("index.md.mustache");
    }

    public String html(DigestView digest) {
        return render(digestHtml, digest);
    }

    public String markdown(DigestView digest) {
        return render(digestMarkdown, digest);
    }

    public String indexHtml(List<DigestName> names) {
        return render(indexHtml, index(names));
    }

    public String indexMarkdown(List<DigestName> names) {
        return render(indexMarkdown, index(names));
    }

    private static IndexView index(List<DigestName> names) {
        return new IndexView(names.stream().sorted().map(IndexEntry::of).toList());
    }

    private static String render(Mustache template, Object scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }

    /**
     * Escapes for Markdown: HTML-significant characters become entities (Markdown passes raw HTML
     * through) and Markdown's link, code, table and emphasis punctuation is backslash-escaped; line breaks are flattened so a value
     * cannot start a heading, list or quote of its own.
     */
    static String escapeMarkdown(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n', '\t' -> out.append(' ');
                // link, image, code, table and heading syntax; '_' is left alone so file names read plainly
                case '\\', '`', '*', '[', ']', '(', ')', '#', '|', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final class MarkdownMustacheFactory extends DefaultMustacheFactory {
        MarkdownMustacheFactory() {
            super(TEMPLATES);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escapeMarkdown(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
