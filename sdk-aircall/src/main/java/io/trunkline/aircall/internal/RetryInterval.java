package io.trunkline.aircall.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.trunkline.aircall.client.AircallConfig;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * How long to wait before the next attempt, in milliseconds, or {@code -1} to stop.
 *
 * <p>A 429 that says when to come back ({@code X-AircallApi-Reset} / {@code Retry-After}) is waited
 * out exactly, unless that exceeds {@code maxRateLimitWait}. Everything else uses exponential backoff
 * with <em>full jitter</em> — a uniform random wait in {@code [0, min(maxBackoff, initial · 2^(n-1))]}
 * — which spreads retries of concurrent clients best (AWS's "Exponential Backoff And Jitter").
 */
final class RetryInterval implements IntervalBiFunction<Object> {

    private final long initialMillis;
    private final long maxMillis;
    private final Duration maxRateLimitWait;
    private final Random random;

    RetryInterval(AircallConfig config, Random random) {
        this.initialMillis = config.initialBackoff().toMillis();
        this.maxMillis = config.maxBackoff().toMillis();
        this.maxRateLimitWait = config.maxRateLimitWait();
        this.random = random;
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        Optional<Duration> hint = outcome.isLeft() && outcome.getLeft() instanceof TransientFailure failure
                ? failure.waitHint() : Optional.empty();
        if (hint.isPresent()) {
            return hint.get().compareTo(maxRateLimitWait) > 0 ? -1L : hint.get().toMillis();
        }
        return backoff(attempt);
    }

    private long backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long cap = Math.min(maxMillis, initialMillis << doublings);
        return random.nextLong(cap + 1);
    }
}
