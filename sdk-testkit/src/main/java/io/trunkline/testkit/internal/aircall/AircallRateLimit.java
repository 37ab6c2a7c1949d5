package io.trunkline.testkit.internal.aircall;

import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.internal.SimResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Aircall's per-company request budget (documented: 120 requests per minute). Aircall calls its
 * algorithm a leaky bucket; the simulator uses a fixed window that opens with the first request,
 * which gives the same "N per window" budget and a well-defined reset instant for
 * {@code X-AircallApi-Reset}. A refused request does not use up budget.
 */
public final class AircallRateLimit {

    private final int limit;
    private final Duration window;
    private final AircallSimulator.RateLimitHeaders headers;
    private final ChronoUnit resetUnit;
    private final Clock clock;

    private Instant windowStart;
    private int used;
    private long accepted;
    private long refused;

    /**
     * @param limit requests per window
     * @param window the window length
     * @param headers when to send the headers
     * @param resetUnit {@code SECONDS} or {@code MILLIS} for the reset timestamp
     * @param clock the simulator clock
     */
    public AircallRateLimit(int limit, Duration window, AircallSimulator.RateLimitHeaders headers, ChronoUnit resetUnit, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.headers = headers;
        this.resetUnit = resetUnit;
        this.clock = clock;
    }

    /** The outcome for one request. */
    record Decision(boolean allowed, int remaining, Instant resetAt) {
    }

    Decision acquire() {
        Instant now = clock.instant();
        if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            used = 0;
        }
        boolean allowed = used < limit;
        if (allowed) {
            used++;
            accepted++;
        } else {
            refused++;
        }
        return new Decision(allowed, limit - used, windowStart.plus(window));
    }

    SimResponse decorate(SimResponse response, Decision decision) {
        if (headers == AircallSimulator.RateLimitHeaders.ONLY_WHEN_LIMITED && decision.allowed()) {
            return response;
        }
        long reset = resetUnit == ChronoUnit.MILLIS
                ? decision.resetAt().toEpochMilli()
                : (decision.resetAt().toEpochMilli() + 999) / 1000;
        return response.header("X-AircallApi-Limit", String.valueOf(limit))
                .header("X-AircallApi-Remaining", String.valueOf(decision.remaining()))
                .header("X-AircallApi-Reset", String.valueOf(reset));
    }

    /** Forgets the window and the counters. */
    public void reset() {
        windowStart = null;
        used = 0;
        accepted = 0;
        refused = 0;
    }

    /** @return requests that passed the limit since the last reset */
    public long accepted() {
        return accepted;
    }

    /** @return requests refused with 429 since the last reset */
    public long refused() {
        return refused;
    }
}
