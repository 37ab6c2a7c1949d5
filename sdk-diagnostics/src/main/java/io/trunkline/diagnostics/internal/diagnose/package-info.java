/**
 * The checks behind {@code io.trunkline.diagnostics.diagnose.Diagnose}: plan validation mapped to
 * findings, live-state and SIP-probe checks. The call-record checks, the telephony-error table and
 * the finding list are shared with verify, so they live in sdk-core
 * ({@code io.trunkline.core.internal.finding}). Internal: not public API.
 */
package io.trunkline.diagnostics.internal.diagnose;
