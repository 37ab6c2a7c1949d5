/**
 * The call diagnostics (the table of telephony errors and the other failed-call causes) shared by
 * verify's test-call checks and trunkline-diagnostics.
 * Internal: not public API; it may change or disappear in any release.
 */
package io.trunkline.core.internal.finding;
