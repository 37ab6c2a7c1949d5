package io.trunkline.core.time;

import java.time.Duration;

/**
 * Waits for a duration. Everything in Trunkline that waits (retry backoff, rate-limit pacing,
 * registration polling) goes through a {@code Sleeper} so that tests can substitute one that
 * advances a fake clock instead of blocking.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks for {@code duration}.
     *
     * @param duration how long to wait; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** @return a sleeper that really blocks the calling thread */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
