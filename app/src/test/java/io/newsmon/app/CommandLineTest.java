package io.newsmon.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.app.cli.NewsmonCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad arguments and unreachable brokers give one clear line and a non-zero exit, never a hang. */
class CommandLineTest {

    @Test
    void unknownCommandIsAUsageError() {
        Result r = run("frobnicate");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).contains("frobnicate");
    }

    @Test
    void extractOfAMissingFileSaysWhich() {
        Result r = run("extract", "/no/such/news.txt");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).contains("no such file or directory: /no/such/news.txt");
    }

    @Test
    void stageWithoutAClusterSaysHowToGiveOne() {
        Result r = run("streams");
        assertThat(r.status).isEqualTo(2);
        assertThat(r.err).contains("--bootstrap-servers");
    }

    @Test
    void unreachableBrokerFailsWithinItsTimeout() {
        long started = System.nanoTime();
        // nothing listens on port 1 of the loopback address
        Result r = run("streams", "--bootstrap-servers", "127.0.0.1:1");
        assertThat(r.status).isEqualTo(1);
        assertThat(r.err).contains("127.0.0.1:1").contains("did not answer");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(120);
    }

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        // picocli reads descriptions as format strings: a bare "5 % faster" is a broken specifier,
        // which it reports on standard error and then prints the help unformatted
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        StringBuilder help = new StringBuilder();
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            CommandLine cli = NewsmonCommand.commandLine();
            help.append(cli.getUsageMessage());
            cli.getSubcommands().values().forEach(sub -> help.append(sub.getUsageMessage()));
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(help).contains("--rules-only").contains("about 5 % faster").doesNotContain("%n");
    }

    private record Result(int status, String err) {
    }

    private static Result run(String... args) {
        CommandLine cli = NewsmonCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Result(status, err.toString());
    }
}
