package io.trunkline.core.lifecycle;

import io.trunkline.core.internal.lifecycle.ResultRenderer;
import java.time.Duration;

/**
 * What happened to one change during apply.
 *
 * @param change the change
 * @param status what happened
 * @param duration how long it took (from the engine's clock)
 * @param detail a human sentence, e.g. the failure message or why it was skipped
 */
public record StepOutcome(Change change, Status status, Duration duration, String detail) {

    /** The outcome of a change. */
    public enum Status {
        /** The vendor API call succeeded. */
        SUCCEEDED,
        /** Nothing to do. */
        SKIPPED,
        /** A manual step was confirmed and recorded. */
        CONFIRMED,
        /** A manual step awaits a person. */
        PENDING,
        /** The change failed. */
        FAILED
    }

    /** @return one line, e.g. {@code sip-number: succeeded in 120 ms — imported} */
    @Override
    public String toString() {
        return ResultRenderer.summary(this);
    }
}
