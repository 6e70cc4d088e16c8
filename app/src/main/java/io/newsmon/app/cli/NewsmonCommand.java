package io.newsmon.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsmon", mixinStandardHelpOptions = true, version = "newsmon 0.1.0",
        description = "Turns news into facts and alerts about relations between countries.",
        subcommands = {DemoCommand.class, ExtractCommand.class, ProducerCommand.class, StreamsCommand.class,
                ConsumerCommand.class, BrokerCommand.class, EvaluateCommand.class, TrainCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class NewsmonCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: demo, extract, producer, streams, consumer, config");
    }

    /** The command line, with errors reported as one clear line and a non-zero exit status. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsmonCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsmon: " + describe(ex));
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }

    private static String describe(Throwable ex) {
        StringBuilder sb = new StringBuilder(String.valueOf(ex.getMessage()));
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
                sb.append(": ").append(cause.getMessage());
            }
        }
        return sb.toString();
    }
}
