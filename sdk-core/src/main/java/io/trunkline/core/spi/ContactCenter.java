package io.trunkline.core.spi;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact-center side of an integration (implemented for Aircall by {@code trunkline-aircall}),
 * in domain terms. The SIP destination and the Smartflow are dashboard-only, so they come back as
 * {@link ManualStep}s; everything an API exposes is read here.
 *
 * <p>Implementations must be thread-safe and return {@link Optional#empty()} for missing resources.
 */
public interface ContactCenter {

    /**
     * @param did the DID the plan routes to the AI
     * @return the Aircall line (number) that owns the DID, or {@code Optional.empty()} when no line does
     */
    Optional<LineState> findLineByDid(PhoneNumber did);

    /**
     * @param lineId the Line ID shown in the contact center's dashboard URL
     * @return the line, or {@code Optional.empty()} when no line has that ID
     */
    Optional<LineState> findLine(long lineId);

    /**
     * @param teamId the Team ID shown in the contact center's dashboard URL
     * @return the team, or {@code Optional.empty()} when no team has that ID
     */
    Optional<TeamState> findTeam(long teamId);

    /**
     * @param userId the User ID shown in the contact center's dashboard URL
     * @return the user, or {@code Optional.empty()} when no user has that ID
     */
    Optional<UserState> findUser(long userId);

    /**
     * Finds a test call: the newest inbound call on the line owning {@code window.did()} that started
     * in the window. Used by verify when the user placed a test call.
     *
     * @param window the DID called and when; a caller, when given, may narrow the search
     * @return the call, empty when there is none in the window or no line owns the DID
     */
    Optional<InboundCall> findInboundCall(CallWindow window);

    /**
     * The dashboard-only steps for this plan: the SIP destination and the Smartflow, with exact values.
     *
     * @param integration the validated integration
     * @return the steps in the order to perform them
     */
    List<ManualStep> manualSteps(ValidIntegration integration);

    /**
     * The dashboard-only steps to undo the integration (remove the Smartflow step and destination).
     *
     * @param integration the validated integration being destroyed
     * @return the steps in the order to perform them
     */
    List<ManualStep> teardownSteps(ValidIntegration integration);

    /** @return the contact center's entries of the assumption ledger */
    List<VendorAssumption> assumptions();

    /**
     * Checks each {@link #assumptions() assumption} that a read can check against the live account,
     * writing nothing.
     *
     * @param did the integration's DID
     * @return one verdict per assumption, in ledger order
     */
    List<AssumptionVerdict> preflight(PhoneNumber did);

    /**
     * A view of this contact center for one plan, verify or destroy (or one whole batch): it reads
     * each line, team, user and number list at most once and answers repeats, including the reads
     * behind {@link #manualSteps} and {@link #teardownSteps}, from what it read. The engine takes a
     * view at the start of each of those and drops it at the end, so nothing read outlives it. The
     * default reads every time.
     *
     * @return the view
     */
    default ContactCenter snapshot() {
        return this;
    }

    /**
     * A view that reads nothing and answers as if nothing existed, for a plan made without a vendor
     * connection ({@code IntegrationEngine.planOffline}). Its runbook names lines, teams and users
     * by ID. The default answers every lookup with empty; implementations whose runbook reads names
     * override it.
     *
     * @return the view
     */
    default ContactCenter offline() {
        return new OfflineContactCenter(this);
    }

    /**
     * An inbound call as the contact center recorded it on the integration's line (for Aircall: an item
     * of {@code GET /v1/calls}), reduced to what verify reports: whether it was answered, missed or
     * transferred, and where to.
     *
     * @param id the contact center's call id
     * @param startedAt when the call started
     * @param outcome how it ended, as far as the record tells
     * @param missedReason the contact center's reason for a missed call (Aircall: {@code missed_call_reason},
     *     e.g. {@code agents_did_not_answer}), or {@code null}
     * @param transferredTo who or what the call was transferred to, as the contact center names it, or
     *     {@code null} when it was not transferred or the record does not say
     */
    public record InboundCall(String id, Instant startedAt, Outcome outcome, String missedReason,
                                    String transferredTo) {

        /** How the call ended, as far as the contact center's record tells. */
        public enum Outcome {
            /** Answered and not transferred (by the AI or by an agent: the record may not tell which). */
            ANSWERED,
            /** Transferred after being answered. */
            TRANSFERRED,
            /** Ended without being answered. */
            MISSED,
            /** Not ended yet. */
            IN_PROGRESS
        }

        /**
         * Checks the required values.
         *
         * @param id the contact center's call id
         * @param startedAt when the call started
         * @param outcome how it ended, as far as the record tells
         * @param missedReason the contact center's reason for a missed call (Aircall: {@code missed_call_reason},
         *     e.g. {@code agents_did_not_answer}), or {@code null}
         * @param transferredTo who or what the call was transferred to, as the contact center names it, or
         *     {@code null} when it was not transferred or the record does not say
         */
        public InboundCall {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(outcome, "outcome");
        }

        /** @return the reason the call was missed, when the record gives one */
        public Optional<String> missed() {
            return Optional.ofNullable(missedReason).filter(r -> !r.isBlank());
        }

        /** @return where the call was transferred, when the record says */
        public Optional<String> transfer() {
            return Optional.ofNullable(transferredTo).filter(t -> !t.isBlank());
        }
    }

    /**
     * A contact-center line (an Aircall number).
     *
     * @param id the Line ID
     * @param name its name
     * @param number its DID
     * @param smartflowManaged whether its routing is edited with Smartflows
     * @param timeZone its IANA time zone, may be {@code null}
     */
    public record LineState(long id, String name, PhoneNumber number, boolean smartflowManaged, String timeZone) {
    }

    /**
     * A contact-center team.
     *
     * @param id the Team ID
     * @param name its name
     * @param userCount how many users it rings
     */
    public record TeamState(long id, String name, int userCount) {
    }

    /**
     * A contact-center user (agent).
     *
     * @param id the User ID
     * @param name the user's name
     */
    public record UserState(long id, String name) {
    }
}
