package io.newsmon.topics;

import io.newsmon.config.NewsmonConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates newsmon's topics (as {@link Topics} describes them) where they do not exist yet. */
public final class TopicAdmin {
    private static final long TIMEOUT_SECONDS = 30;

    private TopicAdmin() {
    }

    private static IllegalStateException unreachable(NewsmonConfig config, Throwable cause) {
        return new IllegalStateException("Kafka at " + config.bootstrapServers() + " did not answer within "
                + TIMEOUT_SECONDS + " s: is the broker running and reachable?", cause);
    }

    /**
     * Creates every missing topic; existing ones are left as they are.
     *
     * @return the names of the topics created
     * @throws IllegalStateException when the cluster does not answer in time (unreachable broker)
     */
    public static List<String> ensureTopics(NewsmonConfig config) {
        Map<String, Object> props = config.clientProperties();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : Topics.ALL) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), config.getInt(NewsmonConfig.TOPIC_PARTITIONS),
                            config.getShort(NewsmonConfig.TOPIC_REPLICATION))
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, spec.cleanupPolicy())));
                }
            }
            try {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another instance creating the same topic at once is fine
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (TimeoutException e) {
            throw unreachable(config, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(config, e.getCause());
            }
            throw new IllegalStateException("cannot create topics on " + config.bootstrapServers() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
