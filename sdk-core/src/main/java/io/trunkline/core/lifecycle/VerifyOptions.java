package io.trunkline.core.lifecycle;

import io.trunkline.core.spi.RegistrationStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link IntegrationEngine#verify} waits for things that settle, such as SIP registration
 * (the guide: 1–2 minutes after attaching the number).
 *
 * @param registrationDeadline how long to wait for registration at most (default 3 minutes)
 * @param pollInterval how often to read the registration status (default 10 seconds)
 * @param listener told about each wait
 */
public record VerifyOptions(Duration registrationDeadline, Duration pollInterval, Listener listener) {

    /** Receives progress while verify waits. */
    @FunctionalInterface
    public interface Listener {
        /** Ignores progress. */
        Listener NONE = (status, elapsed, remaining) -> { };

        /**
         * @param status the last status read
         * @param elapsed time waited so far
         * @param remaining time left before the deadline
         */
        void waiting(RegistrationStatus status, Duration elapsed, Duration remaining);
    }

    /** Checks the values. */
    public VerifyOptions {
        Objects.requireNonNull(registrationDeadline, "registrationDeadline");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(listener, "listener");
        if (registrationDeadline.isNegative() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("registrationDeadline must be >= 0 and pollInterval > 0, got "
                    + registrationDeadline + " and " + pollInterval);
        }
    }

    /** @return 3 minutes deadline, 10 seconds between polls, no listener */
    public static VerifyOptions defaults() {
        return new VerifyOptions(Duration.ofMinutes(3), Duration.ofSeconds(10), Listener.NONE);
    }

    /** @param listener progress listener @return a copy with it */
    public VerifyOptions withListener(Listener listener) {
        return new VerifyOptions(registrationDeadline, pollInterval, listener);
    }
}
