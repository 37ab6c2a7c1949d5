package io.trunkline.spring.boot.internal;

import io.trunkline.spring.boot.observation.LifecyclePhase;
import java.util.function.Supplier;

/**
 * Runs a lifecycle phase, observed or not. Kept free of Micrometer types so the engine facade works
 * when Micrometer is absent.
 */
@FunctionalInterface
public interface PhaseObserver {

    /** Runs every phase as it is. */
    PhaseObserver NONE = new PhaseObserver() {
        @Override
        public <T> T observe(LifecyclePhase phase, String did, Supplier<T> work) {
            return work.get();
        }
    };

    /**
     * @param phase the phase
     * @param did the integration's DID, E.164
     * @param work the phase itself
     * @param <T> its result
     * @return its result
     */
    <T> T observe(LifecyclePhase phase, String did, Supplier<T> work);
}
