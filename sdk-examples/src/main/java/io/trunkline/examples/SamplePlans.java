package io.trunkline.examples;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.model.Transport;
import java.time.LocalTime;

/** The guide's happy path as a plan: the AI answers after hours, a team is the fallback. */
final class SamplePlans {

    static final String DID = "+33 1 23 45 67 89";
    static final long LINE_ID = 1234;
    static final long SUPPORT_TEAM = 678;
    static final String ASSISTANT_ID = "1726559381711x108708587477942990";

    private SamplePlans() {
    }

    static IntegrationPlan afterHours(String did, String assistantId, String terminationUri, Transport transport) {
        return afterHours(did, assistantId, "2.0", terminationUri, transport, SUPPORT_TEAM, 5678);
    }

    static IntegrationPlan afterHours(String did, String assistantId, String engineVersion, String terminationUri,
                                      Transport transport, long fallbackTeam, long transferLine) {
        return IntegrationPlan.builder()
                .did(did)
                .destination(SipDestination.builder()
                        .transport(transport)
                        .auth(SipAuth.ipAllowlist("34.138.86.8"))
                        .build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenOpen(SmartflowStep.ringTeam(fallbackTeam))
                                .whenClosed(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                        .fallback(SmartflowStep.ringTeam(fallbackTeam))
                                        .build())
                                .build())
                        .build())
                .sipNumber(SipNumber.builder().friendlyName("Paris support (AI)").terminationUri(terminationUri).build())
                .assistant(AssistantRef.of(assistantId, engineVersion))
                .addTransferTarget(TransferTarget.team(fallbackTeam).viaLine(transferLine).name("Support team").build())
                .build();
    }
}
