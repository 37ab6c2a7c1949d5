package io.trunkline.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A UTC clock that moves only when a test tells it to, and records the sleeps it stands in for.
 * Where code under test wants a sleeper, pass {@code clock::sleep}: the "sleep" advances this clock
 * instead of blocking, so a test asserts waits exactly and never really waits. (This module cannot
 * name sdk-core's {@code Sleeper}: sdk-core's own tests depend on it.)
 */
public final class ManualClock extends Clock {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    /** @param start the instant the clock shows until it is moved */
    public ManualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** @param duration how far to move the clock, without counting it as a sleep */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** @param instant the instant the clock shows from now on, earlier or later */
    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    /** @param duration a wait the code under test asked for: recorded, and the clock moves by it */
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** @return every sleep so far, in order */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** @return the sum of every sleep so far */
    public synchronized Duration totalSlept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** @throws UnsupportedOperationException always: this clock is UTC only, so no test depends on a zone */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualClock is UTC only");
    }
}
