/**
 * Implementation of the Synthflow module: the requests ({@code SynthflowEndpoints}, over the
 * Retrofit interface, with JSON set-up, envelope unwrapping and error translation; the wire records are
 * in {@code internal.wire}); for
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform}, the mappings between the engine's records
 * and Synthflow's bodies, and the one place each unconfirmed vendor choice is made
 * ({@code SipNumberMapping}'s termination field, {@code LiveTransferMatcher}, {@code RegistrationSignal}).
 *
 * <p><strong>Not public API.</strong> Everything here may change without notice between releases;
 * use {@link io.trunkline.synthflow.SynthflowClient} and
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform} instead.
 */
package io.trunkline.synthflow.internal;
