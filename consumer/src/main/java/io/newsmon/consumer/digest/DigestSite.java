package io.newsmon.consumer.digest;

import io.newsmon.model.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digests folder: one {@code <name>.md} and {@code <name>.html} per digest id, and an
 * {@code index.html}/{@code index.md} linking them all. Each file is replaced atomically (written
 * to a temporary file, synced, then moved over the old one), so a reader never sees half a page and
 * a crash leaves either the old or the new version.
 */
public final class DigestSite {
    private final Path dir;
    private final DigestRenderer renderer;

    public DigestSite(Path dir, DigestRenderer renderer) {
        this.dir = dir;
        this.renderer = renderer;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create digest folder " + dir, e);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes (or replaces) the pages of a digest.
     *
     * @return the name it was written under
     * @throws IllegalArgumentException when the digest's codes or period are not valid (nothing written)
     */
    public DigestName publish(Digest digest) throws IOException {
        DigestName name = DigestName.of(digest);
        DigestView view = DigestView.of(digest, name);
        writeAtomically(dir.resolve(name.fileBase() + ".md"), renderer.markdown(view));
        writeAtomically(dir.resolve(name.fileBase() + ".html"), renderer.html(view));
        return name;
    }

    /** Removes the pages of a digest id (a tombstone on the compacted topic). */
    public void remove(DigestName name) throws IOException {
        Files.deleteIfExists(dir.resolve(name.fileBase() + ".md"));
        Files.deleteIfExists(dir.resolve(name.fileBase() + ".html"));
    }

    /** Rewrites the index from the digest pages present in the folder (so it survives restarts). */
    public void writeIndex() throws IOException {
        List<DigestName> names = published();
        writeAtomically(dir.resolve("index.md"), renderer.indexMarkdown(names));
        writeAtomically(dir.resolve("index.html"), renderer.indexHtml(names));
    }

    /** Digests that have an HTML page in the folder. */
    public List<DigestName> published() throws IOException {
        List<DigestName> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".html"))
                    .map(f -> f.substring(0, f.length() - ".html".length()))
                    .flatMap(base -> DigestName.parseFileBase(base).stream())
                    .forEach(names::add);
        }
        names.sort(null);
        return names;
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(content));
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
