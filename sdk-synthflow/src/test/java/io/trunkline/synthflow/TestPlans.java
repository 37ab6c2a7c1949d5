package io.trunkline.synthflow;

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

/** Integrations that follow the guide, for the adapter's tests. */
final class TestPlans {

    static final String DID = "+33 1 23 45 67 89";
    static final String ASSISTANT_ID = PlatformTestBase.MODEL_ID;
    static final String SIP_PASSWORD = "s3cr3t-sip-pw!";
    static final long DID_LINE = 1001;
    static final long SUPPORT_LINE = 1234;
    static final String SUPPORT_LINE_NUMBER = "+33 1 98 76 54 32";
    static final long SUPPORT_TEAM = 678;

    private TestPlans() {
    }

    /** Credentials on both sides, registration on, engine version known, one warm transfer to a team. */
    static IntegrationPlan.Builder credentials() {
        SipAuth.Credentials credentials = SipAuth.credentials("aircall-trunk", Secret.of(SIP_PASSWORD));
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().transport(Transport.TLS).auth(credentials).build())
                .smartflow(forwardToSynthflow())
                .sipNumber(SipNumber.builder().friendlyName("Paris support")
                        .terminationUri("sip:aircall-pbx.example.com;transport=tls")
                        .credentials(credentials).registrationEnabled(true).build())
                .assistant(AssistantRef.of(ASSISTANT_ID, "2.0"))
                .addTransferTarget(TransferTarget.team(SUPPORT_TEAM).viaLine(SUPPORT_LINE)
                        .instructions("The caller asks for a human").build());
    }

    /** IP allowlist, engine version unknown: both Synthflow manual steps apply. */
    static IntegrationPlan.Builder ipAllowlist() {
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().transport(Transport.UDP)
                        .auth(SipAuth.ipAllowlist("34.138.86.8", "34.73.190.14")).build())
                .smartflow(forwardToSynthflow())
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com").build())
                .assistant(AssistantRef.of(ASSISTANT_ID))
                .addTransferTarget(TransferTarget.team(SUPPORT_TEAM).viaLine(SUPPORT_LINE).build());
    }

    private static Smartflow forwardToSynthflow() {
        return Smartflow.builder()
                .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                        .fallback(SmartflowStep.ringTeam(SUPPORT_TEAM)).build())
                .build();
    }
}
