package io.trunkline.diagnostics;

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

/**
 * Plans that follow the guide's happy path, for tests to start from and break one field at a time.
 * A copy of sdk-core's test GuidePlans: test-jars are not used (the README's example command could
 * not resolve them), so each module's tests keep their own starting plans.
 */
public final class GuidePlans {

    public static final String DID = "+33 1 23 45 67 89";
    public static final String ASSISTANT_ID = "1726559381711x108708587477942990";
    public static final String SIP_PASSWORD = "s3cr3t-sip-pw!";

    private GuidePlans() {
    }

    /** IP allowlist auth, AI always answers, fallback to a team, one transfer back to a team. */
    public static IntegrationPlan.Builder ipAllowlist() {
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().transport(Transport.UDP)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(678)).build())
                        .build())
                .sipNumber(SipNumber.builder().friendlyName("Paris support").terminationUri("sip:aircall-pbx.example.com")
                        .build())
                .assistant(AssistantRef.of(ASSISTANT_ID, "2.0"))
                .addTransferTarget(TransferTarget.team(678).viaLine(5678).build());
    }

    /** Credential auth on both sides, TLS, AI after hours only. */
    public static IntegrationPlan.Builder credentialsAfterHours() {
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
                .addTransferTarget(TransferTarget.line(5678).build())
                .addTransferTarget(TransferTarget.user(456).viaLine(9012).build());
    }
}
