package io.trunkline.testkit.internal.synthflow;

import static io.trunkline.testkit.internal.synthflow.SynthflowRequests.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SynthflowAction;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Synthflow's assistants (agents): {@code GET/POST /assistants}, {@code GET/PUT/DELETE /assistants/{model_id}}. */
final class AssistantEndpoints extends SynthflowResource {

    static final Set<String> ASSISTANT_TYPES = Set.of("inbound", "outbound", "widget");
    private static final String DEFAULT_AGENT_TIMEZONE = "Europe/Berlin";
    /** Body fields stored in their own right rather than as free attributes. */
    private static final Set<String> OWN_FIELDS = Set.of("type", "name", "agent", "phone_number", "voice_engine_version");

    private static final PathPattern ASSISTANTS = PathPattern.compile("/v2/assistants");
    private static final PathPattern ASSISTANTS_SLASH = PathPattern.compile("/v2/assistants/");
    private static final PathPattern ASSISTANT = PathPattern.compile("/v2/assistants/{id}");


    AssistantEndpoints(SynthflowStore store, SynthflowRequests requests) {
        super(store, requests);
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        String path = r.path();
        if (ASSISTANTS.matches(path) || ASSISTANTS_SLASH.matches(path)) {
            return Optional.of(switch (r.method()) {
                case "GET" -> listAssistants(r);
                case "POST" -> createAssistant(r);
                default -> throw requests.methodNotAllowed();
            });
        }
        return ASSISTANT.match(path).map(m -> m.get("id")).map(id -> switch (r.method()) {
            case "GET" -> getAssistant(r, id);
            case "PUT" -> updateAssistant(r, id);
            case "DELETE" -> deleteAssistant(id);
            default -> throw requests.methodNotAllowed();
        });
    }

    private SimResponse createAssistant(RecordedRequest r) {
        ObjectNode body = requests.structuredBodyOf(r);
        requests.refuseUndeclared(body, "POST /assistants");
        String type = requests.optionalText(body, "type").orElse("");
        if (!ASSISTANT_TYPES.contains(type)) {
            throw errors.validation("type is required and must be one of inbound, outbound, widget");
        }
        String name = requests.optionalText(body, "name").filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.validation("name is required"));
        JsonNode agent = body.get("agent");
        if (!(agent instanceof ObjectNode agentObject)) {
            throw errors.validation("agent is required and must be an object");
        }
        SynthflowAssistant.Builder assistant = SynthflowAssistant.builder(name, type)
                .modelId(store.ids().bubbleId(store.clock()));
        ObjectNode storedAgent = agentObject.deepCopy();
        if (!storedAgent.has("timezone")) {
            storedAgent.put("timezone", DEFAULT_AGENT_TIMEZONE);
        }
        assistant.agent(Json.toMap(storedAgent));
        applyAttributes(body, assistant);
        requests.optionalText(body, "voice_engine_version").ifPresent(assistant::voiceEngineVersion);
        Optional<String> phone = requests.optionalText(body, "phone_number").filter(s -> !s.isBlank());
        if (phone.isPresent()) {
            checkBindable(phone.get(), type, null);
            assistant.phoneNumber(phone.get());
        }
        SynthflowAssistant stored = assistant.build();
        store.replaceAssistant(stored);
        if (phone.isPresent() && SynthflowStore.isInbound(stored)) {
            store.bind(phone.get());
        }
        return assistantSaved(stored);
    }

    private SimResponse updateAssistant(RecordedRequest r, String modelId) {
        SynthflowAssistant current = assistantOrNotFound(modelId);
        ObjectNode body = requests.structuredBodyOf(r);
        requests.refuseUndeclared(body, "PUT /assistants/{model_id}");
        String name = requests.optionalText(body, "name").filter(s -> !s.isBlank()).orElse(current.name());
        JsonNode agentPatch = body.get("agent");
        if (agentPatch != null && !(agentPatch instanceof ObjectNode)) {
            throw errors.validation("agent must be an object");
        }
        ObjectNode agent = (ObjectNode) Json.tree(current.agent());
        if (agentPatch instanceof ObjectNode patch) {
            agent.setAll(patch);
        }
        SynthflowAssistant.Builder result = SynthflowAssistant.builder(name, current.type()).modelId(modelId)
                .agent(Json.toMap(agent));
        current.attributes().forEach(result::attribute);
        applyAttributes(body, result);
        requests.optionalText(body, "voice_engine_version").or(current::voiceEngineVersion)
                .ifPresent(result::voiceEngineVersion);
        Optional<String> newPhone = body.has("phone_number")
                ? requests.optionalText(body, "phone_number").filter(s -> !s.isBlank())
                : current.phoneNumber();
        if (newPhone.isPresent()) {
            checkBindable(newPhone.get(), current.type(), modelId);
            result.phoneNumber(newPhone.get());
        }
        rebind(current, newPhone);
        SynthflowAssistant stored = result.build();
        store.replaceAssistant(stored);
        return assistantSaved(stored);
    }

    /** Moving an inbound agent to another number restarts that number's registration; the old one is freed. */
    private void rebind(SynthflowAssistant current, Optional<String> newPhone) {
        Optional<String> oldSlug = current.phoneNumber().map(SynthflowStore::slugOf);
        Optional<String> newSlug = newPhone.map(SynthflowStore::slugOf);
        if (!SynthflowStore.isInbound(current) || oldSlug.equals(newSlug)) {
            return;
        }
        oldSlug.ifPresent(store::unbind);
        newSlug.ifPresent(store::bind);
    }

    private void checkBindable(String phone, String type, String modelId) {
        String slug = SynthflowStore.slugOf(phone);
        if (store.number(slug).isEmpty()) {
            throw errors.validation("phone_number " + phone + " does not exist in this workspace; import it first");
        }
        if ("inbound".equals(type)) {
            Optional<String> holder = store.inboundAssistantOf(slug);
            if (holder.isPresent() && !holder.get().equals(modelId)) {
                throw errors.validation("phone_number " + phone + " is already attached to inbound agent "
                        + holder.get() + "; a number serves one inbound agent");
            }
        }
    }

    private static void applyAttributes(ObjectNode body, SynthflowAssistant.Builder assistant) {
        Map<String, Object> all = Json.toMap(body);
        all.forEach((field, value) -> {
            if (!OWN_FIELDS.contains(field) && value != null) {
                assistant.attribute(field, value);
            }
        });
    }

    private static SimResponse assistantSaved(SynthflowAssistant a) {
        ObjectNode envelope = Json.object().put("status", "ok");
        envelope.putObject("response").put("model_id", a.modelId().orElseThrow());
        envelope.putObject("details")
                .put("phone", a.phoneNumber().orElse(""))
                .put("voice", String.valueOf(a.agent().getOrDefault("voice_id", "")));
        return SimResponse.json(200, Json.write(envelope));
    }

    private SimResponse listAssistants(RecordedRequest r) {
        Page page = Page.of(r, errors);
        List<SynthflowAssistant> all = store.assistants();
        ArrayNode items = Json.array();
        page.slice(all).forEach(a -> items.add(render(a, false)));
        return SynthflowRequests.page("assistants", page.pagination(all.size()), items);
    }

    private SimResponse getAssistant(RecordedRequest r, String modelId) {
        SynthflowAssistant a = assistantOrNotFound(modelId);
        boolean includeActions = r.queryParameter("include_actions").map(requests::parseBoolean).orElse(false);
        return SynthflowRequests.page("assistants", Page.pagination(1, 20, 0),
                Json.array().add(render(a, includeActions)));
    }

    private ObjectNode render(SynthflowAssistant a, boolean includeActions) {
        String modelId = a.modelId().orElseThrow();
        ObjectNode node = Json.object()
                .put("model_id", modelId)
                .put("type", a.type())
                .put("name", a.name())
                .put("phone_number", a.phoneNumber().orElse(""))
                .put("description", "")
                .put("external_webhook_url", "")
                .put("is_recording", false);
        a.attributes().forEach((field, value) -> {
            if (!"inbound_call_webhook_url".equals(field)) {
                node.set(field, Json.tree(value));
            }
        });
        node.set("agent", Json.tree(a.agent()));
        node.putArray("attached_phone_numbers");
        ArrayNode actionIds = node.putArray("actions");
        ArrayNode inputVariables = node.putArray("input_variables");
        if (includeActions) {
            for (SynthflowAction action : store.actions()) {
                if (action.attachments().containsKey(modelId)) {
                    String id = action.actionId().orElseThrow();
                    actionIds.add(id);
                    ObjectNode variables = inputVariables.addObject().put("action_id", id);
                    variables.putArray("values");
                    variables.putNull("trigger_condition");
                }
            }
        }
        return node;
    }

    private SimResponse deleteAssistant(String modelId) {
        if (!store.removeAssistant(modelId)) {
            throw assistantNotFound(modelId);
        }
        return ok(Json.object().put("answer", "Assistant deleted successfully"));
    }

    /** Also the check of the {@code model_id} that action attach and detach name. */
    SynthflowAssistant assistantOrNotFound(String modelId) {
        return store.assistant(modelId).orElseThrow(() -> assistantNotFound(modelId));
    }

    private ApiError assistantNotFound(String modelId) {
        return errors.structured(requests.unknownIdStatus(), "not_found", "Assistant " + modelId + " not found");
    }
}
