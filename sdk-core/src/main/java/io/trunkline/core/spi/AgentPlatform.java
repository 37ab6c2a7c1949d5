package io.trunkline.core.spi;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * The AI voice-agent side of an integration (implemented for Synthflow by {@code trunkline-synthflow}),
 * in domain terms. The engine never sees HTTP or vendor DTOs.
 *
 * <p>Implementations must be thread-safe. Lookups return {@link Optional#empty()} when a resource
 * does not exist; other failures throw a {@code TrunklineException}. Writes must not be retried
 * blindly by implementations when the vendor has no idempotency keys: the engine re-reads by
 * natural key (the DID) before creating.
 */
public interface AgentPlatform {

    /** @param did the DID @return the SIP number with that DID, if the platform has one */
    Optional<SipNumberState> findSipNumber(PhoneNumber did);

    /** What the engine expects a lookup to find, from its journal: a hint, never an answer. */
    enum Expectation {
        /** Trunkline imported the number (or found it) earlier: most likely still there. */
        PRESENT,
        /** Trunkline never imported it: most likely not there yet (a first apply). */
        ABSENT
    }

    /**
     * Like {@link #findSipNumber(PhoneNumber)}, in the order of reads that is cheapest when the
     * expectation holds: a platform whose "absent" answer needs a second read to be trusted may look
     * the number up in a list first when it expects it to be absent. The answer is the same whatever
     * the expectation; the default ignores it.
     *
     * @param did the DID
     * @param expected what the engine's journal suggests
     * @return the SIP number with that DID, if the platform has one
     */
    default Optional<SipNumberState> findSipNumber(PhoneNumber did, Expectation expected) {
        return findSipNumber(did);
    }

    /** @param spec the number to import @return the number as created */
    SipNumberState createSipNumber(SipNumberSpec spec);

    /** @param spec the desired number, keyed by its DID; every field of the spec is written */
    void updateSipNumber(SipNumberSpec spec);

    /**
     * Deletes the number, which also detaches it from every assistant. A number that is already gone
     * counts as deleted: destroy deletes what the journal records without reading it first.
     *
     * @param did the DID of the number to delete
     */
    void deleteSipNumber(PhoneNumber did);

    /** @param assistantId the assistant id @return the assistant, if it exists */
    Optional<AssistantState> findAssistant(String assistantId);

    /**
     * Makes {@code did} the assistant's inbound number. On the platform this is when the SIP trunk
     * is created, and registration starts.
     *
     * @param assistantId the assistant
     * @param did the SIP number's DID
     */
    void bindInboundNumber(String assistantId, PhoneNumber did);

    /**
     * Finds a transfer action by its id (recorded when Trunkline created it).
     *
     * @param actionId the platform's action id
     * @return the action, if it still exists
     */
    Optional<TransferActionState> findTransferAction(String actionId);

    /** Which existing actions a natural-key lookup may return. */
    enum MatchScope {
        /** Only an action attached to the spec's assistant: an action of this integration. */
        ATTACHED_TO_ASSISTANT,
        /**
         * Also an action attached to no assistant: one this integration created but never attached
         * (a crash between the create and the attach). Used only when the journal says such a create
         * was under way, because another integration's create may be just as unattached for a moment.
         */
        ATTACHED_OR_UNATTACHED
    }

    /**
     * Finds the transfer action that matches {@code spec} by natural key, used when no id was
     * recorded (first run, or a crash between the create and the journal update). Implementations
     * document what they match on (e.g. the same number dialled with the same instructions); they
     * never return an action attached only to other assistants, which belongs to another integration.
     *
     * @param spec the desired action
     * @param scope whether an unattached action may be returned
     * @return the matching action, if any
     */
    Optional<TransferActionState> findMatchingTransferAction(TransferActionSpec spec, MatchScope scope);

    /**
     * Records what exists before a create, so that a create whose answer is lost can be found
     * again through documented reads alone. The engine stores the returned value in the journal's
     * intent before it calls {@link #createTransferAction} and hands it back to
     * {@link #transferActionsCreatedSince} when the journal shows a create without an id.
     *
     * @param spec the action about to be created
     * @return an opaque, secret-free baseline (e.g. the ids of the actions that exist now)
     */
    String transferActionBaseline(TransferActionSpec spec);

    /**
     * The actions that could be the one a create under way made: created since {@code baseline}
     * and attached to no assistant or to the spec's assistant. The engine adopts a single candidate
     * and stops with an error naming them when there are several; it never guesses.
     *
     * @param spec the action that was being created
     * @param baseline what {@link #transferActionBaseline} returned before the create
     * @return the candidates, possibly none (the create never happened)
     */
    List<TransferActionState> transferActionsCreatedSince(TransferActionSpec spec, String baseline);

    /** @param spec the action to create @return the action as created */
    TransferActionState createTransferAction(TransferActionSpec spec);

    /** @param actionId the action @param spec its desired content */
    void updateTransferAction(String actionId, TransferActionSpec spec);

    /** @param actionId the action to delete; one that is already gone counts as deleted */
    void deleteTransferAction(String actionId);

    /** @param assistantId the assistant @param actionId the action to attach to it */
    void attachAction(String assistantId, String actionId);

    /** @param assistantId the assistant @param actionId the action to detach from it */
    void detachAction(String assistantId, String actionId);

    /**
     * Reads whether the trunk behind the number is ready. Used by verify, polled until it settles.
     *
     * @param did the SIP number
     * @param assistantId the assistant it should be bound to
     * @return the status
     */
    RegistrationStatus registrationStatus(PhoneNumber did, String assistantId);

    /**
     * Finds the AI side of a test call: the newest inbound call the platform logged for the assistant
     * that started in the window (from the window's caller, when given). Reads every page the platform
     * serves for the window.
     *
     * @param assistantId the assistant that should have answered
     * @param window the DID called and when
     * @return the call, empty when the platform logged none
     */
    Optional<AssistantCall> findInboundCall(String assistantId, CallWindow window);

    /**
     * The platform's dashboard-only steps for this plan (e.g. confirming the engine version where the
     * API does not expose it, or a signalling allowlist).
     *
     * @param integration the validated integration
     * @return the steps, possibly none
     */
    List<ManualStep> manualSteps(ValidIntegration integration);

    /** @return the platform's entries of the assumption ledger: what it assumes where its vendor's docs are silent */
    List<VendorAssumption> assumptions();

    /**
     * Checks each {@link #assumptions() assumption} that a read can check against the live account,
     * writing nothing.
     *
     * @param did the integration's DID, used to pick numbers to read
     * @param terminationUri the plan's termination URI, compared with what the vendor stores, may be {@code null}
     * @return one verdict per assumption, in ledger order
     */
    List<AssumptionVerdict> preflight(PhoneNumber did, String terminationUri);

    /**
     * A view of this platform for one plan, verify or destroy: it reads the SIP number, the
     * assistant, each transfer action and the action list at most once and answers repeats from
     * what it read; its first {@link #registrationStatus} may answer from the SIP number it read.
     * The engine reads through a view, writes through the platform itself, and drops the view at
     * the end of the phase, so nothing read outlives it. The default reads every time.
     *
     * @return the view
     */
    default AgentPlatform snapshot() {
        return this;
    }
}
