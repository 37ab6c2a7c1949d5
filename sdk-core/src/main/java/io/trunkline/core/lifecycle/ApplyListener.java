package io.trunkline.core.lifecycle;

import java.time.Duration;

/**
 * Receives apply progress, e.g. to print it or to feed metrics. Every method has an empty
 * default; implement the ones you need. Called on the applying thread.
 */
public interface ApplyListener {

    /** A listener that ignores everything. */
    ApplyListener NONE = new ApplyListener() {
    };

    /** @param change a change about to call a vendor API */
    default void stepStarted(Change change) {
    }

    /**
     * @param change the change whose vendor API call just succeeded
     * @param duration how long the call took, by the engine's clock
     */
    default void stepSucceeded(Change change, Duration duration) {
    }

    /**
     * @param change the change whose vendor API call failed; apply stops after it
     * @param error why it failed, usually a {@code TrunklineException}; apply then throws
     *     {@code ApplyFailedException} with it as the cause
     * @param duration how long the failed call took, by the engine's clock
     */
    default void stepFailed(Change change, RuntimeException error, Duration duration) {
    }

    /** @param outcome a change that needed no API call: a no-op, a confirmed or a pending manual step */
    default void stepSkipped(ApplyResult.StepOutcome outcome) {
    }
}
