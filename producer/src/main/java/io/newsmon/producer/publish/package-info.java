/**
 * Publishing to Kafka: {@link io.newsmon.producer.publish.NewsPublisher} sends articles, events and
 * dead letters with an idempotent producer ({@code acks=all}) and bounded waits, and reports what it
 * sent in a {@link io.newsmon.producer.publish.PublishReport}.
 */
package io.newsmon.producer.publish;
