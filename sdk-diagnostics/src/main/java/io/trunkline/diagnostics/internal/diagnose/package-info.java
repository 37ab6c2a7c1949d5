/**
 * The checks behind {@code io.trunkline.diagnostics.diagnose.Diagnose}: plan validation mapped to findings,
 * live-state, SIP-probe and call-record checks, and the table of telephony errors. Internal: not
 * public API.
 */
package io.trunkline.diagnostics.internal.diagnose;
