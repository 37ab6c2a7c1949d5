package io.trunkline.aircall;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.model.Transport;

import java.time.LocalTime;

/** The guide's plans for the {@link AircallCompany} stubs. */
public final class TestPlans {

    public static final String DID = "+33 1 23 45 67 89";
    public static final String ASSISTANT_ID = "1726559381711x108708587477942990";
    public static final String SIP_PASSWORD = "s3cr3t-sip-pw!";

    private TestPlans() {
    }

    /**
     * The guide's happy path: IP-based auth over UDP, every call to the AI for 30 s, then team 678;
     * the AI transfers back to team 678 through the escalation line 5678.
     */
    public static IntegrationPlan.Builder happyPath() {
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().transport(Transport.UDP)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(678)).build())
                        .build())
                .sipNumber(SipNumber.builder().friendlyName("Paris support")
                        .terminationUri("sip:aircall-pbx.example.com").build())
                .assistant(AssistantRef.of(ASSISTANT_ID, "2.0"))
                .addTransferTarget(TransferTarget.team(678).viaLine(5678).build());
    }

    /** Credentials over TLS, the AI after hours only (voicemail fallback), transfers to user 456 via line 5678. */
    public static IntegrationPlan.Builder afterHoursWithCredentials() {
        SipAuth.Credentials credentials = SipAuth.credentials("aircall-trunk", Secret.of(SIP_PASSWORD));
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().transport(Transport.TLS).auth(credentials).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenOpen(SmartflowStep.ringTeam(678))
                                .whenClosed(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                        .fallback(SmartflowStep.voicemail()).build())
                                .build())
                        .build())
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com;transport=tls")
                        .credentials(credentials).registrationEnabled(true).build())
                .assistant(AssistantRef.of(ASSISTANT_ID, "2.1"))
                .addTransferTarget(TransferTarget.user(456).viaLine(5678).build());
    }
}
