package io.newsmon.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsmon.model.Alert;
import io.newsmon.serde.Json;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * An append-only JSON-lines file of alerts, one per id. The ids already in the file are read at
 * open, so an alert delivered again (after a crash between write and offset commit, or when the
 * streams stage reprocesses) is skipped. Appends are buffered until {@link #sync()}, which writes
 * and fsyncs them; only then may the caller commit the offsets.
 */
public final class AlertLog implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final Set<String> ids = new HashSet<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private AlertLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens (or creates) the file and reads the ids in it. A last line without its newline is the
     * remains of a write cut short by a crash; its offset was never committed, so it is cut off
     * here and the alert is written again when it is redelivered.
     */
    public static AlertLog open(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            AlertLog log = new AlertLog(file, channel);
            log.truncateTornTail();
            log.readIds();
            channel.position(channel.size());
            return log;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Buffers the alert unless its id is already in the file (or buffered); true when it was new. */
    public boolean append(Alert alert) throws JsonProcessingException {
        if (!ids.add(alert.id())) {
            return false;
        }
        byte[] line = Json.mapper().writeValueAsBytes(alert);
        pending.writeBytes(line);
        pending.write('\n');
        return true;
    }

    /** Writes the buffered alerts and forces them to disk. */
    public void sync() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(pending.toByteArray());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
        pending.reset();
    }

    public boolean contains(String alertId) {
        return ids.contains(alertId);
    }

    public int size() {
        return ids.size();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void truncateTornTail() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        long end = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < size) {
            channel.truncate(end);
            channel.force(true);
        }
    }

    private void readIds() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode id;
                try {
                    id = Json.mapper().readTree(line).get("id");
                } catch (JsonProcessingException e) {
                    throw new IOException(file + " line " + number + " is not an alert JSON line: " + e.getOriginalMessage(), e);
                }
                if (id == null || !id.isTextual()) {
                    throw new IOException(file + " line " + number + " has no alert id");
                }
                ids.add(id.asText());
            }
        }
    }
}
