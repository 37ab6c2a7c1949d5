package io.trunkline.examples;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Transport;
import io.trunkline.core.validation.ValidationReport;

/**
 * The README's main example. Builds the guide's happy-path plan and validates it, then shows what
 * validation reports for a plan with the guide's classic mistakes.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        IntegrationPlan plan = SamplePlans.afterHours(SamplePlans.DID, SamplePlans.ASSISTANT_ID,
                "sip:aircall-trunk.example.com", Transport.UDP);
        System.out.println("== Validating the guide's happy path for " + plan.did());
        System.out.println(plan.validate());

        IntegrationPlan broken = plan.toBuilder()
                .sipNumber(SipNumber.builder().did("0123456780").build())
                .build();
        ValidationReport report = broken.validate();
        System.out.println("\n== Validating a plan with mistakes: " + report.errors().size() + " error(s)");
        System.out.println(report);
    }
}
