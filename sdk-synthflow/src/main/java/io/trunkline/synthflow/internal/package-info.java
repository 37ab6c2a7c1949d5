/**
 * Implementation of the Synthflow module: for the client, the Retrofit interface, OkHttp
 * interceptors, JSON set-up, envelope unwrapping, error translation and the retry loop; for
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform}, the mappings between the engine's records
 * and Synthflow's bodies, and the one place each unconfirmed vendor choice is made
 * ({@code SipNumberMapping}'s termination field, {@code LiveTransferMatcher}, {@code RegistrationSignal}).
 *
 * <p><strong>Not public API.</strong> Everything here may change without notice between releases;
 * use {@link io.trunkline.synthflow.client.SynthflowClient} and
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform} instead.
 */
package io.trunkline.synthflow.internal;
