package io.trunkline.testkit;

/**
 * When the Aircall simulator sends {@code X-AircallApi-Limit}, {@code X-AircallApi-Remaining}
 * and {@code X-AircallApi-Reset}. Aircall documents them as available "when the rate limit has
 * been reached" and does not say whether normal responses carry them, so both are offered.
 */
public enum RateLimitHeaders {
    /** On every response that passed authentication (the default). */
    ALWAYS,
    /** Only on 429 responses. */
    ONLY_WHEN_LIMITED
}
