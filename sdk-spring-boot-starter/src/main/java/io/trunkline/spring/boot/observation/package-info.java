/**
 * Micrometer Observation support for Trunkline's lifecycle phases: the context every phase is
 * observed with and the convention that names its metrics and spans. Define a
 * {@link io.trunkline.spring.boot.observation.TrunklineObservationConvention} bean to rename or
 * retag them. Used only when Micrometer is on the classpath.
 */
package io.trunkline.spring.boot.observation;
