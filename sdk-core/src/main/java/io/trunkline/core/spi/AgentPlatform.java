package io.trunkline.core.spi;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.TransferMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

    /**
     * @param did the DID, the SIP number's natural key
     * @return the SIP number with that DID, or {@code Optional.empty()} when the platform has none
     */
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

    /**
     * @param spec the number to import; the engine has checked that none with its DID exists
     * @return the number as the platform created it
     */
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

    /**
     * @param assistantId the platform's assistant id (for Synthflow: the {@code model_id})
     * @return the assistant, or {@code Optional.empty()} when the platform has none with that id
     */
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

    /**
     * @param spec the action to create, not yet attached to any assistant
     * @return the action as the platform created it, with its new id
     */
    TransferActionState createTransferAction(TransferActionSpec spec);

    /**
     * @param actionId the platform's id of the action to overwrite
     * @param spec its desired content, written as {@link #createTransferAction} writes a new one
     */
    void updateTransferAction(String actionId, TransferActionSpec spec);

    /** @param actionId the action to delete; one that is already gone counts as deleted */
    void deleteTransferAction(String actionId);

    /**
     * @param assistantId the assistant that should run the action
     * @param actionId the platform's id of the action to attach to it
     */
    void attachAction(String assistantId, String actionId);

    /**
     * @param assistantId the assistant that should no longer run the action
     * @param actionId the platform's id of the action to detach from it
     */
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

    /**
     * A call as the AI platform logged it for the assistant (for Synthflow: an item of
     * {@code GET /v2/calls}): the fields that explain telephony failures, when it started, and the
     * transfers its executed actions show.
     *
     * @param record the call's status, end reason and telephony fields, as {@code Diagnose} (trunkline-diagnostics) reads them
     * @param startedAt when the call started
     * @param transfers the transfers the platform executed during the call, each described with its
     *     destination when the platform records one (e.g. {@code LIVE_TRANSFER to +33144556677}); empty
     *     when none was executed
     */
    public record AssistantCall(CallRecord record, Instant startedAt, List<String> transfers) {

        /**
         * Checks the values and copies the list.
         *
         * @param record the call's status, end reason and telephony fields, as {@code Diagnose} (trunkline-diagnostics) reads them
         * @param startedAt when the call started
         * @param transfers the transfers the platform executed during the call, each described with its
         *     destination when the platform records one (e.g. {@code LIVE_TRANSFER to +33144556677}); empty
         *     when none was executed
         */
        public AssistantCall {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(startedAt, "startedAt");
            transfers = List.copyOf(transfers);
        }

        /** @return the platform's call id */
        public String id() {
            return record.callId();
        }

        /** @return whether the platform executed a transfer during the call */
        public boolean transferred() {
            return !transfers.isEmpty();
        }
    }

    /**
     * An assistant (voice agent) as read from the agent platform.
     *
     * @param id the assistant id
     * @param name its name
     * @param inbound whether it answers inbound calls
     * @param inboundNumber the number bound for inbound calls, or {@code null}
     * @param engineVersion the engine version when the platform exposes it, or {@code null}
     * @param actionIds the ids of the actions attached to it
     */
    public record AssistantState(String id, String name, boolean inbound, PhoneNumber inboundNumber, String engineVersion,
                                 List<String> actionIds) {

        /**
         * Copies the list.
         *
         * @param id the assistant id
         * @param name its name
         * @param inbound whether it answers inbound calls
         * @param inboundNumber the number bound for inbound calls, or {@code null}
         * @param engineVersion the engine version when the platform exposes it, or {@code null}
         * @param actionIds the ids of the actions attached to it
         */
        public AssistantState {
            actionIds = List.copyOf(actionIds);
        }

        /** @return the inbound number, when bound */
        public Optional<PhoneNumber> boundNumber() {
            return Optional.ofNullable(inboundNumber);
        }
    }

    /**
     * A call as the AI platform logged it, reduced to the fields that explain telephony failures. The
     * values are the platform's own strings, unchanged (for Synthflow: {@code status},
     * {@code end_call_reason}, {@code error_message}, {@code telephony_disconnect_reason},
     * {@code telephony_hangup}, {@code type_of_call} of {@code GET /v2/calls}); an adapter maps its
     * DTO to this record. Every field but the id may be {@code null} when not reported.
     *
     * <pre>{@code
     * CallRecord call = CallRecord.builder("ebe4bd96-dcb1-4abd-9aa5-686877dab061")
     *     .status("failed")
     *     .errorMessage("Telephony - 403 - Caller ID is unauthorized")
     *     .telephonyDisconnectReason("forbidden")
     *     .typeOfCall("inbound")
     *     .build();
     * }</pre>
     *
     * @param callId the platform's call id
     * @param status e.g. {@code completed}, {@code failed}, {@code no-answer}
     * @param endReason e.g. {@code agent_ended_call}, {@code error}
     * @param errorMessage e.g. {@code Telephony - 401 - Unauthorized}; empty when none
     * @param telephonyDisconnectReason {@code unknown}, {@code callee_hangup}, {@code caller_hangup},
     *     {@code error} or {@code forbidden}
     * @param telephonyHangup who hung up: {@code caller} or {@code callee}
     * @param typeOfCall {@code inbound} or {@code outbound}
     */
    public record CallRecord(String callId, String status, String endReason, String errorMessage,
                             String telephonyDisconnectReason, String telephonyHangup, String typeOfCall) {

        /**
         * Checks the id.
         *
         * @param callId the platform's call id
         * @param status e.g. {@code completed}, {@code failed}, {@code no-answer}
         * @param endReason e.g. {@code agent_ended_call}, {@code error}
         * @param errorMessage e.g. {@code Telephony - 401 - Unauthorized}; empty when none
         * @param telephonyDisconnectReason {@code unknown}, {@code callee_hangup}, {@code caller_hangup},
         *     {@code error} or {@code forbidden}
         * @param telephonyHangup who hung up: {@code caller} or {@code callee}
         * @param typeOfCall {@code inbound} or {@code outbound}
         */
        public CallRecord {
            Objects.requireNonNull(callId, "callId");
        }

        /**
         * @param callId the platform's call id
         * @return a builder with every other field unset
         */
        public static Builder builder(String callId) {
            return new Builder(callId);
        }

        /** @return the error message, when non-blank */
        public Optional<String> error() {
            return errorMessage == null || errorMessage.isBlank() ? Optional.empty() : Optional.of(errorMessage.strip());
        }

        /** @return whether the call was inbound (for Aircall: a call the Smartflow forwarded to the AI) */
        public boolean inbound() {
            return "inbound".equalsIgnoreCase(typeOfCall);
        }

        /** Builds {@link CallRecord}s. */
        public static final class Builder {
            private final String callId;
            private String status;
            private String endReason;
            private String errorMessage;
            private String telephonyDisconnectReason;
            private String telephonyHangup;
            private String typeOfCall;

            private Builder(String callId) {
                this.callId = Objects.requireNonNull(callId, "callId");
            }

            /**
             * @param status the call status, e.g. {@code failed}
             * @return this
             */
            public Builder status(String status) {
                this.status = status;
                return this;
            }

            /**
             * @param endReason the end-call reason, e.g. {@code error}
             * @return this
             */
            public Builder endReason(String endReason) {
                this.endReason = endReason;
                return this;
            }

            /**
             * @param errorMessage the error message, e.g. {@code Telephony - 401 - Unauthorized}
             * @return this
             */
            public Builder errorMessage(String errorMessage) {
                this.errorMessage = errorMessage;
                return this;
            }

            /**
             * @param reason {@code error}, {@code forbidden}, {@code callee_hangup}...
             * @return this
             */
            public Builder telephonyDisconnectReason(String reason) {
                this.telephonyDisconnectReason = reason;
                return this;
            }

            /**
             * @param hangup {@code caller} or {@code callee}
             * @return this
             */
            public Builder telephonyHangup(String hangup) {
                this.telephonyHangup = hangup;
                return this;
            }

            /**
             * @param typeOfCall {@code inbound} or {@code outbound}
             * @return this
             */
            public Builder typeOfCall(String typeOfCall) {
                this.typeOfCall = typeOfCall;
                return this;
            }

            /** @return the record */
            public CallRecord build() {
                return new CallRecord(callId, status, endReason, errorMessage, telephonyDisconnectReason,
                        telephonyHangup, typeOfCall);
            }
        }
    }

    /**
     * Whether the SIP trunk behind a number is ready to take calls.
     *
     * @param state registered, pending or failed
     * @param detail what the platform shows, for the report
     */
    public record RegistrationStatus(State state, String detail) {

        /** The registration state. */
        public enum State {
            /** The trunk is up; calls can flow. */
            REGISTERED,
            /** Still settling (the guide: 1–2 minutes after attaching the number). */
            PENDING,
            /** It will not settle without a fix; {@link #detail()} says why. */
            FAILED
        }

        /**
         * @param detail what the platform shows
         * @return a registered status
         */
        public static RegistrationStatus registered(String detail) {
            return new RegistrationStatus(State.REGISTERED, detail);
        }

        /**
         * @param detail what the platform shows
         * @return a pending status
         */
        public static RegistrationStatus pending(String detail) {
            return new RegistrationStatus(State.PENDING, detail);
        }

        /**
         * @param detail why it failed
         * @return a failed status
         */
        public static RegistrationStatus failed(String detail) {
            return new RegistrationStatus(State.FAILED, detail);
        }
    }

    /**
     * The SIP number as the agent platform should hold it, derived from a validated plan.
     *
     * @param did the DID, the number's natural key
     * @param friendlyName label, may be {@code null}
     * @param terminationUri where the platform sends transfers and outbound calls (back to the contact center)
     * @param trunkUsername trunk username, may be {@code null}
     * @param trunkPassword trunk password, may be {@code null}; write-only on the platform
     * @param outboundProxy outbound proxy SIP URI, may be {@code null}
     * @param authUsername REGISTER auth username, may be {@code null}
     * @param registrationEnabled whether the platform sends REGISTER
     * @param registrationExpirySeconds REGISTER expiry in seconds, may be {@code null} for the platform default
     */
    public record SipNumberSpec(PhoneNumber did, String friendlyName, String terminationUri, String trunkUsername,
                                Secret trunkPassword, String outboundProxy, String authUsername,
                                boolean registrationEnabled, Integer registrationExpirySeconds) {

        /**
         * Checks the natural key.
         *
         * @param did the DID, the number's natural key
         * @param friendlyName label, may be {@code null}
         * @param terminationUri where the platform sends transfers and outbound calls (back to the contact center)
         * @param trunkUsername trunk username, may be {@code null}
         * @param trunkPassword trunk password, may be {@code null}; write-only on the platform
         * @param outboundProxy outbound proxy SIP URI, may be {@code null}
         * @param authUsername REGISTER auth username, may be {@code null}
         * @param registrationEnabled whether the platform sends REGISTER
         * @param registrationExpirySeconds REGISTER expiry in seconds, may be {@code null} for the platform default
         */
        public SipNumberSpec {
            Objects.requireNonNull(did, "did");
            Objects.requireNonNull(terminationUri, "terminationUri");
        }

        /** @return the fields with the password masked */
        @Override
        public String toString() {
            return "SipNumberSpec[did=" + did + ", friendlyName=" + friendlyName + ", terminationUri=" + terminationUri
                    + ", trunkUsername=" + trunkUsername + ", trunkPassword=" + (trunkPassword == null ? null : Secret.MASK)
                    + ", outboundProxy=" + outboundProxy + ", authUsername=" + authUsername
                    + ", registrationEnabled=" + registrationEnabled + ", registrationExpirySeconds="
                    + registrationExpirySeconds + "]";
        }
    }

    /**
     * A SIP number as read back from the agent platform. Passwords are never readable, so they are
     * not part of the state.
     *
     * @param did the DID
     * @param friendlyName label, may be {@code null}
     * @param terminationUri termination URI, may be {@code null}
     * @param outboundProxy outbound proxy, may be {@code null}
     * @param authUsername REGISTER auth username, may be {@code null}
     * @param registrationEnabled whether REGISTER is enabled
     * @param registrationExpirySeconds REGISTER expiry, may be {@code null}
     * @param assistantIds the assistants this number is attached to
     */
    public record SipNumberState(PhoneNumber did, String friendlyName, String terminationUri, String outboundProxy,
                                 String authUsername, boolean registrationEnabled, Integer registrationExpirySeconds,
                                 List<String> assistantIds) {

        /**
         * Copies the list.
         *
         * @param did the DID
         * @param friendlyName label, may be {@code null}
         * @param terminationUri termination URI, may be {@code null}
         * @param outboundProxy outbound proxy, may be {@code null}
         * @param authUsername REGISTER auth username, may be {@code null}
         * @param registrationEnabled whether REGISTER is enabled
         * @param registrationExpirySeconds REGISTER expiry, may be {@code null}
         * @param assistantIds the assistants this number is attached to
         */
        public SipNumberState {
            assistantIds = List.copyOf(assistantIds);
        }
    }

    /**
     * A transfer-to-human action as the agent platform should hold it. The call reaches the contact
     * center by dialling {@code phone} through the SIP number's termination URI (a new INVITE).
     *
     * @param assistantId the assistant the action belongs to; natural-key lookups only adopt an action
     *     attached to it or to no assistant, so two integrations that transfer to the same line never
     *     take each other's action
     * @param name the action's name in the plan; the platform may or may not store it
     * @param phone the number to dial: the contact-center line that reaches the target
     * @param mode warm or warm with context (never cold: REFER is not supported by the contact center)
     * @param instructions when the AI should transfer, in words the AI follows
     * @param initiatingMessage what the AI says before transferring
     * @param timeout how long the AI tries the number before giving up; {@code null}: none is sent and
     *     the platform's own default applies
     */
    public record TransferActionSpec(String assistantId, String name, PhoneNumber phone, TransferMode mode, String instructions,
                                     String initiatingMessage, Duration timeout) {

        /**
         * Checks for nulls.
         *
         * @param assistantId the assistant the action belongs to; natural-key lookups only adopt an action
         *     attached to it or to no assistant, so two integrations that transfer to the same line never
         *     take each other's action
         * @param name the action's name in the plan; the platform may or may not store it
         * @param phone the number to dial: the contact-center line that reaches the target
         * @param mode warm or warm with context (never cold: REFER is not supported by the contact center)
         * @param instructions when the AI should transfer, in words the AI follows
         * @param initiatingMessage what the AI says before transferring
         * @param timeout how long the AI tries the number before giving up; {@code null}: none is sent and
         *     the platform's own default applies
         */
        public TransferActionSpec {
            Objects.requireNonNull(assistantId, "assistantId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(mode, "mode");
        }
    }

    /**
     * A transfer action as read from the agent platform.
     *
     * @param id the platform's action id
     * @param phone the number it dials, as stored, may be {@code null}
     * @param mode its transfer mode, may be {@code null} when unreadable
     * @param instructions when it transfers, may be {@code null}
     * @param initiatingMessage what it says first, may be {@code null}
     * @param timeout how long it tries, may be {@code null}
     */
    public record TransferActionState(String id, String phone, TransferMode mode, String instructions,
                                      String initiatingMessage, Duration timeout) {
    }
}
