package io.newsmon.consumer;

/**
 * What one subscription has done since it started.
 *
 * @param delivered   alerts and digests that matched and reached every channel (or were parked by one)
 * @param filteredOut records read that did not match the subscription
 * @param parked      channel deliveries given up on and parked on the dead-letter topic
 * @param unreadable  records that were not valid JSON (parked too)
 */
public record SubscriptionStats(long delivered, long filteredOut, long parked, long unreadable) {
}
