package io.trunkline.spring.boot.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.trunkline.spring.boot.observation.DefaultTrunklineObservationConvention;
import io.trunkline.spring.boot.observation.LifecyclePhase;
import io.trunkline.spring.boot.observation.TrunklineObservationContext;
import io.trunkline.spring.boot.observation.TrunklineObservationConvention;
import java.util.function.Supplier;

/** Observes each phase through Micrometer's Observation API: a timer, and a span when tracing is on. */
public final class MicrometerPhaseObserver implements PhaseObserver {

    private static final TrunklineObservationConvention DEFAULT = new DefaultTrunklineObservationConvention();

    private final ObservationRegistry registry;
    private final TrunklineObservationConvention custom;

    /**
     * @param registry the application's observation registry
     * @param custom the application's convention, or {@code null} for the default
     */
    public MicrometerPhaseObserver(ObservationRegistry registry, TrunklineObservationConvention custom) {
        this.registry = registry;
        this.custom = custom;
    }

    @Override
    public <T> T observe(LifecyclePhase phase, String did, Supplier<T> work) {
        return Observation.createNotStarted(custom, DEFAULT, () -> new TrunklineObservationContext(phase, did), registry)
                .observe(work);
    }
}
