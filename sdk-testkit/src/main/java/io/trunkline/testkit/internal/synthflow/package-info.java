/**
 * Not API: the simulated Synthflow v2 API, one class per resource (numbers, assistants, actions,
 * calls) behind the {@link io.trunkline.testkit.internal.synthflow.SynthflowApi} router, sharing one
 * {@link io.trunkline.testkit.internal.synthflow.SynthflowStore}. May change in any release.
 */
package io.trunkline.testkit.internal.synthflow;
