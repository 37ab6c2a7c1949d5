package io.trunkline.synthflow;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.internal.SnapshotReads;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.core.spi.VendorAssumption;
import io.trunkline.synthflow.internal.Absence;
import io.trunkline.synthflow.internal.AssistantMapping;
import io.trunkline.synthflow.internal.CallLog;
import io.trunkline.synthflow.internal.LiveTransferMatcher;
import io.trunkline.synthflow.internal.NumberLookup;
import io.trunkline.synthflow.internal.RegistrationSignal;
import io.trunkline.synthflow.internal.SipNumberMapping;
import io.trunkline.synthflow.internal.SynthflowAssumptions;
import io.trunkline.synthflow.internal.SynthflowEndpoints;
import io.trunkline.synthflow.internal.SynthflowManualSteps;
import io.trunkline.synthflow.internal.SynthflowPreflight;
import io.trunkline.synthflow.internal.TransferActionMapping;
import io.trunkline.synthflow.internal.wire.ActionPage;
import io.trunkline.synthflow.internal.wire.ActionSummary;
import io.trunkline.synthflow.internal.wire.AssistantPage;
import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Synthflow as the lifecycle engine's {@link AgentPlatform}: the SIP ("custom") number for the
 * Aircall DID, the assistant's inbound binding, and warm {@code LIVE_TRANSFER} actions back to
 * Aircall, all through Synthflow's v2 REST API. Immutable and thread-safe; it holds no state besides
 * the client.
 *
 * <pre>{@code
 * SynthflowClient synthflow = SynthflowClient.create(SynthflowConfig.builder()
 *         .apiKey(Secret.of(System.getenv("SYNTHFLOW_API_KEY")))
 *         .workspaceId("1710107690998x536152705164378100")
 *         .build());
 * IntegrationEngine engine = IntegrationEngine.builder()
 *         .agentPlatform(SynthflowAgentPlatform.create(synthflow))
 *         .contactCenter(aircall)
 *         .stateStore(StateStore.file(Path.of("trunkline.state")))
 *         .build();
 * ChangePlan plan = engine.plan(integration);
 * }</pre>
 *
 * <p>What each port method sends (paths relative to {@code /v2}; the workspace is the client's):
 * <table>
 *   <caption>Port methods and Synthflow requests</caption>
 *   <tr><th>method</th><th>request</th></tr>
 *   <tr><td>{@link #findSipNumber}, {@link #registrationStatus}</td><td>{@code GET /numbers/{slug}?workspace=…}; when the
 *       number is expected absent, {@code GET /numbers?workspace&limit&offset} first, every page</td></tr>
 *   <tr><td>{@link #createSipNumber}</td><td>{@code POST /custom-numbers} (provider {@code custom})</td></tr>
 *   <tr><td>{@link #updateSipNumber}</td><td>{@code PATCH /numbers/{slug}}</td></tr>
 *   <tr><td>{@link #deleteSipNumber}</td><td>{@code DELETE /numbers/{slug}}</td></tr>
 *   <tr><td>{@link #findAssistant}</td><td>{@code GET /assistants/{id}?include_actions=true}</td></tr>
 *   <tr><td>{@link #bindInboundNumber}</td><td>{@code PUT /assistants/{id}} with only {@code phone_number}</td></tr>
 *   <tr><td>{@link #findTransferAction}</td><td>{@code GET /actions/{id}}</td></tr>
 *   <tr><td>{@link #findMatchingTransferAction}</td><td>the assistant and its attached actions; after a crash {@code GET /actions?limit&offset}, every page, then
 *       {@code GET /actions/{id}?include_assistants=true} per matching candidate</td></tr>
 *   <tr><td>{@link #createTransferAction}, {@link #updateTransferAction}</td><td>{@code POST /actions},
 *       {@code PUT /actions/{id}} with a {@code LIVE_TRANSFER} body</td></tr>
 *   <tr><td>{@link #deleteTransferAction}</td><td>{@code DELETE /actions/{id}}</td></tr>
 *   <tr><td>{@link #attachAction}, {@link #detachAction}</td><td>{@code POST /actions/attach}, {@code POST /actions/detach}</td></tr>
 *   <tr><td>{@link #findInboundCall}</td><td>{@code GET /calls?model_id&from_date&to_date[&lead_phone_number]&limit&offset}, every page</td></tr>
 * </table>
 *
 * <p>Choices Synthflow's documentation leaves open are each made in one class of
 * {@code io.trunkline.synthflow.internal}: the termination-URI field name of the PATCH body
 * ({@code sip_term_uri}, in {@code SipNumberMapping}), how a transfer action is read back and matched
 * ({@code LiveTransferMatcher}) and how registration is observed ({@code RegistrationSignal}).
 * Failures are the unchecked exceptions of {@code io.trunkline.core.exception}, as thrown by the client.
 */
public final class SynthflowAgentPlatform implements AgentPlatform, AutoCloseable {

    private static final String UNKNOWN_ID = SynthflowAssumptions.UNKNOWN_ID_STATUS.id();

    /** Page size when listing actions; pages are read until every action has been seen. */
    static final int ACTION_PAGE_SIZE = 100;

    private final SynthflowClient client;
    /** The client's requests. */
    private final SynthflowEndpoints api;
    private final String workspaceId;
    private final boolean transferReadBack;
    private final NumberLookup numbers;
    private final boolean ownsClient;
    /** A snapshot's reads; {@code null} for the platform itself, which reads every time. */
    private final SnapshotReads reads;

    private SynthflowAgentPlatform(SynthflowClient client, boolean transferReadBack) {
        this(client, transferReadBack, false, null);
    }

    private SynthflowAgentPlatform(SynthflowClient client, boolean transferReadBack, boolean ownsClient,
                                   SnapshotReads reads) {
        this.ownsClient = ownsClient;
        this.client = client;
        this.api = client.endpoints();
        this.workspaceId = client.config().workspaceId();
        this.transferReadBack = transferReadBack;
        this.numbers = new NumberLookup(api);
        this.reads = reads;
    }

    /**
     * A view for one plan, verify or destroy: it reads each SIP number, assistant and transfer
     * action, and the action list, at most once, and its {@link #registrationStatus} answers from the
     * number it read. The engine writes through the platform itself and drops the view when the
     * phase ends. Closing a view does not close the client.
     *
     * @return the view
     */
    @Override
    public SynthflowAgentPlatform snapshot() {
        return new SynthflowAgentPlatform(client, transferReadBack, false, new SnapshotReads());
    }

    /** @return what {@code read} answers: once per snapshot, every time for the platform itself */
    private <T> T read(Supplier<T> read, Object... key) {
        return reads == null ? read.get() : reads.get(read, key);
    }

    /**
     * Uses a configured client; its workspace is the one the integration lives in. A
     * {@code LIVE_TRANSFER}'s settings are not read back (see {@link #create(SynthflowClient, List)}).
     *
     * @param client the Synthflow client
     * @return the platform
     */
    public static SynthflowAgentPlatform create(SynthflowClient client) {
        return new SynthflowAgentPlatform(Objects.requireNonNull(client, "client"), false);
    }

    /**
     * Uses a configured client and what a {@link #preflight preflight} confirmed. Only a confirmed
     * {@code SF-LIVE-TRANSFER-READBACK} turns on reading a {@code LIVE_TRANSFER}'s settings back from
     * {@code parameters_hard_coded}, which lets plan compare them for drift and recognise an action
     * by what it dials; without it, actions are known by the ids in the journal only.
     *
     * <pre>{@code
     * List<AssumptionVerdict> found = SynthflowAgentPlatform.create(client).preflight(did, terminationUri);
     * AgentPlatform synthflow = SynthflowAgentPlatform.create(client, found);
     * }</pre>
     *
     * @param client the Synthflow client
     * @param preflight verdicts from {@link #preflight}
     * @return the platform
     */
    public static SynthflowAgentPlatform create(SynthflowClient client, List<AssumptionVerdict> preflight) {
        boolean readBack = Objects.requireNonNull(preflight, "preflight").stream()
                .anyMatch(v -> v.confirmed() && v.assumption().equals(SynthflowAssumptions.LIVE_TRANSFER_READBACK));
        return new SynthflowAgentPlatform(Objects.requireNonNull(client, "client"), readBack);
    }

    /**
     * Creates a client from {@code config} and uses it; {@link #close()} closes that client.
     *
     * @param config the Synthflow configuration
     * @return the platform
     */
    public static SynthflowAgentPlatform create(SynthflowConfig config) {
        return new SynthflowAgentPlatform(SynthflowClient.create(Objects.requireNonNull(config, "config")), false, true, null);
    }

    /**
     * Creates a client from {@code config} and uses it with what a preflight confirmed (see
     * {@link #create(SynthflowClient, List)}); {@link #close()} closes that client.
     *
     * @param config the Synthflow configuration
     * @param preflight verdicts from {@link #preflight}
     * @return the platform
     */
    public static SynthflowAgentPlatform create(SynthflowConfig config, List<AssumptionVerdict> preflight) {
        SynthflowAgentPlatform borrowing = create(SynthflowClient.create(Objects.requireNonNull(config, "config")), preflight);
        return new SynthflowAgentPlatform(borrowing.client, borrowing.transferReadBack, true, null);
    }

    /**
     * Closes the client this platform created from a configuration; a client passed to
     * {@code create(SynthflowClient…)} belongs to the caller and stays open.
     */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    // ------------------------------------------------------------ SIP number

    /**
     * Reads the number by its slug ({@code GET /numbers/{slug}}); the list endpoint cannot filter by
     * number.
     *
     * @param did the DID
     * @return the number, or empty when Synthflow answers 404
     */
    @Override
    public Optional<AgentPlatform.SipNumberState> findSipNumber(PhoneNumber did) {
        return number(did).map(SipNumberMapping::state);
    }

    /**
     * Reads the number in the order that is cheaper when {@code expected} holds: by its slug when it
     * is expected to be there; when it is expected to be absent, the paginated {@code GET /numbers}
     * first (an unknown slug's 400 or 404 must be confirmed by that list anyway), then the slug only if
     * the list holds the DID.
     *
     * @param did the DID
     * @param expected what the engine's journal suggests
     * @return the number, or empty when the workspace does not have it
     */
    @Override
    public Optional<AgentPlatform.SipNumberState> findSipNumber(PhoneNumber did, Expectation expected) {
        Objects.requireNonNull(did, "did");
        if (Objects.requireNonNull(expected, "expected") == Expectation.PRESENT) {
            return findSipNumber(did);
        }
        return read(() -> numbers.findListedFirst(did), "number", did.e164()).map(SipNumberMapping::state);
    }

    /**
     * Imports the DID as a custom number ({@code POST /custom-numbers}), sent once and never retried
     * (Synthflow has no idempotency keys; the engine re-reads the DID before any new attempt). The
     * returned state is built from the spec and the answer rather than read again, to save a request:
     * a fresh import has no assistant attached.
     *
     * @param spec the number to import
     * @return the number as created
     */
    @Override
    public AgentPlatform.SipNumberState createSipNumber(AgentPlatform.SipNumberSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return SipNumberMapping.created(spec, api.importCustomNumber(SipNumberMapping.importRequest(spec)));
    }

    /**
     * Writes every field the spec sets ({@code PATCH /numbers/{slug}}); the termination URI is sent as
     * {@code sip_term_uri} (the documented alias {@code termination_uri} is not used). The trunk
     * password is write-only at Synthflow and is sent only when the spec has one.
     *
     * @param spec the desired number, keyed by its DID
     */
    @Override
    public void updateSipNumber(AgentPlatform.SipNumberSpec spec) {
        Objects.requireNonNull(spec, "spec");
        api.updateNumber(slug(spec.did()), SipNumberMapping.updateRequest(spec));
    }

    /**
     * Deletes the number ({@code DELETE /numbers/{slug}}), which also detaches it from every
     * assistant. An answer that the number is not found counts as done once the number list
     * confirms it: a retried DELETE whose first answer was lost finds nothing.
     *
     * @param did the DID
     */
    @Override
    public void deleteSipNumber(PhoneNumber did) {
        numbers.delete(Objects.requireNonNull(did, "did"));
    }

    // ------------------------------------------------------------- assistant

    /**
     * Reads the assistant with its attached actions ({@code GET /assistants/{id}?include_actions=true}).
     * {@code engineVersion} is always {@code null}: Synthflow's API does not document an engine-version
     * field, so the version is confirmed by a manual step instead (see {@link #manualSteps}).
     *
     * @param assistantId the assistant's {@code model_id}
     * @return the assistant, or empty when Synthflow does not know it
     */
    @Override
    public Optional<AgentPlatform.AssistantState> findAssistant(String assistantId) {
        Objects.requireNonNull(assistantId, "assistantId");
        return read(() -> Absence.read(() -> AssistantMapping.state(api.getAssistant(assistantId, true)),
                () -> assistantListed(assistantId), "assistant " + assistantId + " (GET /assistants/)", UNKNOWN_ID),
                "assistant", assistantId);
    }

    private boolean assistantListed(String assistantId) {
        int offset = 0;
        while (true) {
            AssistantPage page = api.listAssistants(ACTION_PAGE_SIZE, offset);
            if (page.assistants().stream().anyMatch(a -> assistantId.equals(a.modelId()))) {
                return true;
            }
            offset += page.assistants().size();
            Integer total = page.pagination() == null ? null : page.pagination().totalRecords();
            if (page.assistants().isEmpty() || (total != null ? offset >= total : page.assistants().size() < ACTION_PAGE_SIZE)) {
                return false;
            }
        }
    }

    private boolean actionListed(String actionId) {
        return allActions().stream().anyMatch(a -> actionId.equals(a.actionId()));
    }

    /**
     * Sets the assistant's inbound number ({@code PUT /assistants/{id}} with only {@code phone_number},
     * a partial update). Synthflow creates the SIP trunk at this moment; registration follows within
     * 1–2 minutes.
     *
     * @param assistantId the assistant
     * @param did the SIP number's DID
     */
    @Override
    public void bindInboundNumber(String assistantId, PhoneNumber did) {
        Objects.requireNonNull(assistantId, "assistantId");
        Objects.requireNonNull(did, "did");
        api.updateAssistant(assistantId, AssistantUpdate.phoneNumber(did.e164()));
    }

    // -------------------------------------------------------- transfer actions

    /**
     * Reads an action ({@code GET /actions/{id}}). Synthflow documents no {@code LIVE_TRANSFER}
     * fields in the answer; what can be read comes from {@code parameters_hard_coded} (an inference,
     * see {@code LiveTransferMatcher}) and everything else is {@code null}, which the engine treats as
     * "not readable".
     *
     * @param actionId the action id
     * @return the action, or empty after a 404
     */
    @Override
    public Optional<AgentPlatform.TransferActionState> findTransferAction(String actionId) {
        Objects.requireNonNull(actionId, "actionId");
        return read(() -> Absence.read(() -> api.getAction(actionId, false), () -> actionListed(actionId),
                        "action " + actionId + " (GET /actions)", UNKNOWN_ID)
                .map(action -> readable(action.actionId(), action.parametersHardCoded())), "action", actionId);
    }

    /** What can be read of an action: its settings only when read-back is confirmed, else just its id. */
    private AgentPlatform.TransferActionState readable(String actionId, Map<String, Object> parametersHardCoded) {
        return LiveTransferMatcher.state(actionId, transferReadBack ? parametersHardCoded : Map.of());
    }

    /**
     * Finds the {@code LIVE_TRANSFER} that dials the same number with the same readable settings. For
     * {@link MatchScope#ATTACHED_TO_ASSISTANT} it reads only the assistant's attached actions
     * ({@code GET /assistants/{id}?include_actions=true}, then {@code GET /actions/{id}} each). For
     * {@link MatchScope#ATTACHED_OR_UNATTACHED} — only after a crash between a create and its attach —
     * it lists every action of the workspace ({@code GET /actions}, page by page) and reads the
     * assistants of each candidate ({@code GET /actions/{id}?include_assistants=true}) to adopt only one
     * attached to the spec's assistant or to none. The rule is an unconfirmed inference, documented on
     * {@code LiveTransferMatcher}: Synthflow's transfer actions have no name to match on.
     *
     * @param spec the desired action
     * @param scope whether an unattached action may be adopted
     * @return the matching action, if any
     */
    @Override
    public Optional<AgentPlatform.TransferActionState> findMatchingTransferAction(AgentPlatform.TransferActionSpec spec, MatchScope scope) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scope, "scope");
        if (!transferReadBack) {
            return Optional.empty(); // nothing to match on: an action's settings are unreadable
        }
        if (scope == MatchScope.ATTACHED_TO_ASSISTANT) {
            // The assistant's own few actions, not the workspace's many: O(1) per integration in bulk runs.
            return findAssistant(spec.assistantId()).map(AgentPlatform.AssistantState::actionIds).orElse(List.of()).stream()
                    .map(this::findTransferAction).flatMap(Optional::stream)
                    .filter(state -> LiveTransferMatcher.matches(state, spec)).findFirst();
        }
        List<AgentPlatform.TransferActionState> candidates = LiveTransferMatcher.candidates(allActions(), spec);
        return LiveTransferMatcher.pick(candidates, id -> api.getAction(id, true).assistants(), spec,
                scope == MatchScope.ATTACHED_OR_UNATTACHED);
    }

    /**
     * The ids of the workspace's {@code LIVE_TRANSFER} actions now ({@code GET /actions}, every page),
     * comma-separated: what the journal records before a create.
     */
    @Override
    public String transferActionBaseline(AgentPlatform.TransferActionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return allActions().stream().filter(SynthflowAgentPlatform::isLiveTransfer)
                .map(ActionSummary::actionId).collect(Collectors.joining(","));
    }

    /**
     * Lists the workspace's actions ({@code GET /actions}, every page) and reads the assistants of
     * each {@code LIVE_TRANSFER} missing from the baseline ({@code GET /actions/{id}?include_assistants=true}),
     * keeping those attached to no assistant or to the spec's; with read-back confirmed, also only
     * those that dial the spec's number.
     */
    @Override
    public List<AgentPlatform.TransferActionState> transferActionsCreatedSince(AgentPlatform.TransferActionSpec spec, String baseline) {
        Objects.requireNonNull(spec, "spec");
        Set<String> before = baseline == null || baseline.isEmpty() ? Set.of() : Set.of(baseline.split(","));
        List<AgentPlatform.TransferActionState> candidates = new ArrayList<>();
        for (ActionSummary action : allActions()) {
            if (!isLiveTransfer(action) || before.contains(action.actionId())) {
                continue;
            }
            AgentPlatform.TransferActionState state = readable(action.actionId(), action.parametersHardCoded());
            if (transferReadBack && !LiveTransferMatcher.matches(state, spec)) {
                continue;
            }
            List<String> assistants = api.getAction(action.actionId(), true).assistants();
            if (assistants.isEmpty() || assistants.contains(spec.assistantId())) {
                candidates.add(state);
            }
        }
        return candidates;
    }

    private static boolean isLiveTransfer(ActionSummary action) {
        return LiveTransferMatcher.LIVE_TRANSFER.equals(action.actionType());
    }

    private List<ActionSummary> allActions() {
        return read(this::listAllActions, "actions");
    }

    private List<ActionSummary> listAllActions() {
        List<ActionSummary> all = new ArrayList<>();
        while (true) {
            ActionPage page = api.listActions(ACTION_PAGE_SIZE, all.size());
            all.addAll(page.actions());
            // advance by what was received, so a server that caps the page size still gets read fully
            boolean more = page.pagination() != null && page.pagination().totalRecords() != null
                    ? all.size() < page.pagination().totalRecords()
                    : page.actions().size() == ACTION_PAGE_SIZE;
            if (!more || page.actions().isEmpty()) {
                return all;
            }
        }
    }

    /**
     * Creates a warm {@code LIVE_TRANSFER} ({@code POST /actions}), sent once and never retried.
     *
     * @param spec the action to create
     * @return the new action as far as it is known without another request
     * @throws InvalidConfigurationException when the mode is cold: Synthflow does a cold transfer with
     *     SIP REFER, which Aircall does not support
     */
    @Override
    public AgentPlatform.TransferActionState createTransferAction(AgentPlatform.TransferActionSpec spec) {
        Objects.requireNonNull(spec, "spec");
        String id = api.createAction(TransferActionMapping.liveTransfer(spec)).actionId();
        return new AgentPlatform.TransferActionState(id, spec.phone().e164(), spec.mode(), spec.instructions(),
                spec.initiatingMessage(), spec.timeout());
    }

    /**
     * Replaces the action's configuration ({@code PUT /actions/{id}}, full {@code LIVE_TRANSFER} body).
     *
     * @param actionId the action
     * @param spec its desired content
     * @throws InvalidConfigurationException when the mode is cold
     */
    @Override
    public void updateTransferAction(String actionId, AgentPlatform.TransferActionSpec spec) {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(spec, "spec");
        api.updateAction(actionId, TransferActionMapping.liveTransfer(spec));
    }

    /**
     * Deletes the action ({@code DELETE /actions/{id}}); a 404 counts as done.
     *
     * @param actionId the action
     */
    @Override
    public void deleteTransferAction(String actionId) {
        Objects.requireNonNull(actionId, "actionId");
        Absence.delete(() -> api.deleteAction(actionId), () -> actionListed(actionId),
                "action " + actionId + " (GET /actions)", UNKNOWN_ID);
    }

    /**
     * Attaches the action ({@code POST /actions/attach} with {@code model_id} and {@code actions}).
     *
     * @param assistantId the assistant
     * @param actionId the action
     */
    @Override
    public void attachAction(String assistantId, String actionId) {
        api.attachActions(Objects.requireNonNull(assistantId, "assistantId"),
                List.of(Objects.requireNonNull(actionId, "actionId")));
    }

    /**
     * Detaches the action ({@code POST /actions/detach} with {@code model_id} and {@code actions}).
     *
     * @param assistantId the assistant
     * @param actionId the action
     */
    @Override
    public void detachAction(String assistantId, String actionId) {
        api.detachActions(Objects.requireNonNull(assistantId, "assistantId"),
                List.of(Objects.requireNonNull(actionId, "actionId")));
    }

    // ----------------------------------------------------------- registration

    /**
     * Approximates the trunk's registration from {@code GET /numbers/{slug}}, because Synthflow has no
     * registration-status endpoint: registered once {@code assistants} lists the assistant (and
     * {@code is_available}, when present, is {@code false}), pending before, failed when the number is
     * missing. The SIP REGISTER itself cannot be observed through the API; see
     * {@code RegistrationSignal}.
     *
     * @param did the SIP number
     * @param assistantId the assistant it should be attached to
     * @return the status
     */
    @Override
    public AgentPlatform.RegistrationStatus registrationStatus(PhoneNumber did, String assistantId) {
        Objects.requireNonNull(assistantId, "assistantId");
        return number(did).map(n -> RegistrationSignal.of(n, assistantId))
                .orElseGet(() -> RegistrationSignal.missing(did));
    }

    // ------------------------------------------------------------------ calls

    /**
     * Finds the AI side of a test call: {@code GET /calls?model_id&from_date&to_date&limit&offset}
     * (times in epoch milliseconds), with {@code lead_phone_number} when the window names the caller,
     * every page; the newest inbound call wins. Transfers are read from {@code executed_actions},
     * whose schema Synthflow does not document (see {@code CallLog}).
     *
     * @param assistantId the assistant that should have answered
     * @param window the DID, when, and the caller if known
     * @return the call, empty when Synthflow logged none
     */
    @Override
    public Optional<AgentPlatform.AssistantCall> findInboundCall(String assistantId, CallWindow window) {
        Objects.requireNonNull(assistantId, "assistantId");
        return new CallLog(api).newestInbound(assistantId, Objects.requireNonNull(window, "window"));
    }

    // ----------------------------------------------------------- manual steps

    /**
     * The Synthflow steps no API covers: {@code synthflow.engine-version} (confirm engine v2.0+) when
     * the plan does not state the assistant's engine version, and {@code synthflow.signalling-ips}
     * (get Synthflow's current SIP signalling IPs from Synthflow support and check them against the
     * plan's allowlist) when the Aircall destination authenticates by IP allowlist.
     *
     * @param integration the validated integration
     * @return the steps, possibly none
     */
    @Override
    public List<ManualStep> manualSteps(ValidIntegration integration) {
        return SynthflowManualSteps.forPlan(Objects.requireNonNull(integration, "integration"), workspaceId);
    }

    // ----------------------------------------------------------------- helpers

    /** @return Synthflow's entries of the assumption ledger */
    @Override
    public List<VendorAssumption> assumptions() {
        return SynthflowAssumptions.all();
    }

    /**
     * Checks the ledger read-only: {@code GET /numbers} and {@code GET /numbers/{slug}} for a number
     * the workspace does not have, {@code GET /actions} for a {@code LIVE_TRANSFER}'s
     * {@code parameters_hard_coded}, and the DID's number when it exists. Writes nothing.
     */
    @Override
    public List<AssumptionVerdict> preflight(PhoneNumber did, String terminationUri) {
        return new SynthflowPreflight(api, numbers).run(Objects.requireNonNull(did, "did"), terminationUri);
    }

    private Optional<NumberDetails> number(PhoneNumber did) {
        Objects.requireNonNull(did, "did");
        return read(() -> numbers.find(did), "number", did.e164());
    }

    private static String slug(PhoneNumber did) {
        return NumberSlug.of(did.e164());
    }

    /** @return the workspace, never the API key */
    @Override
    public String toString() {
        return "SynthflowAgentPlatform[workspace=" + workspaceId + "]";
    }
}
