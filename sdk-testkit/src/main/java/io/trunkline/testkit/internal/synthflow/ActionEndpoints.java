package io.trunkline.testkit.internal.synthflow;

import static io.trunkline.testkit.internal.synthflow.SynthflowRequests.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SynthflowAction;
import io.trunkline.testkit.internal.DocumentedFields;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Synthflow's actions: {@code GET/POST /actions}, {@code GET/PUT/DELETE /actions/{action_id}} and
 * {@code POST /actions/attach|detach}, which tie actions to assistants.
 */
final class ActionEndpoints extends SynthflowResource {

    static final Set<String> ACTION_TYPES = Set.of("REAL_TIME_BOOKING", "INFORMATION_EXTRACTOR", "LIVE_TRANSFER",
            "SEND_SMS", "INCALL_SMS", "INCALL_WHATSAPP", "CUSTOM_ACTION", "CUSTOM_EVAL");
    static final Set<String> TRANSFER_MODES = Set.of("cold_transfer", "warm_transfer", "warm_transfer_with_context");
    static final Set<String> ATTACHMENT_TYPES = Set.of("before", "during", "after");

    private static final PathPattern ACTIONS = PathPattern.compile("/v2/actions");
    private static final PathPattern ACTIONS_ATTACH = PathPattern.compile("/v2/actions/attach");
    private static final PathPattern ACTIONS_DETACH = PathPattern.compile("/v2/actions/detach");
    private static final PathPattern ACTION = PathPattern.compile("/v2/actions/{id}");

    private final AssistantEndpoints assistants;

    ActionEndpoints(SynthflowStore store, SynthflowRequests requests, AssistantEndpoints assistants) {
        super(store, requests);
        this.assistants = assistants;
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        String path = r.path();
        String method = r.method();
        if (ACTIONS.matches(path)) {
            return Optional.of(switch (method) {
                case "GET" -> listActions(r);
                case "POST" -> createAction(r);
                default -> throw requests.methodNotAllowed();
            });
        }
        // any other method on attach/detach falls through to /actions/{id}, as an unknown id
        if (ACTIONS_ATTACH.matches(path) && "POST".equals(method)) {
            return Optional.of(attachActions(r));
        }
        if (ACTIONS_DETACH.matches(path) && "POST".equals(method)) {
            return Optional.of(detachActions(r));
        }
        return ACTION.match(path).map(m -> m.get("id")).map(id -> switch (method) {
            case "GET" -> getAction(r, id);
            case "PUT" -> updateAction(r, id);
            case "DELETE" -> deleteAction(id);
            default -> throw requests.methodNotAllowed();
        });
    }

    private SimResponse createAction(RecordedRequest r) {
        ObjectNode body = requests.bodyOf(r);
        Map.Entry<String, ObjectNode> keyed = keyedAction(body);
        String type = keyed.getKey();
        if ("LIVE_TRANSFER".equals(type)) {
            checkLiveTransfer(keyed.getValue());
        }
        SynthflowAction stored = store.addAction(SynthflowAction.builder(type)
                .config(Json.toMap(keyed.getValue())).build());
        ObjectNode response = Json.object()
                .put("action_id", stored.actionId().orElseThrow())
                .put("action_type", type);
        response.putArray("prompt_variables");
        return ok(response);
    }

    private SimResponse updateAction(RecordedRequest r, String actionId) {
        SynthflowAction current = actionOrNotFound(actionId);
        ObjectNode body = requests.bodyOf(r);
        Map.Entry<String, ObjectNode> keyed = keyedAction(body);
        String type = keyed.getKey();
        if ("CUSTOM_EVAL".equals(type)) {
            throw errors.detail(400, "CUSTOM_EVAL actions cannot be updated");
        }
        if (!type.equals(current.actionType())) {
            throw errors.detail(400, "action " + actionId + " is a " + current.actionType() + ", not a " + type);
        }
        ObjectNode config;
        if ("LIVE_TRANSFER".equals(type)) {
            checkLiveTransfer(keyed.getValue());
            config = keyed.getValue();
        } else {
            config = (ObjectNode) Json.tree(current.config());
            config.setAll(keyed.getValue());
        }
        store.replaceAction(current.toBuilder().config(Json.toMap(config)).build());
        return ok(Json.object().put("action_id", actionId));
    }

    /** The body carries exactly one key, the action type; there is no discriminator field. */
    private Map.Entry<String, ObjectNode> keyedAction(ObjectNode body) {
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        if (keys.size() != 1 || !ACTION_TYPES.contains(keys.get(0))) {
            throw errors.detail(400, "the body must have exactly one key, the action type, one of "
                    + new TreeSet<>(ACTION_TYPES) + "; got " + keys);
        }
        JsonNode config = body.get(keys.get(0));
        if (!(config instanceof ObjectNode object)) {
            throw errors.detail(400, keys.get(0) + " must be an object");
        }
        return Map.entry(keys.get(0), object);
    }

    private void checkLiveTransfer(ObjectNode transfer) {
        List<String> problems = new ArrayList<>();
        if (requests.profile().documentedOnly()) {
            List<String> extra = DocumentedFields.undeclared(transfer, DocumentedFields.LIVE_TRANSFER_FIELDS);
            if (!extra.isEmpty()) {
                problems.add("unknown field(s) " + extra);
            }
        }
        String mode = requests.optionalText(transfer, "transfer_mode").orElse("");
        if (!TRANSFER_MODES.contains(mode)) {
            problems.add("transfer_mode is required and must be one of " + new TreeSet<>(TRANSFER_MODES));
        }
        for (String field : List.of("instructions", "initiating_msg")) {
            if (nonBlankText(transfer, field).isEmpty()) {
                problems.add(field + " is required");
            }
        }
        if (nonBlankText(transfer, "phone").isPresent() == nonBlankText(transfer, "phone_book_id").isPresent()) {
            problems.add("exactly one of phone or phone_book_id is required");
        }
        if (!problems.isEmpty()) {
            throw errors.detail(400, "LIVE_TRANSFER: " + String.join("; ", problems));
        }
    }

    private Optional<String> nonBlankText(ObjectNode body, String field) {
        return requests.optionalText(body, field).filter(s -> !s.isBlank());
    }

    private SimResponse listActions(RecordedRequest r) {
        Page page = Page.of(r, errors);
        List<SynthflowAction> all = store.actions();
        ArrayNode items = Json.array();
        page.slice(all).forEach(a -> items.add(summary(a)));
        return SynthflowRequests.page("actions", page.pagination(all.size()), items);
    }

    private ObjectNode summary(SynthflowAction a) {
        ObjectNode node = Json.object()
                .put("action_id", a.actionId().orElseThrow())
                .put("action_type", a.actionType())
                .put("name", actionName(a))
                .put("description", actionDescription(a));
        ObjectNode hardCoded = node.putObject("parameters_hard_coded");
        if ("LIVE_TRANSFER".equals(a.actionType()) && !requests.profile().documentedOnly()) {
            // The OAS example shows a SEND_SMS action's configured text here under its create-body
            // name (sms_message_text); by the same rule a LIVE_TRANSFER's configured values appear
            // under theirs. Unconfirmed for LIVE_TRANSFER, but it is the reading trunkline-synthflow's
            // LiveTransferMatcher relies on to find an action again after a create whose answer was lost.
            a.config().forEach((field, value) -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    hardCoded.set(field, Json.tree(value));
                }
            });
        }
        return node;
    }

    /** Synthflow does not document how it names API-created actions; the simulator uses the config's name or the type. */
    private static String actionName(SynthflowAction a) {
        Object name = a.config().get("name");
        return name instanceof String s ? s : a.actionType();
    }

    private static String actionDescription(SynthflowAction a) {
        Object description = a.config().getOrDefault("description", a.config().get("instructions"));
        return description instanceof String s ? s : "";
    }

    private SimResponse getAction(RecordedRequest r, String actionId) {
        SynthflowAction a = actionOrNotFound(actionId);
        boolean includeAssistants = r.queryParameter("include_assistants").map(requests::parseBoolean).orElse(false);
        ObjectNode node = summary(a);
        ObjectNode inputVariables = node.putObject("input_variables");
        inputVariables.putArray("values");
        ArrayNode attachedTo = inputVariables.putArray("assistants");
        a.attachments().forEach((modelId, attachmentType) -> {
            ObjectNode attachment = attachedTo.addObject()
                    .put("model_id", modelId)
                    .put("attachment_type", attachmentType);
            attachment.putArray("input_variables_mapping");
        });
        if (includeAssistants) {
            ArrayNode ids = node.putArray("assistants");
            a.assistantIds().forEach(ids::add);
        }
        ObjectNode response = Json.object();
        response.putArray("actions").add(node);
        return ok(response);
    }

    private SimResponse deleteAction(String actionId) {
        actionOrNotFound(actionId);
        store.removeAction(actionId);
        return ok(Json.object().put("answer", "Action deleted successfully"));
    }

    private SimResponse attachActions(RecordedRequest r) {
        ObjectNode body = requests.structuredBodyOf(r);
        requests.refuseUndeclared(body, "POST /actions/attach");
        String modelId = modelIdForAttachment(body);
        Map<String, String> requested = new LinkedHashMap<>();
        SynthflowRequests.textArray(body, "actions").forEach(id -> requested.put(id, "during"));
        JsonNode items = body.get("items");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                String id = Json.text(item, "action_id").or(() -> Json.text(item, "slug"))
                        .orElseThrow(() -> errors.validation("each item needs action_id or slug"));
                String attachmentType = Json.text(item, "attachment_type").orElse("during");
                if (!ATTACHMENT_TYPES.contains(attachmentType)) {
                    throw errors.validation("attachment_type must be before, during or after");
                }
                requested.put(id, attachmentType);
            }
        }
        if (requested.isEmpty()) {
            throw errors.validation("actions or items is required");
        }
        List<SynthflowAction> found = requested.keySet().stream().map(this::actionOrStructuredNotFound).toList();
        found.forEach(a -> store.replaceAction(a.toBuilder()
                .attachTo(modelId, requested.get(a.actionId().orElseThrow())).build()));
        return ok(Json.object());
    }

    private SimResponse detachActions(RecordedRequest r) {
        ObjectNode body = requests.structuredBodyOf(r);
        requests.refuseUndeclared(body, "POST /actions/detach");
        String modelId = modelIdForAttachment(body);
        List<SynthflowAction> found = SynthflowRequests.textArray(body, "actions").stream()
                .map(this::actionOrStructuredNotFound).toList();
        found.forEach(a -> store.replaceAction(a.toBuilder().detachFrom(modelId).build()));
        return ok(Json.object());
    }

    private String modelIdForAttachment(ObjectNode body) {
        String modelId = requests.optionalText(body, "model_id").filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.validation("model_id is required"));
        assistants.assistantOrNotFound(modelId);
        return modelId;
    }

    private SynthflowAction actionOrNotFound(String actionId) {
        return store.action(actionId).orElseThrow(() ->
                errors.detail(requests.unknownIdStatus(), "Action " + actionId + " not found"));
    }

    private SynthflowAction actionOrStructuredNotFound(String actionId) {
        return store.action(actionId).orElseThrow(() ->
                errors.structured(requests.unknownIdStatus(), "not_found", "Action " + actionId + " not found"));
    }
}
