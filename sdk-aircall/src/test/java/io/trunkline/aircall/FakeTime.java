package io.trunkline.aircall;

import io.trunkline.core.time.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when its sleeper sleeps, and a sleeper that records every wait instead
 * of blocking. Tests therefore assert waits exactly and never really pass time.
 */
public final class FakeTime extends Clock implements Sleeper {

    /** 2024-11-26T12:08:16Z, the instant every test starts at. */
    public static final Instant START = Instant.ofEpochSecond(1_732_622_896L);

    private Instant now = START;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** @return every duration slept, in order */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** @param duration moves the clock without recording a sleep */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fake clock is UTC only");
    }
}
