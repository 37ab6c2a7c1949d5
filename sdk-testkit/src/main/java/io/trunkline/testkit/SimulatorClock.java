package io.trunkline.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A mutable {@link Clock} for tests: it stands still until the test moves it with
 * {@link #advance(Duration)} or {@link #instant(Instant)}.
 *
 * <p>Give the same clock to a simulator and to the code under test (and make the code's sleeper
 * advance it) so that waits such as SIP registration or rate-limit windows pass instantly.
 *
 * <pre>{@code
 * SimulatorClock clock = SimulatorClock.create();
 * SynthflowSimulator synthflow = SynthflowSimulator.builder().clock(clock)
 *         .registrationDelay(Duration.ofSeconds(90)).build();
 * clock.advance(Duration.ofSeconds(90));
 * }</pre>
 */
public final class SimulatorClock extends Clock {

    /** Where {@link #create()} starts: a fixed instant, so that generated timestamps repeat. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-15T10:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private SimulatorClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** @return a clock standing at {@link #DEFAULT_START}, in UTC */
    public static SimulatorClock create() {
        return startingAt(DEFAULT_START);
    }

    /**
     * @param start the initial instant
     * @return a clock standing at {@code start}, in UTC
     */
    public static SimulatorClock startingAt(Instant start) {
        Objects.requireNonNull(start, "start");
        return new SimulatorClock(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far; must not be negative (time does not run backwards for a simulator)
     * @return this clock
     */
    public SimulatorClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        now.updateAndGet(current -> current.plus(duration));
        return this;
    }

    /**
     * Sets the current instant.
     *
     * @param instant the new current instant
     * @return this clock
     */
    public SimulatorClock instant(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        now.set(instant);
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Returns a view in another zone that shares this clock's time (advancing one moves both). */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return zone.equals(this.zone) ? this : new SimulatorClock(now, zone);
    }

    @Override
    public String toString() {
        return "SimulatorClock[" + now.get() + ", " + zone + "]";
    }
}
