package io.trunkline.core;

import io.trunkline.core.internal.validation.PlanValidator;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.diagnostic.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The desired Aircall–Synthflow integration for one DID: the Aircall SIP destination and Smartflow,
 * the Synthflow SIP number and assistant, and the transfers back to Aircall. Immutable.
 *
 * <p>Build it fluently, then {@link #validate()} it: validation is offline and reports every
 * problem at once. The lifecycle engine refuses to plan or apply a plan with errors.
 *
 * <pre>{@code
 * IntegrationPlan plan = IntegrationPlan.builder()
 *     .did("+33 1 23 45 67 89")
 *     .destination(SipDestination.builder().auth(SipAuth.ipAllowlist("34.138.86.8")).build())
 *     .smartflow(Smartflow.builder()
 *         .addStep(SmartflowStep.forwardToSip("Synthflow AI").fallback(SmartflowStep.ringTeam(678)).build())
 *         .build())
 *     .sipNumber(SipNumber.builder().terminationUri("sip:aircall-trunk.example.com").build())
 *     .assistant(AssistantRef.of("1726559381711x108708587477942990", "2.0"))
 *     .addTransferTarget(TransferTarget.team(678).viaLine(1234).build())
 *     .build();
 *
 * ValidationReport report = plan.validate();
 * report.diagnostics().forEach(System.out::println);
 * }</pre>
 */
public final class IntegrationPlan {

    private final String did;
    private final SipDestination destination;
    private final Smartflow smartflow;
    private final SipNumber sipNumber;
    private final AssistantRef assistant;
    private final List<TransferTarget> transferTargets;

    private IntegrationPlan(Builder b) {
        this.did = b.did;
        this.destination = b.destination;
        this.smartflow = b.smartflow;
        this.sipNumber = b.sipNumber == null || b.sipNumber.did() != null || b.did == null
                ? b.sipNumber : b.sipNumber.toBuilder().did(b.did).build();
        this.assistant = b.assistant;
        // not List.copyOf: a null target stays in place so that validate() reports it at its index
        this.transferTargets = Collections.unmodifiableList(new ArrayList<>(b.transferTargets));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this plan's values */
    public Builder toBuilder() {
        return new Builder().did(did).destination(destination).smartflow(smartflow).sipNumber(sipNumber)
                .assistant(assistant).transferTargets(transferTargets);
    }

    /**
     * Checks the plan against every rule of the guide, offline.
     *
     * @return all findings; {@link ValidationReport#isValid()} tells whether the plan can be applied
     */
    public ValidationReport validate() {
        return PlanValidator.validate(this);
    }

    /**
     * Validates the plan and returns it parsed, for the engine and the vendor ports.
     *
     * @return the plan's parsed, complete parts
     * @throws io.trunkline.core.exception.PlanValidationException listing every error, when there is one
     */
    public ValidIntegration validated() {
        validate().orThrow();
        return new ValidIntegration(this);
    }

    /** @return the Aircall number's DID as given */
    public String did() {
        return did;
    }

    /** @return the DID in E.164 form; only call on a validated plan ({@link ValidIntegration#did()} needs no care) */
    public PhoneNumber phoneNumber() {
        return PhoneNumber.parse(did);
    }

    /** @return the Aircall SIP destination, when set */
    public Optional<SipDestination> destination() {
        return Optional.ofNullable(destination);
    }

    /** @return the Aircall Smartflow, when set */
    public Optional<Smartflow> smartflow() {
        return Optional.ofNullable(smartflow);
    }

    /** @return the Synthflow SIP number, when set (its DID defaults to the plan's DID) */
    public Optional<SipNumber> sipNumber() {
        return Optional.ofNullable(sipNumber);
    }

    /** @return the Synthflow assistant, when set */
    public Optional<AssistantRef> assistant() {
        return Optional.ofNullable(assistant);
    }

    /** @return the transfer targets back to Aircall */
    public List<TransferTarget> transferTargets() {
        return transferTargets;
    }

    /** @return a summary that never contains secrets */
    @Override
    public String toString() {
        return "IntegrationPlan[did=" + did + ", destination=" + destination + ", assistant=" + assistant
                + ", transferTargets=" + transferTargets.size() + "]";
    }

    /** Builds {@link IntegrationPlan}s. */
    public static final class Builder {
        private String did;
        private SipDestination destination;
        private Smartflow smartflow;
        private SipNumber sipNumber;
        private AssistantRef assistant;
        private final List<TransferTarget> transferTargets = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param did the Aircall number's DID, e.g. {@code "+33 1 23 45 67 89"}
         * @return this
         */
        public Builder did(String did) {
            this.did = did;
            return this;
        }

        /**
         * @param did the Aircall number's DID
         * @return this
         */
        public Builder did(PhoneNumber did) {
            this.did = did == null ? null : did.e164();
            return this;
        }

        /**
         * @param destination the Aircall External SIP destination
         * @return this
         */
        public Builder destination(SipDestination destination) {
            this.destination = destination;
            return this;
        }

        /**
         * @param smartflow the Aircall line's Smartflow
         * @return this
         */
        public Builder smartflow(Smartflow smartflow) {
            this.smartflow = smartflow;
            return this;
        }

        /**
         * @param sipNumber the Synthflow Custom/SIP number; its DID defaults to this plan's DID
         * @return this
         */
        public Builder sipNumber(SipNumber sipNumber) {
            this.sipNumber = sipNumber;
            return this;
        }

        /**
         * @param assistant the Synthflow assistant (v2.0+)
         * @return this
         */
        public Builder assistant(AssistantRef assistant) {
            this.assistant = assistant;
            return this;
        }

        /**
         * @param target a transfer target to append; {@code null} is reported by {@link IntegrationPlan#validate()}
         * @return this
         */
        public Builder addTransferTarget(TransferTarget target) {
            transferTargets.add(target);
            return this;
        }

        /**
         * @param targets replaces all transfer targets ({@code List.of()} for none); a {@code null} list or
         *     element is reported by {@link IntegrationPlan#validate()}
         * @return this
         */
        public Builder transferTargets(List<TransferTarget> targets) {
            transferTargets.clear();
            if (targets == null) {
                transferTargets.add(null);
            } else {
                targets.forEach(this::addTransferTarget);
            }
            return this;
        }

        /** @return the plan; call {@link IntegrationPlan#validate()} to check it */
        public IntegrationPlan build() {
            return new IntegrationPlan(this);
        }
    }
}
