package io.trunkline.spring.boot.observation;

import io.micrometer.observation.Observation;
import java.util.Objects;

/**
 * What one observed lifecycle phase is about: the phase and the integration's DID (E.164).
 */
public final class TrunklineObservationContext extends Observation.Context {

    private final LifecyclePhase phase;
    private final String did;

    /**
     * @param phase the phase
     * @param did the integration's DID in E.164 form
     */
    public TrunklineObservationContext(LifecyclePhase phase, String did) {
        this.phase = Objects.requireNonNull(phase, "phase");
        this.did = Objects.requireNonNull(did, "did");
    }

    /** @return the phase */
    public LifecyclePhase phase() {
        return phase;
    }

    /** @return the integration's DID in E.164 form */
    public String did() {
        return did;
    }
}
