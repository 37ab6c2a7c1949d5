/**
 * Findings: how Trunkline explains a problem it observed, with a stable
 * {@link io.trunkline.core.finding.FindingCode}, a severity, the evidence, the likely cause and the
 * fix. Verify's test-call checks explain a failed call with them, and {@code Diagnose}
 * (trunkline-diagnostics) reports all its findings with them. {@link io.trunkline.core.finding.SipStatus}
 * explains a SIP status code, whether a call log or the SIP probe reported it.
 */
package io.trunkline.core.finding;
