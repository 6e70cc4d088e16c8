package io.newsmon.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.model.Alert;
import io.newsmon.serde.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertLogTest {
    @TempDir
    Path dir;

    @Test
    void skipsIdsAlreadyInTheFileAfterReopening() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        try (AlertLog log = AlertLog.open(file)) {
            assertThat(log.append(Samples.alert("a1"))).isTrue();
            assertThat(log.append(Samples.alert("a2"))).isTrue();
            assertThat(log.append(Samples.alert("a1"))).isFalse();
            log.sync();
        }
        try (AlertLog log = AlertLog.open(file)) {
            assertThat(log.append(Samples.alert("a2"))).isFalse();
            assertThat(log.append(Samples.alert("a3"))).isTrue();
            log.sync();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().map(l -> read(l).id())).containsExactly("a1", "a2", "a3");
        assertThat(read(lines.get(0))).isEqualTo(Samples.alert("a1"));
    }

    @Test
    void nothingReachesTheFileBeforeSync() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        try (AlertLog log = AlertLog.open(file)) {
            log.append(Samples.alert("a1"));
            assertThat(Files.size(file)).isZero();
            log.sync();
            assertThat(Files.size(file)).isPositive();
        }
    }

    @Test
    void cutsOffALineTornByACrash() throws Exception {
        Path file = dir.resolve("alerts.jsonl");
        String whole = Json.mapper().writeValueAsString(Samples.alert("a1")) + "\n";
        String torn = Json.mapper().writeValueAsString(Samples.alert("a2")).substring(0, 40);
        Files.writeString(file, whole + torn, StandardCharsets.UTF_8, StandardOpenOption.CREATE);
        try (AlertLog log = AlertLog.open(file)) {
            assertThat(log.contains("a1")).isTrue();
            assertThat(log.append(Samples.alert("a2"))).isTrue();
            log.sync();
        }
        assertThat(Files.readAllLines(file).stream().map(l -> read(l).id())).containsExactly("a1", "a2");
    }

    private static Alert read(String line) {
        try {
            return Json.mapper().readValue(line, Alert.class);
        } catch (Exception e) {
            throw new AssertionError("not an alert line: " + line, e);
        }
    }
}
