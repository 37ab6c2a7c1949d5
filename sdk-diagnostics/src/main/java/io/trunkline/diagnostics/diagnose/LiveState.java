package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.diagnostics.internal.diagnose.LiveFindings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the vendors report for an integration, as far as it is known: the Aircall line owning the DID,
 * the forward step's fallback team, the Synthflow SIP number, the assistant, the registration status
 * and the assistant's transfer actions. A {@code null} component means "not read"; a resource that
 * was looked up and does not exist is listed in {@link #notFound()}, so {@link Diagnose} can tell
 * "unknown" from "missing".
 *
 * <p>Build it by hand (e.g. in a test, or from your own reads), or read it through the ports with
 * {@link #read(IntegrationPlan, ContactCenter, AgentPlatform)}.
 *
 * @param line the Aircall line owning the DID, or {@code null}
 * @param fallbackTeam the team the forward step falls back to, or {@code null}
 * @param sipNumber the Synthflow SIP number for the DID, or {@code null}
 * @param assistant the Synthflow assistant, or {@code null}
 * @param registration the SIP registration status, or {@code null}
 * @param transferActions the assistant's transfer actions as read (empty when not read)
 * @param notFound the resources looked up and found missing
 */
public record LiveState(ContactCenter.LineState line, ContactCenter.TeamState fallbackTeam, AgentPlatform.SipNumberState sipNumber, AgentPlatform.AssistantState assistant,
                        AgentPlatform.RegistrationStatus registration, List<AgentPlatform.TransferActionState> transferActions,
                        Set<Resource> notFound) {

    /** A resource that can be looked up and found missing. */
    public enum Resource {
        /** The Aircall line owning the DID. */
        LINE,
        /** The forward step's fallback team. */
        FALLBACK_TEAM,
        /** The Synthflow SIP number for the DID. */
        SIP_NUMBER,
        /** The Synthflow assistant. */
        ASSISTANT
    }

    /**
     * Copies the collections, so the state cannot change after it is made.
     *
     * @param line the Aircall line owning the DID, or {@code null} when not read or not found
     * @param fallbackTeam the team the forward step falls back to, or {@code null} when not read or
     *     not found
     * @param sipNumber the Synthflow SIP number for the DID, or {@code null} when not read or not
     *     found
     * @param assistant the Synthflow assistant, or {@code null} when not read or not found
     * @param registration the SIP registration status, or {@code null} when not read
     * @param transferActions the assistant's transfer actions as read; not null, empty when not
     *     read; copied
     * @param notFound the resources looked up and found missing; not null, may be empty; copied
     */
    public LiveState {
        transferActions = List.copyOf(transferActions);
        notFound = notFound.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notFound));
    }

    /** @return a builder with nothing known */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the live state of {@code plan} through the ports: the line by DID, the forward step's
     * fallback team (when it rings a team), the SIP number by DID, the assistant, its transfer
     * actions and, when both the number and the assistant exist, the registration status, each
     * through the ports' {@linkplain ContactCenter#snapshot() snapshots}, so nothing is read twice.
     * Vendor errors propagate as the ports throw them.
     *
     * @param plan the plan; its DID must be valid
     * @param contactCenter the contact-center port (Aircall)
     * @param agentPlatform the AI-platform port (Synthflow)
     * @return what was read
     * @throws io.trunkline.core.exception.InvalidConfigurationException if the plan's DID is not valid
     */
    public static LiveState read(IntegrationPlan plan, ContactCenter contactCenter, AgentPlatform agentPlatform) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(contactCenter, "contactCenter");
        Objects.requireNonNull(agentPlatform, "agentPlatform");
        return read(plan, contactCenter.snapshot(), agentPlatform.snapshot(), builder());
    }

    /** Reads through snapshots: each resource once, and the registration status from the SIP number read. */
    private static LiveState read(IntegrationPlan plan, ContactCenter contactCenter, AgentPlatform agentPlatform, Builder b) {
        PhoneNumber did = plan.phoneNumber();
        contactCenter.findLineByDid(did).ifPresentOrElse(b::line, b::lineNotFound);
        LiveFindings.fallbackTeamId(plan).ifPresent(teamId -> contactCenter.findTeam(teamId).ifPresentOrElse(b::fallbackTeam,
                        b::fallbackTeamNotFound));
        agentPlatform.findSipNumber(did).ifPresentOrElse(b::sipNumber, b::sipNumberNotFound);
        plan.assistant().ifPresent(ref -> agentPlatform.findAssistant(ref.id()).ifPresentOrElse(assistant -> {
            b.assistant(assistant);
            assistant.actionIds().forEach(id -> agentPlatform.findTransferAction(id).ifPresent(b::addTransferAction));
            if (b.sipNumber != null) {
                b.registration(agentPlatform.registrationStatus(did, ref.id()));
            }
        }, b::assistantNotFound));
        return b.build();
    }

    /**
     * @param resource a resource
     * @return whether it was looked up and found missing
     */
    public boolean missing(Resource resource) {
        return notFound.contains(resource);
    }

    /** Builds {@link LiveState}s; each {@code xNotFound()} clears the corresponding value. */
    public static final class Builder {
        private ContactCenter.LineState line;
        private ContactCenter.TeamState fallbackTeam;
        private AgentPlatform.SipNumberState sipNumber;
        private AgentPlatform.AssistantState assistant;
        private AgentPlatform.RegistrationStatus registration;
        private final List<AgentPlatform.TransferActionState> transferActions = new ArrayList<>();
        private final Set<Resource> notFound = EnumSet.noneOf(Resource.class);

        private Builder() {
        }

        /**
         * Sets the line and clears {@link Resource#LINE} from the missing resources.
         *
         * @param line the Aircall line owning the DID; not null
         * @return this builder
         */
        public Builder line(ContactCenter.LineState line) {
            this.line = Objects.requireNonNull(line, "line");
            notFound.remove(Resource.LINE);
            return this;
        }

        /**
         * Records that no Aircall line owns the DID.
         *
         * @return this builder
         */
        public Builder lineNotFound() {
            this.line = null;
            notFound.add(Resource.LINE);
            return this;
        }

        /**
         * Sets the fallback team and clears {@link Resource#FALLBACK_TEAM} from the missing resources.
         *
         * @param team the team the forward step falls back to; not null
         * @return this builder
         */
        public Builder fallbackTeam(ContactCenter.TeamState team) {
            this.fallbackTeam = Objects.requireNonNull(team, "team");
            notFound.remove(Resource.FALLBACK_TEAM);
            return this;
        }

        /**
         * Records that the forward step's fallback team does not exist.
         *
         * @return this builder
         */
        public Builder fallbackTeamNotFound() {
            this.fallbackTeam = null;
            notFound.add(Resource.FALLBACK_TEAM);
            return this;
        }

        /**
         * Sets the SIP number and clears {@link Resource#SIP_NUMBER} from the missing resources.
         *
         * @param sipNumber the Synthflow SIP number for the DID; not null
         * @return this builder
         */
        public Builder sipNumber(AgentPlatform.SipNumberState sipNumber) {
            this.sipNumber = Objects.requireNonNull(sipNumber, "sipNumber");
            notFound.remove(Resource.SIP_NUMBER);
            return this;
        }

        /**
         * Records that Synthflow has no SIP number for the DID.
         *
         * @return this builder
         */
        public Builder sipNumberNotFound() {
            this.sipNumber = null;
            notFound.add(Resource.SIP_NUMBER);
            return this;
        }

        /**
         * Sets the assistant and clears {@link Resource#ASSISTANT} from the missing resources.
         *
         * @param assistant the Synthflow assistant the plan names; not null
         * @return this builder
         */
        public Builder assistant(AgentPlatform.AssistantState assistant) {
            this.assistant = Objects.requireNonNull(assistant, "assistant");
            notFound.remove(Resource.ASSISTANT);
            return this;
        }

        /**
         * Records that the plan's assistant does not exist.
         *
         * @return this builder
         */
        public Builder assistantNotFound() {
            this.assistant = null;
            notFound.add(Resource.ASSISTANT);
            return this;
        }

        /**
         * @param registration the SIP registration status of the DID with the assistant; not null
         * @return this builder
         */
        public Builder registration(AgentPlatform.RegistrationStatus registration) {
            this.registration = Objects.requireNonNull(registration, "registration");
            return this;
        }

        /**
         * @param action a transfer action of the assistant; not null; appended to those added before
         * @return this builder
         */
        public Builder addTransferAction(AgentPlatform.TransferActionState action) {
            transferActions.add(Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * @param actions every transfer action of the assistant; not null, no null element; replaces
         *     those added before
         * @return this builder
         */
        public Builder transferActions(List<AgentPlatform.TransferActionState> actions) {
            transferActions.clear();
            actions.forEach(this::addTransferAction);
            return this;
        }

        /** @return the live state */
        public LiveState build() {
            return new LiveState(line, fallbackTeam, sipNumber, assistant, registration, transferActions, notFound);
        }
    }
}
