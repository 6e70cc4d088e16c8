package io.newsmon.app.cli;

import io.newsmon.config.NewsmonConfig;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine.Command;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print every configuration key with its type, default and meaning (Markdown table).")
final class ConfigCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(markdownTable());
        return 0;
    }

    static String markdownTable() {
        StringBuilder sb = new StringBuilder("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (ConfigDef.ConfigKey key : NewsmonConfig.DEFINITION.configKeys().values()) {
            Object dflt = key.defaultValue;
            String shown = dflt == null || dflt.toString().isEmpty() ? "(empty)" : dflt.toString();
            if (key.name.equals(NewsmonConfig.STATE_DIR)) {
                shown = "$TMPDIR/newsmon-streams";
            }
            sb.append("| `").append(key.name).append("` | ").append(key.type.name().toLowerCase())
                    .append(" | `").append(shown).append("` | ").append(key.documentation).append(" |\n");
        }
        return sb.toString();
    }
}
