/**
 * A typed client for the Synthflow v2 REST API: {@link io.trunkline.synthflow.client.SynthflowClient}
 * (one method per operation Trunkline needs), its configuration
 * {@link io.trunkline.synthflow.client.SynthflowConfig}, and Jackson records that mirror the JSON
 * Synthflow documents field for field.
 *
 * <p>Request records never send {@code null}: an optional left unset is absent from the JSON.
 * Response records ignore fields they do not know, so new vendor fields do not break callers.
 * Failures surface as the unchecked exceptions of {@code io.trunkline.core.exception}.
 */
package io.trunkline.synthflow.client;
