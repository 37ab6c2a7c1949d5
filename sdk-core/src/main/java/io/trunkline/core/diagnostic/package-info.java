/**
 * How Trunkline reports a problem, wherever it finds it: one {@link io.trunkline.core.diagnostic.Diagnostic}
 * shape with a stable {@link io.trunkline.core.diagnostic.DiagnosticCode}, a
 * {@link io.trunkline.core.diagnostic.Severity}, the field path or live resource it is about, what is
 * wrong, why, and the fix. {@code IntegrationPlan.validate()} returns a
 * {@link io.trunkline.core.diagnostic.ValidationReport}; planning preconditions
 * ({@code PlanningException}), failed verification checks and {@code Diagnose} (trunkline-diagnostics)
 * carry the same diagnostics. {@link io.trunkline.core.diagnostic.SipStatus} explains a SIP status
 * code, whether a call log or the SIP probe reported it.
 */
package io.trunkline.core.diagnostic;
