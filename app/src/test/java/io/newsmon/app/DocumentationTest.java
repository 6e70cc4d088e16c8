package io.newsmon.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.app.cli.NewsmonCommand;
import io.newsmon.topics.TopicSpec;
import io.newsmon.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README is the one place topics and configuration keys are documented: keep it true. */
class DocumentationTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyTopicIsDocumentedWithItsValueAndCleanupPolicy() throws IOException {
        List<String> lines = Files.readAllLines(README);
        for (TopicSpec topic : Topics.ALL) {
            assertThat(lines).as("README row for topic %s", topic.name())
                    .anySatisfy(line -> {
                        List<String> cells = cells(line);
                        assertThat(cells).hasSize(5);
                        assertThat(cells.get(0)).isEqualTo("`" + topic.name() + "`");
                        assertThat(cells.get(2)).isEqualTo("`" + topic.valueSchema() + "`");
                        assertThat(cells.get(3)).isEqualTo(topic.cleanupPolicy());
                    });
        }
        long documented = lines.stream().filter(l -> l.startsWith("| `newsmon.") && cells(l).size() == 5).count();
        assertThat(documented).as("topics in the README but not in Topics.ALL").isEqualTo(Topics.ALL.size());
    }

    @Test
    void configurationTableIsTheOneTheCodePrints() throws IOException {
        String readme = Files.readString(README);
        String start = "<!-- config-table:start -->\n";
        String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf("<!-- config-table:end -->"));
        assertThat(table).isEqualTo(run("config"));
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        // a pipe escaped as \| belongs to the cell
        String[] raw = line.substring(1).split("(?<!\\\\)\\|", -1);
        return Arrays.stream(raw, 0, raw.length - 1).map(String::trim).toList();
    }

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertThat(NewsmonCommand.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
