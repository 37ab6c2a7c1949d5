package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.ValidationReport;

/** Runs every rule over a plan. Pure: no I/O, no clock. */
public final class PlanValidator {

    private PlanValidator() {
    }

    /**
     * @param plan the plan
     * @return every finding
     */
    public static ValidationReport validate(IntegrationPlan plan) {
        DiagnosticList findings = new DiagnosticList();
        checkDid(plan, findings);
        plan.destination().ifPresentOrElse(d -> DestinationRules.check(d, findings),
                () -> findings.error(DiagnosticCode.DESTINATION_MISSING, "destination", "no SIP destination is defined",
                        "add .destination(SipDestination.builder()...build())"));
        plan.smartflow().ifPresentOrElse(s -> SmartflowRules.check(s, plan.destination().orElse(null), findings),
                () -> findings.error(DiagnosticCode.SMARTFLOW_MISSING, "smartflow", "no Smartflow is defined",
                        "add .smartflow(...) with a forwardToSip step that has a fallback"));
        plan.sipNumber().ifPresentOrElse(n -> SipNumberRules.check(plan, n, findings),
                () -> findings.error(DiagnosticCode.SIP_NUMBER_MISSING, "sipNumber", "no Synthflow SIP number is defined",
                        "add .sipNumber(SipNumber.builder().terminationUri(...).build())"));
        AssistantRules.check(plan.assistant().orElse(null), findings);
        TransferRules.check(plan.transferTargets(), findings);
        return new ValidationReport(findings.all());
    }

    private static void checkDid(IntegrationPlan plan, DiagnosticList findings) {
        if (plan.did() == null || plan.did().isBlank()) {
            findings.error(DiagnosticCode.DID_MISSING, "did", "the Aircall number's DID is missing",
                    "set .did(\"+33123456789\") to the DID of the Aircall line");
            return;
        }
        DidFormat.check(plan.did(), "did", findings);
    }
}
