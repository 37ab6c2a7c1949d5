/**
 * Troubleshooting for an Aircall–Synthflow integration: {@link io.trunkline.diagnostics.diagnose.Diagnose}
 * looks at a plan, optionally with what the vendors report ({@link io.trunkline.diagnostics.diagnose.LiveState}),
 * SIP probe results and recent call records ({@link io.trunkline.core.spi.AgentPlatform.CallRecord}), and
 * explains what is wrong as {@link io.trunkline.diagnostics.diagnose.Diagnose.Findings}: each is the same
 * {@link io.trunkline.core.diagnostic.Diagnostic} validation, planning and verification report, with a
 * stable {@link io.trunkline.core.diagnostic.DiagnosticCode}, a severity, what it is about, what was
 * observed, the likely cause and the fix. Everything here is offline and pure; nothing is written
 * anywhere.
 */
package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.spi.AgentPlatform;

