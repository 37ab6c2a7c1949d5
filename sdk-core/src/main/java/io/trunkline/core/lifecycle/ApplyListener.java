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

    /** @param change the change @param duration how long it took */
    default void stepSucceeded(Change change, Duration duration) {
    }

    /** @param change the change @param error why it failed @param duration how long it took */
    default void stepFailed(Change change, RuntimeException error, Duration duration) {
    }

    /** @param outcome a change that needed no API call: a no-op, a confirmed or a pending manual step */
    default void stepSkipped(ApplyResult.StepOutcome outcome) {
    }
}
