package io.newsmon.producer.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;

/**
 * One opened input: where it came from, its bytes, and the facts about it readers may need.
 *
 * @param origin    the file path, URL or "stdin", as item origins start
 * @param name      the file name (or URL path) whose extension hints at the format; "" for stdin
 * @param bytes     the content; supports mark/reset so the format can be sniffed first
 * @param published publication time for articles that state none (see {@link ReadOptions})
 * @param url       the address it was fetched from, or null for files and stdin
 */
record Input(String origin, String name, BufferedInputStream bytes, Instant published, String url) {
    /** How much of the start of an input format sniffing looks at. */
    static final int HEAD_SIZE = 8192;

    static Input of(String origin, String name, InputStream in, Instant published, String url) {
        return new Input(origin, name, new BufferedInputStream(in, 64 * 1024), published, url);
    }

    /** The first bytes, leaving the stream where it was. */
    byte[] head() throws IOException {
        bytes.mark(HEAD_SIZE);
        byte[] buffer = new byte[HEAD_SIZE];
        int total = 0;
        int n;
        while (total < HEAD_SIZE && (n = bytes.read(buffer, total, HEAD_SIZE - total)) > 0) {
            total += n;
        }
        bytes.reset();
        return Arrays.copyOf(buffer, total);
    }
}
