package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.model.Secret;
import io.trunkline.http.internal.HttpPipeline;
import io.trunkline.http.internal.VendorHttp;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;
import io.trunkline.synthflow.internal.wire.ActionAttachment;
import io.trunkline.synthflow.internal.wire.ActionDetails;
import io.trunkline.synthflow.internal.wire.ActionPage;
import io.trunkline.synthflow.internal.wire.ActionSaved;
import io.trunkline.synthflow.internal.wire.Assistant;
import io.trunkline.synthflow.internal.wire.AssistantPage;
import io.trunkline.synthflow.internal.wire.AssistantSaved;
import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import io.trunkline.synthflow.internal.wire.CallPage;
import io.trunkline.synthflow.internal.wire.CallQuery;
import io.trunkline.synthflow.internal.wire.CallRecord;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.ImportedNumber;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberPage;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Synthflow v2 REST API, one typed method per operation Trunkline needs: what a
 * {@link SynthflowClient} holds behind its public lifecycle. Immutable and thread-safe.
 *
 * <p><strong>Failures.</strong> Every method throws only unchecked Trunkline exceptions:
 * {@code AuthenticationException} (401/403, not retried), {@link ResourceNotFoundException} (404),
 * {@code RateLimitedException} (429 after retries), {@code VendorApiException} (other statuses, with
 * the vendor's message and request id), {@code VendorConnectionException} (I/O, timeouts,
 * unreadable answers, a documented field missing from an answer) and
 * {@link InvalidConfigurationException} (arguments refused before anything is sent).
 *
 * <p><strong>Retries.</strong> Reads, PUT, PATCH and DELETE are retried on I/O errors, 5xx and 429
 * with exponential backoff and full jitter (see {@link io.trunkline.http.HttpOptions}). POSTs (import
 * number, create action, attach/detach actions) are sent exactly once because Synthflow has no
 * idempotency keys: when one fails with a 5xx or I/O error the outcome is unknown, and the exception
 * says which natural key (DID, name) to re-read before trying again.
 */
public final class SynthflowEndpoints implements AutoCloseable {

    /** The key of a {@code LIVE_TRANSFER} action's create and update bodies. */
    private static final String LIVE_TRANSFER = "LIVE_TRANSFER";

    private final SynthflowConfig config;
    private final VendorHttp wiring;
    private final SynthflowApi api;
    private final HttpPipeline transport;
    private final ResponseReader reader;
    private final ErrorTranslator translator;

    private SynthflowEndpoints(SynthflowConfig config) {
        this.config = config;
        ObjectMapper mapper = SynthflowJson.newMapper();
        this.translator = new ErrorTranslator(mapper, config.workspaceId(), config.baseUrl());
        this.reader = new ResponseReader(mapper, translator);
        this.transport = new HttpPipeline(config.http(), translator, new HttpPipeline.Hooks() { });
        this.wiring = VendorHttp.create(config.http(), HttpUrl.get(config.baseUrl()), mapper,
                Secret.of("Bearer " + config.apiKey().reveal()), "application/json", "application/json");
        this.api = wiring.api(SynthflowApi.class);
    }

    /**
     * @param config the configuration
     * @return endpoints owning their own HTTP wiring; {@link #close()} releases it
     */
    public static SynthflowEndpoints create(SynthflowConfig config) {
        return new SynthflowEndpoints(Objects.requireNonNull(config, "config"));
    }


    /** @return the configuration these endpoints use */
    public SynthflowConfig config() {
        return config;
    }

    /** Releases what these endpoints own; a caller-supplied OkHttpClient is left alone. */
    @Override
    public void close() {
        wiring.close();
    }

    /** @return the OkHttp client requests go through (for tests of {@link #close()}) */
    public OkHttpClient okHttp() {
        return wiring.okHttp();
    }

    /** @return the workspace and base URL, never the API key */
    @Override
    public String toString() {
        return "SynthflowEndpoints[workspace=" + config.workspaceId() + ", baseUrl=" + config.baseUrl() + "]";
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Imports a number reached over a SIP trunk ({@code POST /custom-numbers}), e.g. the Aircall DID.
     * When the request has no {@code workspace_id}, the configured workspace is sent. Never retried.
     *
     * @param request the number to import
     * @return Synthflow's id of the number and the number as stored
     * @throws AuthenticationException on 403 when the workspace lacks the Enterprise plan / provider import
     */
    public ImportedNumber importCustomNumber(CustomNumberImport request) {
        Objects.requireNonNull(request, "request");
        CustomNumberImport body = request.workspaceId() != null ? request
                : request.toBuilder().workspaceId(config.workspaceId()).build();
        Operation op = Operation.IMPORT_CUSTOM_NUMBER;
        ImportedNumber imported = transport.execute(op, api.importCustomNumber(body)).value();
        reader.require(op, "phone_number", imported.phoneNumber());
        return imported;
    }

    /**
     * Lists the workspace's numbers ({@code GET /numbers}).
     *
     * @param limit page size, at least 1
     * @param offset records to skip, at least 0
     * @return one page
     */
    public NumberPage listNumbers(int limit, int offset) {
        return listNumbers(limit, offset, null);
    }

    /**
     * Lists the workspace's numbers that are ({@code true}) or are not ({@code false}) free of an
     * inbound assistant ({@code GET /numbers?is_available=…}).
     *
     * @param limit page size, at least 1
     * @param offset records to skip, at least 0
     * @param isAvailable the availability to filter on
     * @return one page
     */
    public NumberPage listNumbers(int limit, int offset, boolean isAvailable) {
        return listNumbers(limit, offset, Boolean.valueOf(isAvailable));
    }

    private NumberPage listNumbers(int limit, int offset, Boolean isAvailable) {
        checkPage(limit, offset);
        Operation op = Operation.LIST_NUMBERS;
        JsonNode payload = reader.payload(reader.tree(op, transport.execute(op,
                api.listNumbers(config.workspaceId(), limit, offset, isAvailable))));
        // without its array the answer says nothing about which numbers exist: unreadable, never "none"
        reader.requireArray(op, payload, "phone_numbers");
        NumberPage page = reader.convert(op, payload, NumberPage.class);
        page.phoneNumbers().forEach(number -> reader.require(op, "phone_numbers[].number", number.number()));
        return page;
    }

    /**
     * Reads one number ({@code GET /numbers/{slug}?workspace=…}; Synthflow answers it without an
     * envelope). This is how to look a DID up: the list endpoint has no number filter.
     *
     * @param slug the number without '+'; see {@link NumberSlug#of(String)}
     * @return the number
     * @throws ResourceNotFoundException when the workspace has no such number
     */
    public NumberDetails getNumber(String slug) {
        String checked = checkSlug(slug);
        Operation op = Operation.GET_NUMBER;
        NumberDetails number = transport.execute(op, api.getNumber(checked, config.workspaceId())).unwrapped();
        reader.require(op, "phone_number", number.phoneNumber());
        return number;
    }

    /**
     * Changes some fields of a number ({@code PATCH /numbers/{slug}}); unset fields are not sent.
     *
     * @param slug the number without '+'
     * @param patch the fields to change
     */
    public void updateNumber(String slug, NumberUpdate patch) {
        String checked = checkSlug(slug);
        Objects.requireNonNull(patch, "patch");
        Operation op = Operation.UPDATE_NUMBER;
        transport.send(op, api.updateNumber(checked, patch));
    }

    /**
     * Deletes a number ({@code DELETE /numbers/{slug}}), which also detaches it from every assistant.
     * Retried on 5xx/I/O like any idempotent call, so a retry after a lost answer may end in
     * {@link ResourceNotFoundException}: callers deleting "to be sure" may treat that as done.
     *
     * @param slug the number without '+'
     */
    public void deleteNumber(String slug) {
        String checked = checkSlug(slug);
        transport.send(Operation.DELETE_NUMBER, api.deleteNumber(checked));
    }

    // ------------------------------------------------------------- assistants

    /**
     * Reads one assistant ({@code GET /assistants/{model_id}?include_actions=…}). Synthflow answers
     * with a one-element {@code response.assistants} array.
     *
     * @param modelId the assistant's id
     * @param includeActions whether to fill {@link Assistant#actions()}
     * @return the assistant
     * @throws ResourceNotFoundException when there is no such assistant (404, or an empty {@code assistants} array)
     */
    public Assistant getAssistant(String modelId, boolean includeActions) {
        String id = checkId("modelId", modelId);
        Operation op = Operation.GET_ASSISTANT;
        JsonNode payload = reader.payload(reader.tree(op,
                transport.execute(op, api.getAssistant(id, includeActions))));
        reader.requireArray(op, payload, "assistants");
        AssistantPage page = reader.convert(op, payload, AssistantPage.class);
        if (page.assistants().isEmpty()) {
            throw translator.emptyResult(op, "assistant " + id);
        }
        Assistant assistant = page.assistants().get(0);
        reader.require(op, "assistants[].model_id", assistant.modelId());
        return assistant;
    }

    /**
     * Lists assistants ({@code GET /assistants/}).
     *
     * @param limit page size, at least 1
     * @param offset records to skip, at least 0
     * @return one page
     */
    public AssistantPage listAssistants(int limit, int offset) {
        checkPage(limit, offset);
        Operation op = Operation.LIST_ASSISTANTS;
        AssistantPage page = transport.execute(op, api.listAssistants(limit, offset)).value();
        page.assistants().forEach(a -> reader.require(op, "assistants[].model_id", a.modelId()));
        return page;
    }

    /**
     * Updates some fields of an assistant ({@code PUT /assistants/{model_id}}, a partial update).
     * Binding the inbound number is {@code AssistantUpdate.builder().phoneNumber("+33…")}.
     *
     * @param modelId the assistant's id
     * @param update the fields to change
     * @return the {@code model_id} and the envelope's {@code details}
     */
    public AssistantSaved updateAssistant(String modelId, AssistantUpdate update) {
        String id = checkId("modelId", modelId);
        Objects.requireNonNull(update, "update");
        Operation op = Operation.UPDATE_ASSISTANT;
        return assistantSaved(op, transport.execute(op, api.updateAssistant(id, update)));
    }

    private AssistantSaved assistantSaved(Operation op, JsonNode answer) {
        JsonNode root = reader.tree(op, answer);
        JsonNode modelId = reader.payload(root).get("model_id");
        String id = reader.require(op, "model_id", modelId != null && modelId.isValueNode() ? modelId.asText() : null);
        JsonNode details = root.get("details");
        return new AssistantSaved(id, details != null && details.isObject()
                ? reader.convert(op, details, AssistantSaved.Details.class) : null);
    }

    // ---------------------------------------------------------------- actions

    /**
     * Lists actions ({@code GET /actions}).
     *
     * @param limit page size, at least 1
     * @param offset records to skip, at least 0
     * @return one page
     */
    public ActionPage listActions(int limit, int offset) {
        checkPage(limit, offset);
        Operation op = Operation.LIST_ACTIONS;
        JsonNode payload = reader.payload(reader.tree(op, transport.execute(op, api.listActions(limit, offset))));
        reader.requireArray(op, payload, "actions");
        ActionPage page = reader.convert(op, payload, ActionPage.class);
        page.actions().forEach(a -> reader.require(op, "actions[].action_id", a.actionId()));
        return page;
    }

    /**
     * Reads one action ({@code GET /actions/{action_id}}), found in {@code response.actions[0]}.
     *
     * @param actionId the action's id
     * @param includeAssistants whether to fill {@link ActionDetails#assistants()}
     * @return the action
     * @throws ResourceNotFoundException when there is no such action (404, or an empty {@code actions} array)
     */
    public ActionDetails getAction(String actionId, boolean includeAssistants) {
        String id = checkId("actionId", actionId);
        Operation op = Operation.GET_ACTION;
        JsonNode payload = reader.payload(reader.tree(op,
                transport.execute(op, api.getAction(id, includeAssistants))));
        JsonNode actions = reader.requireArray(op, payload, "actions");
        if (actions.isEmpty()) {
            throw translator.emptyResult(op, "action " + id);
        }
        ActionDetails action = reader.convert(op, actions.get(0), ActionDetails.class);
        reader.require(op, "actions[].action_id", action.actionId());
        return action;
    }

    /**
     * Creates an action ({@code POST /actions}); the body is {@code {"<ACTION_TYPE>": config}}.
     * Never retried.
     *
     * @param config the {@code LIVE_TRANSFER} action, the only type Trunkline creates
     * @return the new {@code action_id}
     */
    public ActionSaved createAction(LiveTransferConfig config) {
        Objects.requireNonNull(config, "config");
        Operation op = Operation.CREATE_ACTION;
        Map<String, Object> body = Map.of(LIVE_TRANSFER, config);
        return actionSaved(op, transport.execute(op, api.createAction(body)));
    }

    /**
     * Replaces an action's configuration ({@code PUT /actions/{action_id}}), same keyed body as
     * {@link #createAction}.
     *
     * @param actionId the action's id
     * @param config the new configuration
     * @return the {@code action_id}
     */
    public ActionSaved updateAction(String actionId, LiveTransferConfig config) {
        String id = checkId("actionId", actionId);
        Objects.requireNonNull(config, "config");
        Operation op = Operation.UPDATE_ACTION;
        Map<String, Object> body = Map.of(LIVE_TRANSFER, config);
        return actionSaved(op, transport.execute(op, api.updateAction(id, body)));
    }

    /**
     * Deletes an action ({@code DELETE /actions/{action_id}}).
     *
     * @param actionId the action's id
     */
    public void deleteAction(String actionId) {
        String id = checkId("actionId", actionId);
        transport.send(Operation.DELETE_ACTION, api.deleteAction(id));
    }

    /**
     * Attaches actions to an assistant ({@code POST /actions/attach} with {@code model_id} and
     * {@code actions}). Never retried.
     *
     * @param modelId the assistant's id
     * @param actionIds the actions, at least one
     */
    public void attachActions(String modelId, List<String> actionIds) {
        ActionAttachment body = attachment(modelId, actionIds);
        Operation op = Operation.ATTACH_ACTIONS;
        transport.send(op, api.attachActions(body));
    }

    /**
     * Detaches actions from an assistant ({@code POST /actions/detach}). Never retried.
     *
     * @param modelId the assistant's id
     * @param actionIds the actions, at least one
     */
    public void detachActions(String modelId, List<String> actionIds) {
        ActionAttachment body = attachment(modelId, actionIds);
        Operation op = Operation.DETACH_ACTIONS;
        transport.send(op, api.detachActions(body));
    }

    private static ActionAttachment attachment(String modelId, List<String> actionIds) {
        String id = checkId("modelId", modelId);
        Objects.requireNonNull(actionIds, "actionIds");
        if (actionIds.isEmpty() || actionIds.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new InvalidConfigurationException("actionIds must list at least one action id, none blank");
        }
        return new ActionAttachment(id, actionIds);
    }

    private ActionSaved actionSaved(Operation op, Payload<ActionSaved> answer) {
        ActionSaved saved = answer.value();
        reader.require(op, "action_id", saved.actionId());
        return saved;
    }

    // ------------------------------------------------------------------ calls

    /**
     * Lists an assistant's calls ({@code GET /calls}), e.g. to verify a test call went through.
     *
     * @param query the assistant and filters
     * @return one page
     */
    public CallPage listCalls(CallQuery query) {
        Objects.requireNonNull(query, "query");
        Operation op = Operation.LIST_CALLS;
        CallPage page = transport.execute(op, api.listCalls(query.modelId(),
                query.limit().orElse(null), query.offset().orElse(null),
                query.fromDate().map(java.time.Instant::toEpochMilli).orElse(null),
                query.toDate().map(java.time.Instant::toEpochMilli).orElse(null),
                query.callStatus().orElse(null), query.durationMin().orElse(null),
                query.durationMax().orElse(null), query.leadPhoneNumber().orElse(null))).value();
        page.calls().forEach(call -> reader.require(op, "calls[].call_id", call.callId()));
        return page;
    }

    /**
     * Reads one call ({@code GET /calls/{call_id}}), found in {@code response.calls[0]}.
     *
     * @param callId the call's id
     * @return the call
     * @throws ResourceNotFoundException when there is no such call (404, or an empty answer)
     */
    public CallRecord getCall(String callId) {
        String id = checkId("callId", callId);
        Operation op = Operation.GET_CALL;
        CallPage page = transport.execute(op, api.getCall(id)).value();
        if (page.calls().isEmpty()) {
            throw translator.emptyResult(op, "call " + id);
        }
        CallRecord call = page.calls().get(0);
        reader.require(op, "calls[].call_id", call.callId());
        return call;
    }

    // ------------------------------------------------------------- arguments

    private static String checkSlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        if (slug.isBlank() || slug.startsWith("+")) {
            throw new InvalidConfigurationException("slug '" + slug
                    + "' is not a number slug: pass the E.164 number without '+', e.g. NumberSlug.of(\"+33123456789\")");
        }
        return slug;
    }

    private static String checkId(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new InvalidConfigurationException(name + " must not be blank");
        }
        return value;
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new InvalidConfigurationException("paging needs limit >= 1 and offset >= 0, got limit=" + limit
                    + ", offset=" + offset);
        }
    }
}
