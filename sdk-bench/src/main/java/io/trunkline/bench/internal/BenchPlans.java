package io.trunkline.bench.internal;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.model.Transport;

/**
 * Guide-shaped integrations, numbered: the AI always answers, a team is the fallback, and one warm
 * transfer goes back to that team through a separate Aircall line (never the integrated one, whose
 * Smartflow forwards to the AI).
 */
public final class BenchPlans {

    /** The Aircall team that is both the fallback and the transfer target. */
    public static final long SUPPORT_TEAM = 678;
    /** The user in {@link #SUPPORT_TEAM}. */
    public static final long SUPPORT_AGENT = 456;
    /** The Aircall line whose Smartflow rings {@link #SUPPORT_TEAM}; Synthflow's transfers dial it. */
    public static final long TRANSFER_LINE = 5678;
    /** The DID of {@link #TRANSFER_LINE}. */
    public static final String TRANSFER_LINE_DID = "+33987654321";
    /** Where Synthflow sends calls back to Aircall. */
    public static final String TERMINATION_URI = "sip:aircall-pbx.example.com";

    private static final long FIRST_LINE_ID = 100_000;

    private BenchPlans() {
    }

    /**
     * @param index 0-based, below 100,000
     * @return the index-th integration's DID, e.g. {@code +33140000007}
     */
    public static String did(int index) {
        return "+3314" + String.format("%07d", index);
    }

    /** @param index 0-based @return the Aircall Line ID that owns {@link #did(int)} */
    public static long lineId(int index) {
        return FIRST_LINE_ID + index;
    }

    /** @param index 0-based @return the Synthflow assistant answering the index-th DID */
    public static String assistantId(int index) {
        return "1726559381711x" + String.format("%018d", index);
    }

    /**
     * @param index 0-based
     * @return the index-th integration
     */
    public static IntegrationPlan integration(int index) {
        return IntegrationPlan.builder()
                .did(did(index))
                .destination(SipDestination.builder().transport(Transport.UDP)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(SUPPORT_TEAM)).build())
                        .build())
                .sipNumber(SipNumber.builder().friendlyName("Support line " + index).terminationUri(TERMINATION_URI)
                        .build())
                .assistant(AssistantRef.of(assistantId(index), "2.0"))
                .addTransferTarget(TransferTarget.team(SUPPORT_TEAM).viaLine(TRANSFER_LINE).name("Support team").build())
                .build();
    }
}
