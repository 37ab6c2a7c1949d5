package io.trunkline.diagnostics.internal.sip;

import java.time.Duration;

/**
 * A point on the monotonic clock ({@link System#nanoTime()}). Timer deadlines use it rather than the
 * injectable wall {@link java.time.Clock}: socket waits take real time whatever a test clock says,
 * so a frozen test clock must not be able to stop a probe from ending.
 */
final class Deadline {

    private final long nanos;

    private Deadline(long nanos) {
        this.nanos = nanos;
    }

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    Deadline plus(Duration duration) {
        return new Deadline(nanos + duration.toNanos());
    }

    Duration remaining() {
        return Duration.ofNanos(nanos - System.nanoTime());
    }

    boolean passed() {
        return nanos - System.nanoTime() <= 0;
    }

    Deadline earlier(Deadline other) {
        return nanos - other.nanos <= 0 ? this : other;
    }
}
