/**
 * The Synthflow side of an Aircall–Synthflow integration:
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform} implements the lifecycle engine's
 * {@link io.trunkline.core.spi.AgentPlatform} port on top of
 * {@link io.trunkline.synthflow.SynthflowClient}, the connection to Synthflow (what requests go
 * through, and what {@code close()} releases), configured by
 * {@link io.trunkline.synthflow.SynthflowConfig} for one of the
 * {@link io.trunkline.synthflow.SynthflowRegion}s. Failures surface as the unchecked exceptions of
 * {@code io.trunkline.core.exception}.
 */
package io.trunkline.synthflow;
