/**
 * Troubleshooting for an Aircall–Synthflow integration: {@link io.trunkline.core.diagnose.Diagnose}
 * looks at a plan, optionally with what the vendors report ({@link io.trunkline.core.diagnose.LiveState}),
 * SIP probe results and recent call records ({@link io.trunkline.core.diagnose.CallRecord}), and
 * explains what is wrong as {@link io.trunkline.core.diagnose.Findings}: each
 * {@link io.trunkline.core.diagnose.Finding} has a stable {@link io.trunkline.core.diagnose.FindingCode},
 * a severity, the evidence observed, the likely cause and the fix. Everything here is offline and
 * pure; nothing is written anywhere.
 */
package io.trunkline.core.diagnose;
