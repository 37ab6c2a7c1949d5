package io.trunkline.core;

import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.SipUri;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import java.util.List;
import java.util.Objects;

/**
 * An {@link IntegrationPlan} that passed validation, with its parts parsed and present: the DID as
 * a {@link PhoneNumber}, the termination URI as a {@link SipUri}, the destination's authentication,
 * the Smartflow's forward step, the assistant, and the line each transfer dials. Only
 * {@link IntegrationPlan#validated()} makes one, so whoever holds one never re-checks or unwraps.
 * The lifecycle engine and the vendor ports take this value.
 *
 * <pre>{@code
 * ValidIntegration valid = plan.validated();   // throws PlanValidationException listing every error
 * System.out.println(valid.did().e164());
 * }</pre>
 */
public final class ValidIntegration {

    /**
     * A transfer Synthflow makes by dialling an Aircall line's number (every transfer that is not
     * delivered to a SIP URI).
     *
     * @param target the transfer as configured
     * @param lineId the Aircall line dialled: the target itself, or the line given with {@code viaLine}
     */
    public record DialledTransfer(TransferTarget target, long lineId) {
        /**
         * Checks for null.
         *
         * @param target the transfer as configured
         * @param lineId the Aircall line dialled: the target itself, or the line given with {@code viaLine}
         */
        public DialledTransfer {
            Objects.requireNonNull(target, "target");
        }
    }

    private final IntegrationPlan plan;
    private final PhoneNumber did;
    private final SipDestination destination;
    private final SipAuth auth;
    private final Smartflow smartflow;
    private final SmartflowStep.ForwardToSip forward;
    private final SipNumber sipNumber;
    private final SipUri terminationUri;
    private final AssistantRef assistant;
    private final List<DialledTransfer> dialledTransfers;

    /** The one place that unwraps: validation guaranteed every part read here. */
    ValidIntegration(IntegrationPlan plan) {
        this.plan = plan;
        this.did = PhoneNumber.parse(plan.did());
        this.destination = plan.destination().orElseThrow();
        this.auth = destination.authentication().orElseThrow();
        this.smartflow = plan.smartflow().orElseThrow();
        this.forward = smartflow.forwardStep().orElseThrow();
        this.sipNumber = plan.sipNumber().orElseThrow();
        this.terminationUri = SipUri.parseDomainOrUri(sipNumber.terminationUri());
        this.assistant = plan.assistant().orElseThrow();
        this.dialledTransfers = plan.transferTargets().stream().filter(t -> !t.viaSipUri())
                .map(t -> new DialledTransfer(t, t.lineToDial().orElseThrow())).toList();
    }

    /** @return the plan this value was validated from */
    public IntegrationPlan plan() {
        return plan;
    }

    /** @return the Aircall number's DID, parsed */
    public PhoneNumber did() {
        return did;
    }

    /** @return the Aircall External SIP destination */
    public SipDestination destination() {
        return destination;
    }

    /** @return how Aircall authenticates to the destination */
    public SipAuth auth() {
        return auth;
    }

    /** @return the Aircall line's Smartflow */
    public Smartflow smartflow() {
        return smartflow;
    }

    /** @return the Smartflow's Forward to External SIP step */
    public SmartflowStep.ForwardToSip forward() {
        return forward;
    }

    /** @return the Synthflow custom SIP number, as given; its DID, parsed, is {@link #did()} */
    public SipNumber sipNumber() {
        return sipNumber;
    }

    /** @return the SIP number's termination URI, parsed (a bare host reads as {@code sip:host}) */
    public SipUri terminationUri() {
        return terminationUri;
    }

    /** @return the Synthflow assistant that answers the DID */
    public AssistantRef assistant() {
        return assistant;
    }

    /** @return every transfer target, in order, including those delivered to a SIP URI */
    public List<TransferTarget> transferTargets() {
        return plan.transferTargets();
    }

    /** @return the transfers made by dialling an Aircall line, in order */
    public List<DialledTransfer> dialledTransfers() {
        return dialledTransfers;
    }

    /** @return a summary that never contains secrets */
    @Override
    public String toString() {
        return "ValidIntegration[did=" + did + ", assistant=" + assistant.id() + ", transfers="
                + plan.transferTargets().size() + "]";
    }
}
