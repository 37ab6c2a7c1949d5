package io.trunkline.core.lifecycle;

import io.trunkline.core.spi.AgentPlatform;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link IntegrationEngine#verify} waits for things that settle, such as the number's attachment
 * (the guide: 1–2 minutes after attaching the number), and which test call, if any, it looks up.
 * Immutable: each {@code with…}/setter-named method returns a copy.
 *
 * <pre>{@code
 * VerifyOptions options = VerifyOptions.defaults()
 *         .testCall(TestCall.placedBetween(dialledAt.minusSeconds(60), Instant.now()));
 * }</pre>
 */
public final class VerifyOptions {

    private final Duration registrationDeadline;
    private final Duration pollInterval;
    private final Listener listener;
    private final TestCall testCall;

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
        void waiting(AgentPlatform.RegistrationStatus status, Duration elapsed, Duration remaining);
    }

    /**
     * Options without a test call.
     *
     * @param registrationDeadline how long to wait for the attachment at most (default 3 minutes)
     * @param pollInterval how often to read the attachment (default 10 seconds)
     * @param listener told about each wait
     */
    public VerifyOptions(Duration registrationDeadline, Duration pollInterval, Listener listener) {
        this(registrationDeadline, pollInterval, listener, null);
    }

    private VerifyOptions(Duration registrationDeadline, Duration pollInterval, Listener listener, TestCall testCall) {
        this.registrationDeadline = Objects.requireNonNull(registrationDeadline, "registrationDeadline");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.testCall = testCall;
        if (registrationDeadline.isNegative() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("registrationDeadline must be >= 0 and pollInterval > 0, got "
                    + registrationDeadline + " and " + pollInterval);
        }
    }

    /** @return 3 minutes deadline, 10 seconds between polls, no listener, no test call */
    public static VerifyOptions defaults() {
        return new VerifyOptions(Duration.ofMinutes(3), Duration.ofSeconds(10), Listener.NONE);
    }

    /** @return how long to wait for the attachment at most */
    public Duration registrationDeadline() {
        return registrationDeadline;
    }

    /** @return how often to read the attachment while waiting */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the progress listener */
    public Listener listener() {
        return listener;
    }

    /** @return the test call to look up, when one was given */
    public Optional<TestCall> testCall() {
        return Optional.ofNullable(testCall);
    }

    /**
     * @param listener told about each wait for the registration, not {@code null}
     * @return a copy of these options with that listener, the other values unchanged
     */
    public VerifyOptions withListener(Listener listener) {
        return new VerifyOptions(registrationDeadline, pollInterval, listener, testCall);
    }

    /**
     * Makes verify look the call up in both vendors' call logs and report whether it reached the
     * assistant, was answered, and whether and where it was transferred; a call that reached the
     * assistant cleanly proves SIP registration.
     *
     * @param testCall the call a person placed to the DID
     * @return a copy with it
     */
    public VerifyOptions testCall(TestCall testCall) {
        return new VerifyOptions(registrationDeadline, pollInterval, listener,
                Objects.requireNonNull(testCall, "testCall"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifyOptions v && registrationDeadline.equals(v.registrationDeadline)
                && pollInterval.equals(v.pollInterval) && listener.equals(v.listener)
                && Objects.equals(testCall, v.testCall);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registrationDeadline, pollInterval, listener, testCall);
    }

    /** @return the values, e.g. {@code VerifyOptions[registrationDeadline=PT3M, ...]} */
    @Override
    public String toString() {
        return "VerifyOptions[registrationDeadline=" + registrationDeadline + ", pollInterval=" + pollInterval
                + ", listener=" + listener + ", testCall=" + testCall + "]";
    }
}
