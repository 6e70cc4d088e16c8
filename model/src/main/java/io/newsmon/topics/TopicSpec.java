package io.newsmon.topics;

/**
 * One public topic: its name, what its keys and values are, and how it is kept.
 *
 * @param name          topic name
 * @param key           what the record key is
 * @param valueSchema   the record type of the value (JSON), by its simple class name
 * @param cleanupPolicy "delete" or "compact"
 * @param description   what the topic is for
 */
public record TopicSpec(String name, String key, String valueSchema, String cleanupPolicy, String description) {
    public boolean compacted() {
        return cleanupPolicy.contains("compact");
    }
}
