/**
 * Validation of an {@link io.trunkline.core.IntegrationPlan} against everything the Aircall–Synthflow
 * guide demands. {@code validate()} is pure and offline, and returns every
 * {@link io.trunkline.core.validation.Diagnostic} at once, each with a stable
 * {@link io.trunkline.core.validation.Rule} code, a field path and a fix.
 */
package io.trunkline.core.validation;
