/**
 * The checks behind {@code io.trunkline.diagnostics.diagnose.Diagnose}: the plan's validation,
 * live-state and SIP-probe checks. The live problems, the call-record checks, the telephony-error
 * table and the diagnostic list are shared with planning and verify, so they live in sdk-core
 * ({@code io.trunkline.core.internal.diagnostic}, {@code io.trunkline.core.internal.finding}).
 * Internal: not public API.
 */
package io.trunkline.diagnostics.internal.diagnose;
