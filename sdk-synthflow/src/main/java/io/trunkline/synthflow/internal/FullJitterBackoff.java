package io.trunkline.synthflow.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with full jitter (AWS's "FullJitter"): before retry {@code n} wait a uniformly
 * random time in {@code [0, min(maxBackoff, initialBackoff * 2^(n-1))]}. A {@code Retry-After} the
 * vendor sent wins when it fits under {@code maxBackoff}; when it asks for longer, the answer is
 * {@code -1}, which makes resilience4j stop retrying so the caller gets the rate-limit error at once
 * instead of a blocked thread (Synthflow documents no such header; this is for proxies in between).
 */
public final class FullJitterBackoff implements IntervalBiFunction<Object> {

    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Random random;

    /**
     * @param initialBackoff the cap before the first retry
     * @param maxBackoff the cap never exceeded
     * @param random the jitter source; seed it in tests for repeatable waits
     */
    public FullJitterBackoff(Duration initialBackoff, Duration maxBackoff, Random random) {
        this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        if (outcome != null && outcome.isLeft() && outcome.getLeft() instanceof RetryableFailure failure
            && failure.retryAfter() != null) {
            return failure.retryAfter().compareTo(maxBackoff) <= 0 ? failure.retryAfter().toMillis() : -1L;
        }
        return (long) (random.nextDouble() * ceiling(attempt));
    }

    /**
     * @param attempt the attempt that just failed, from 1
     * @return the largest wait in milliseconds before the next attempt
     */
    public long ceiling(int attempt) {
        long cap = maxBackoff.toMillis();
        long ceiling = initialBackoff.toMillis();
        for (int i = 1; i < attempt && ceiling < cap; i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, cap);
    }
}
