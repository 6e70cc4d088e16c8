package io.newsmon.model;

import java.time.Instant;

/**
 * Input newsmon could not use, parked with the reason so that nothing is lost silently.
 *
 * @param stage   where it failed: "producer", "streams", "consumer"
 * @param origin  the file, URL or topic-partition@offset it came from
 * @param reason  what was wrong, in words
 * @param payload the raw input (truncated to 64 KiB), so it can be fixed and replayed
 * @param at      when it was parked
 */
public record DeadLetter(String stage, String origin, String reason, String payload, Instant at) {
    public static final int MAX_PAYLOAD = 64 * 1024;

    public DeadLetter {
        if (payload != null && payload.length() > MAX_PAYLOAD) {
            payload = payload.substring(0, MAX_PAYLOAD);
        }
    }
}
