package io.trunkline.spring.boot.observation;

import io.micrometer.common.KeyValues;

/**
 * The default naming: one observation named {@value #NAME}, so one timer per phase through
 * Micrometer's meter handler ({@code trunkline.lifecycle{phase="plan"}}, …) and one span per phase
 * through a tracing bridge ({@code trunkline plan}). The phase is a low-cardinality tag; the DID
 * goes only to spans, since every DID would otherwise make its own time series.
 */
public class DefaultTrunklineObservationConvention implements TrunklineObservationConvention {

    /** The observation's name, and so the timer's. */
    public static final String NAME = "trunkline.lifecycle";

    /** Creates the convention. */
    public DefaultTrunklineObservationConvention() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(TrunklineObservationContext context) {
        return "trunkline " + context.phase().tagValue();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TrunklineObservationContext context) {
        return KeyValues.of("phase", context.phase().tagValue());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(TrunklineObservationContext context) {
        return KeyValues.of("trunkline.did", context.did());
    }
}
