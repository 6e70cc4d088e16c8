package io.newsmon.app.cli;

import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a real single-node Kafka broker (KRaft) in this process until stopped,",
                "for running the stages separately on a machine with no Kafka. Prints its address."})
final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--bootstrap-file", paramLabel = "FILE",
            description = "Also write the broker's host:port to this file once it is ready.")
    Path bootstrapFile;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "newsmon-broker-stop"));
            System.out.println(broker.bootstrapServers());
            System.out.flush();
            if (bootstrapFile != null) {
                Path tmp = bootstrapFile.resolveSibling(bootstrapFile.getFileName() + ".tmp");
                Files.writeString(tmp, broker.bootstrapServers(), StandardCharsets.UTF_8);
                Files.move(tmp, bootstrapFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            System.err.println("newsmon broker running at " + broker.bootstrapServers() + "; Ctrl-C stops it");
            stopped.await();
        }
        return 0;
    }
}
