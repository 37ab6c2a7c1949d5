/**
 * The connection to Synthflow: {@link io.trunkline.synthflow.client.SynthflowClient} (what requests go
 * through, and what {@code close()} releases), its configuration
 * {@link io.trunkline.synthflow.client.SynthflowConfig} and the regions
 * {@link io.trunkline.synthflow.client.SynthflowRegion}. The requests themselves are sent by
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform}. Failures surface as the unchecked exceptions
 * of {@code io.trunkline.core.exception}.
 */
package io.trunkline.synthflow.client;
