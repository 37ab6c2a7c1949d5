package io.trunkline.http.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.trunkline.http.HttpOptions;
import java.time.Duration;
import java.util.Random;

/**
 * How long to wait before the next attempt, in milliseconds, or {@code -1} to stop.
 *
 * <p>A vendor that says when to come back ({@code Retry-After}, Aircall's reset) is waited out
 * exactly, unless that is longer than {@link HttpOptions#maxRateLimitWait()}: then the caller gets the
 * error at once instead of a blocked thread. Otherwise exponential backoff with <em>full jitter</em>:
 * a uniform random wait in {@code [0, min(maxBackoff, initial · 2^(n-1))]} before retry {@code n},
 * which spreads the retries of concurrent clients best (AWS's "Exponential Backoff And Jitter").
 */
final class RetryInterval implements IntervalBiFunction<Object> {

    private final long initialMillis;
    private final long maxMillis;
    private final Duration maxHint;
    private final Random random;

    RetryInterval(HttpOptions options) {
        this.initialMillis = options.initialBackoff().toMillis();
        this.maxMillis = options.maxBackoff().toMillis();
        this.maxHint = options.maxRateLimitWait();
        this.random = options.jitterSeed().isPresent() ? new Random(options.jitterSeed().getAsLong()) : new Random();
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        Duration hint = outcome != null && outcome.isLeft() && outcome.getLeft() instanceof TransientFailure failure
                ? failure.waitHint() : null;
        if (hint != null) {
            return hint.compareTo(maxHint) > 0 ? -1L : hint.toMillis();
        }
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long cap = Math.min(maxMillis, initialMillis << doublings);
        return random.nextLong(cap + 1);
    }
}
