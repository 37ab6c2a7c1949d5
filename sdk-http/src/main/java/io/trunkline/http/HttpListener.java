package io.trunkline.http;

import io.trunkline.core.exception.Vendor;
import java.time.Duration;

/**
 * Hears what a vendor client's HTTP pipeline does, e.g. to count requests, retries and rate-limit
 * waits in a metrics registry. Every method has an empty default, so implement only what you need.
 * Called on the thread that sends the request; keep it quick and never throw from it. Events carry
 * no URL, header or body, so nothing secret can reach a listener.
 *
 * <pre>{@code
 * HttpOptions http = HttpOptions.builder()
 *         .listener(new HttpListener() {
 *             public void attemptFinished(HttpListener.Attempt attempt) {
 *                 registry.timer("vendor.requests", "vendor", attempt.vendor().displayName(),
 *                         "status", Integer.toString(attempt.status())).record(attempt.duration());
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public interface HttpListener {

    /**
     * One attempt of an operation ended, with an answer or without one.
     *
     * @param attempt what happened
     */
    default void attemptFinished(Attempt attempt) {
    }

    /**
     * An attempt failed in a way worth retrying, and the client will wait, then send again.
     *
     * @param retry the wait and why
     */
    default void retryScheduled(Retry retry) {
    }

    /**
     * The client waits before sending because of a vendor's rate limit (Aircall's client-side budget,
     * or a pause Aircall asked for); retry waits are reported by {@link #retryScheduled} instead.
     *
     * @param wait the wait
     */
    default void rateLimitWait(RateLimitWait wait) {
    }

    /**
     * One finished attempt.
     *
     * @param vendor the vendor, e.g. {@link Vendor#AIRCALL}
     * @param operation the operation in domain words, e.g. {@code "get number"}
     * @param attempt 1 for the first attempt
     * @param status the HTTP status, or 0 when no answer came (connection failure, timeout)
     * @param duration from sending to the answer's headers (or the failure)
     */
    record Attempt(Vendor vendor, String operation, int attempt, int status, Duration duration) {
    }

    /**
     * A retry about to wait.
     *
     * @param vendor the vendor
     * @param operation the operation
     * @param failedAttempt the attempt that failed, 1 for the first
     * @param status the failed attempt's HTTP status, or 0 when no answer came
     * @param delay how long the client waits before the next attempt
     */
    record Retry(Vendor vendor, String operation, int failedAttempt, int status, Duration delay) {
    }

    /**
     * A wait for a rate limit before sending.
     *
     * @param vendor the vendor
     * @param operation the operation about to be sent
     * @param delay how long the client waits
     */
    record RateLimitWait(Vendor vendor, String operation, Duration delay) {
    }
}
