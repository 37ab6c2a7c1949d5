package io.trunkline.diagnostics.internal.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.internal.diagnostic.DiagnosticList;

/**
 * Adds the plan's validation diagnostics. The rules are not re-implemented or re-worded here:
 * {@code plan.validate()} is the single source, and its diagnostics are reported as they are.
 */
public final class PlanFindings {

    private PlanFindings() {
    }

    /**
     * @param plan the plan, valid or not
     * @param findings where to add the diagnostics
     */
    public static void check(IntegrationPlan plan, DiagnosticList findings) {
        for (Diagnostic d : plan.validate().diagnostics()) {
            findings.add(d.code() == DiagnosticCode.TRANSFER_TEL_OVER_CUSTOM_TRUNK ? asInformation(d) : d);
        }
    }

    /**
     * A vendor caveat to confirm with a test call (the phone-number transfer route) is information
     * for troubleshooting, not a fault of the plan.
     */
    private static Diagnostic asInformation(Diagnostic d) {
        return new Diagnostic(d.code(), Severity.INFO, d.subject(), d.message(), d.cause(), d.fix());
    }
}
