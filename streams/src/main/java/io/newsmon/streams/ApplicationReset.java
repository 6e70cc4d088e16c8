package io.newsmon.streams;

import io.newsmon.config.NewsmonConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;

/**
 * The broker side of reprocessing from scratch, as Kafka's {@code kafka-streams-application-reset}
 * tool does it: forget the application's committed input offsets (its consumer group is deleted,
 * so it starts again at the earliest offsets) and delete its internal repartition and changelog
 * topics. Every instance must be stopped first, and each instance's local state wiped
 * ({@link NewsmonStreams#cleanUp()}) before it starts again. Output topics are left as they are.
 */
public final class ApplicationReset {
    private ApplicationReset() {
    }

    /**
     * @param timeout how long to wait for the group to be empty (members of a stopped instance that
     *                did not leave are dropped after the session timeout) and the topics to be gone
     * @return the internal topics deleted
     */
    public static List<String> reset(NewsmonConfig config, Duration timeout) {
        String applicationId = config.getString(NewsmonConfig.APPLICATION_ID);
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.getString(NewsmonConfig.BOOTSTRAP_SERVERS));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            deleteGroup(admin, applicationId, deadline);
            List<String> internal = admin.listTopics().names().get().stream()
                    .filter(t -> isInternal(applicationId, t)).sorted().toList();
            admin.deleteTopics(internal).all().get();
            // topic deletion completes asynchronously; a restart must not find the old ones
            while (true) {
                Set<String> left = admin.listTopics().names().get();
                if (internal.stream().noneMatch(left::contains)) {
                    return internal;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("internal topics still present after " + timeout + ": " + internal);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting " + applicationId, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not reset " + applicationId + ": " + e.getCause(), e.getCause());
        }
    }

    /** Internal topics Kafka Streams names "{application.id}-…-repartition" and "…-changelog". */
    static boolean isInternal(String applicationId, String topic) {
        return topic.startsWith(applicationId + "-") && (topic.endsWith("-repartition") || topic.endsWith("-changelog"));
    }

    private static void deleteGroup(Admin admin, String group, long deadline) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return; // never committed anything: nothing to forget
                }
                if (!(e.getCause() instanceof GroupNotEmptyException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500); // an instance still a member: stopped ones drop out after the session timeout
            }
        }
    }
}
