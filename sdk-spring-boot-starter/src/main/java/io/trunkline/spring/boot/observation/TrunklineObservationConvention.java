package io.trunkline.spring.boot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of Trunkline's lifecycle phases. Define a bean of this type to
 * replace {@link DefaultTrunklineObservationConvention}, e.g. to add a tag:
 *
 * <pre>{@code
 * @Bean
 * TrunklineObservationConvention trunklineConvention() {
 *     return new DefaultTrunklineObservationConvention() {
 *         public KeyValues getLowCardinalityKeyValues(TrunklineObservationContext context) {
 *             return super.getLowCardinalityKeyValues(context).and("team", "telephony");
 *         }
 *     };
 * }
 * }</pre>
 */
public interface TrunklineObservationConvention extends ObservationConvention<TrunklineObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TrunklineObservationContext;
    }
}
