package io.trunkline.core.lifecycle;

import io.trunkline.core.spi.ManualStep;

/**
 * Asked during apply whether a person has performed a manual step (e.g. a CLI prompt, a ticket
 * system, or a test that set the simulator's dashboard state). A confirmation is recorded in the
 * {@link StateStore} with the step's fingerprint, so it stays valid until the step's values change.
 */
@FunctionalInterface
public interface ManualStepConfirmer {

    /** Confirms nothing: manual steps stay pending until confirmed through the engine. */
    ManualStepConfirmer NONE = step -> false;

    /**
     * @param step the step with its exact values
     * @return whether it has been done
     */
    boolean isDone(ManualStep step);
}
