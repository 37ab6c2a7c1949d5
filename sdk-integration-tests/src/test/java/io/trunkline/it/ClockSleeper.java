package io.trunkline.it;

import io.trunkline.core.time.Sleeper;
import io.trunkline.testkit.SimulatorClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Sleeper} that never blocks: it moves the simulators' clock forward instead, so retry
 * backoff, rate-limit waits and registration polling take no real time. Counts the waits.
 * Meant for one thread at a time; concurrent tests use {@link VirtualTime}.
 */
final class ClockSleeper implements Sleeper {

    private final SimulatorClock clock;
    private final AtomicLong sleeps = new AtomicLong();
    private final AtomicLong sleptMillis = new AtomicLong();

    ClockSleeper(SimulatorClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        sleeps.incrementAndGet();
        sleptMillis.addAndGet(duration.toMillis());
        clock.advance(duration);
    }

    long sleeps() {
        return sleeps.get();
    }

    long sleptMillis() {
        return sleptMillis.get();
    }
}
