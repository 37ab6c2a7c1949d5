/**
 * The Synthflow side of an Aircall–Synthflow integration:
 * {@link io.trunkline.synthflow.SynthflowAgentPlatform} implements the lifecycle engine's
 * {@link io.trunkline.core.spi.AgentPlatform} port on top of
 * {@link io.trunkline.synthflow.client.SynthflowClient}.
 */
package io.trunkline.synthflow;
