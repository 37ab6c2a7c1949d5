package io.trunkline.core.internal.validation;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.validation.Rule;
import io.trunkline.core.validation.ValidationReport;

/** Runs every rule over a plan. Pure: no I/O, no clock. */
public final class PlanValidator {

    private PlanValidator() {
    }

    /**
     * @param plan the plan
     * @return every finding
     */
    public static ValidationReport validate(IntegrationPlan plan) {
        Findings findings = new Findings();
        checkDid(plan, findings);
        plan.destination().ifPresentOrElse(d -> DestinationRules.check(d, findings),
                () -> findings.error(Rule.DESTINATION_MISSING, "destination", "no SIP destination is defined",
                        "add .destination(SipDestination.builder()...build())"));
        plan.smartflow().ifPresentOrElse(s -> SmartflowRules.check(s, plan.destination().orElse(null), findings),
                () -> findings.error(Rule.SMARTFLOW_MISSING, "smartflow", "no Smartflow is defined",
                        "add .smartflow(...) with a forwardToSip step that has a fallback"));
        plan.sipNumber().ifPresentOrElse(n -> SipNumberRules.check(plan, n, findings),
                () -> findings.error(Rule.SIP_NUMBER_MISSING, "sipNumber", "no Synthflow SIP number is defined",
                        "add .sipNumber(SipNumber.builder().terminationUri(...).build())"));
        AssistantRules.check(plan.assistant().orElse(null), findings);
        TransferRules.check(plan.transferTargets(), findings);
        return new ValidationReport(findings.all());
    }

    private static void checkDid(IntegrationPlan plan, Findings findings) {
        if (plan.did() == null || plan.did().isBlank()) {
            findings.error(Rule.DID_MISSING, "did", "the Aircall number's DID is missing",
                    "set .did(\"+33123456789\") to the DID of the Aircall line");
            return;
        }
        DidFormat.check(plan.did(), "did", findings);
    }
}
