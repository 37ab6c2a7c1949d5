package io.trunkline.it;

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

/**
 * The guide's integration (after sdk-core's {@code GuidePlans.credentialsAfterHours}): credential
 * auth on both sides, so a SIP trunk password travels through the whole SDK; the AI answers, a team
 * is the fallback; two warm transfers back through lines other than the integrated one.
 */
final class Plans {

    static final String TRUNK_USERNAME = "aircall-trunk";

    private Plans() {
    }

    /** @param n which of {@link Vendors}'s integrations */
    static IntegrationPlan integration(int n) {
        return integration(n, Secrets.sipPassword());
    }

    /** The same integration with another SIP trunk password on both sides, as after a rotation. */
    static IntegrationPlan integration(int n, Secret sipPassword) {
        SipAuth.Credentials credentials = SipAuth.credentials(TRUNK_USERNAME, sipPassword);
        String did = Vendors.did(n).e164();
        return IntegrationPlan.builder()
                .did(did)
                .destination(SipDestination.builder().transport(Transport.TLS).auth(credentials).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(Vendors.TEAM_ID)).build())
                        .build())
                .sipNumber(SipNumber.builder().friendlyName("AI line " + n)
                        .terminationUri("sip:aircall-pbx.example.com;transport=tls")
                        .credentials(credentials).registrationEnabled(true).build())
                .assistant(AssistantRef.of(Vendors.assistantId(n), "2.1"))
                // distinct instructions per DID, so integrations never adopt each other's actions
                .addTransferTarget(TransferTarget.team(Vendors.TEAM_ID).viaLine(Vendors.TEAM_LINE_ID)
                        .name("Support team").instructions("Transfer callers of " + did + " who ask for a person.")
                        .build())
                .addTransferTarget(TransferTarget.user(Vendors.USER_ID).viaLine(Vendors.USER_LINE_ID)
                        .name("Camille").instructions("Transfer callers of " + did + " who ask for Camille.").build())
                .build();
    }
}
