/**
 * Jackson records that mirror the JSON Synthflow documents, field for field, for the requests the
 * Synthflow adapter sends ({@code io.trunkline.synthflow.internal.SynthflowEndpoints}). Request
 * records never send {@code null}: an optional left unset is absent from the JSON. Response records
 * ignore fields they do not know, so new vendor fields do not break Trunkline.
 *
 * <p><strong>Not public API.</strong> Everything here may change without notice between releases.
 */
package io.trunkline.synthflow.internal.wire;
