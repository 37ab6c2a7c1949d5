package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.testkit.VendorProfile;
import org.junit.jupiter.api.Test;

/**
 * A transfer delivered to a SIP URI: Synthflow's API has no field for it, so it is an exact
 * dashboard step, confirmed like the other manual steps, and never an API action.
 */
class SipUriTransferTest {

    private static final String STEP = "synthflow.sip-transfer[Support queue]";

    /** The guide's integration with the team reached by its queue's SIP URI instead of a line's number. */
    private static IntegrationPlan plan() {
        IntegrationPlan guide = Plans.integration(0);
        return IntegrationPlan.builder().did(guide.did()).destination(guide.destination().orElseThrow())
                .smartflow(guide.smartflow().orElseThrow()).sipNumber(guide.sipNumber().orElseThrow())
                .assistant(guide.assistant().orElseThrow())
                .addTransferTarget(TransferTarget.team(Vendors.TEAM_ID).name("Support queue")
                        .viaSipUri("sip:support@example.aircall.io").sipHeader("X-Queue", "support").build())
                .addTransferTarget(guide.transferTargets().get(1))
                .build();
    }

    @Test
    void aSipUriTransferIsAConfirmableDashboardStepAndNeverAnApiAction() {
        try (Vendors vendors = new Vendors(1, VendorProfile.DOCUMENTED_ONLY)) {
            IntegrationEngine engine = Sdk.against(vendors).build().engine;
            IntegrationPlan integration = plan();
            assertThat(integration.validate().errors()).isEmpty();

            ChangePlan planned = engine.plan(integration);
            ManualStep step = planned.changes().stream().filter(c -> c.id().equals("manual[" + STEP + "]"))
                    .findFirst().orElseThrow().manualStep();
            assertThat(step.dashboardPath()).contains("Agents → " + Vendors.assistantId(0)).contains("Call Transfer");
            assertThat(step.fields()).extracting(ManualStep.Field::label, ManualStep.Field::value).contains(
                    org.assertj.core.groups.Tuple.tuple("SIP URI", "sip:support@example.aircall.io"),
                    org.assertj.core.groups.Tuple.tuple("Transfer mode", "Warm transfer"),
                    org.assertj.core.groups.Tuple.tuple("Answer timeout", "30 seconds"),
                    org.assertj.core.groups.Tuple.tuple("Custom header 1", "X-Queue: support"));
            assertThat(planned.render(PlanFormat.MARKDOWN)).contains("sip:support@example.aircall.io");
            assertThat(planned.changes()).noneMatch(c -> c.id().equals("transfer-action[Support queue]"));

            engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
            assertThat(vendors.actions()).as("only the phone-number transfer is an API action").hasSize(1);
            VerificationReport pending = engine.verify(integration);
            assertThat(pending.check("manual:" + STEP).status()).isEqualTo(VerificationReport.Check.Status.PENDING);
            assertThat(pending.checks()).noneMatch(c -> c.name().equals("transfer:Support queue"));

            engine.confirmManualStep(integration, STEP);
            assertThat(engine.verify(integration).check("manual:" + STEP).status())
                    .isEqualTo(VerificationReport.Check.Status.PASSED);

            engine.apply(engine.planDestroy(integration), ApplyListener.NONE, ManualStepConfirmer.NONE);
            assertThat(vendors.actions()).isEmpty();
            assertThat(vendors.numbers()).isEmpty();
        }
    }

    @Test
    void changingTheSipUriLapsesTheConfirmation() {
        try (Vendors vendors = new Vendors(1, VendorProfile.DOCUMENTED_ONLY)) {
            IntegrationEngine engine = Sdk.against(vendors).build().engine;
            engine.converge(plan(), ApplyListener.NONE, ManualStepConfirmer.NONE);
            engine.confirmManualStep(plan(), STEP);

            IntegrationPlan moved = IntegrationPlan.builder().did(plan().did())
                    .destination(plan().destination().orElseThrow()).smartflow(plan().smartflow().orElseThrow())
                    .sipNumber(plan().sipNumber().orElseThrow()).assistant(plan().assistant().orElseThrow())
                    .addTransferTarget(plan().transferTargets().get(0).toBuilder()
                            .viaSipUri("sip:support-2@example.aircall.io").build())
                    .addTransferTarget(plan().transferTargets().get(1)).build();

            assertThat(engine.plan(moved).changes()).filteredOn(c -> c.id().equals("manual[" + STEP + "]"))
                    .singleElement().extracting(c -> c.action()).isEqualTo(Change.Action.MANUAL);
        }
    }
}
