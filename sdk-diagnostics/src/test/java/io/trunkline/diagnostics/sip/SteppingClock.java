package io.trunkline.diagnostics.sip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** A clock that moves forward by a fixed step each time it is read, so measured durations are exact. */
final class SteppingClock extends Clock {

    private final Instant start = Instant.parse("2025-01-15T10:00:00Z");
    private final Duration step;
    private final AtomicInteger reads = new AtomicInteger();

    SteppingClock(Duration step) {
        this.step = step;
    }

    @Override
    public Instant instant() {
        return start.plus(step.multipliedBy(reads.getAndIncrement()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
