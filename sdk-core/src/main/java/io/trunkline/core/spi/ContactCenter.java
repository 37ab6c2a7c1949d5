package io.trunkline.core.spi;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * The contact-center side of an integration (implemented for Aircall by {@code trunkline-aircall}),
 * in domain terms. The SIP destination and the Smartflow are dashboard-only, so they come back as
 * {@link ManualStep}s; everything an API exposes is read here.
 *
 * <p>Implementations must be thread-safe and return {@link Optional#empty()} for missing resources.
 */
public interface ContactCenter {

    /** @param did the DID @return the line that owns it, if any */
    Optional<LineState> findLineByDid(PhoneNumber did);

    /** @param lineId the Line ID @return the line, if it exists */
    Optional<LineState> findLine(long lineId);

    /** @param teamId the Team ID @return the team, if it exists */
    Optional<TeamState> findTeam(long teamId);

    /** @param userId the User ID @return the user, if it exists */
    Optional<UserState> findUser(long userId);

    /**
     * Finds a test call: the newest inbound call on the line owning {@code window.did()} that started
     * in the window. Used by verify when the user placed a test call.
     *
     * @param window the DID called and when; a caller, when given, may narrow the search
     * @return the call, empty when there is none in the window or no line owns the DID
     */
    Optional<ContactCenterCall> findInboundCall(CallWindow window);

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
}
