/**
 * The list checks add diagnostics to, and the live checks shared by planning, verification and
 * trunkline-diagnostics' {@code Diagnose}, so each live problem is worded in one place. Internal: not
 * public API; it may change or disappear in any release.
 */
package io.trunkline.core.internal.diagnostic;
