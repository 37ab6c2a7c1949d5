package io.trunkline.synthflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small stateful stand-in for the Synthflow endpoints the adapter uses, as a WireMock transformer:
 * one workspace, one inbound assistant, custom numbers and actions, answering with the documented
 * shapes. WireMock still records every request, so tests assert what was sent.
 *
 * <p>Registration is modelled the way the testkit simulator does it: after the number is bound to
 * the assistant, {@code GET /numbers/{slug}} shows {@code is_available: true} and
 * {@code assistants: []} until {@link #registrationDelay} has passed on the shared clock.
 * {@code LIVE_TRANSFER} parameters are echoed in {@code parameters_hard_coded}, which is the
 * adapter's (unconfirmed) reading of that field.
 */
final class FakeSynthflow implements ResponseDefinitionTransformerV2 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final String assistantId;
    private final Map<String, ObjectNode> numbers = new LinkedHashMap<>();
    private final Map<String, ObjectNode> actions = new LinkedHashMap<>();
    private final List<String> attached = new ArrayList<>();
    private String inboundNumber = "";
    private Instant boundAt;
    private int nextAction = 1;

    /** How long after binding the number shows the assistant; {@code null} = never. */
    Duration registrationDelay = Duration.ofSeconds(90);
    /** When set, the next import stores the number but answers 500, as if the answer was lost. */
    boolean failNextImportAfterStoring;

    FakeSynthflow(Clock clock, String assistantId) {
        this.clock = clock;
        this.assistantId = assistantId;
    }

    @Override
    public String getName() {
        return "fake-synthflow";
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        String path = request.getUrl().replaceFirst("\\?.*$", "").replaceFirst("^/v2", "");
        String route = request.getMethod().getName() + " " + path.replaceAll("^/(numbers|actions|assistants)/(?!attach$|detach$)[^/]+$", "/$1/{id}");
        String id = path.substring(path.lastIndexOf('/') + 1);
        JsonNode body = request.getBodyAsString().isEmpty() ? JSON.createObjectNode() : read(request.getBodyAsString());
        switch (route) {
            case "POST /custom-numbers": return importNumber(body);
            case "GET /numbers": return listNumbers();
            case "GET /numbers/{id}": return numbers.containsKey(id) ? ok(numberView(id)) : notFound();
            case "PATCH /numbers/{id}": return patchNumber(id, body);
            case "DELETE /numbers/{id}": return deleteNumber(id);
            case "GET /assistants/{id}": return getAssistant(id, "true".equals(query(request, "include_actions")));
            case "PUT /assistants/{id}": return putAssistant(id, body);
            case "GET /actions": return listActions(Integer.parseInt(query(request, "limit")),
                    Integer.parseInt(query(request, "offset")));
            case "GET /actions/{id}": return actions.containsKey(id)
                    ? envelope(JSON.createObjectNode().set("actions", JSON.createArrayNode().add(actions.get(id))))
                    : notFound();
            case "POST /actions": return createAction(body);
            case "PUT /actions/{id}": return updateAction(id, body);
            case "DELETE /actions/{id}": return deleteAction(id);
            case "POST /actions/attach": return attach(body, true);
            case "POST /actions/detach": return attach(body, false);
            default: return respond(404, "{\"error\": \"not_found\", \"message\": \"No route matched\"}");
        }
    }

    // ----------------------------------------------------------------- dashboard-side changes for tests

    /** Changes a stored number field out of band, as a person in the dashboard would. */
    synchronized void editNumber(String slug, String field, String value) {
        numbers.get(slug).put(field, value);
    }

    synchronized boolean hasNumber(String slug) {
        return numbers.containsKey(slug);
    }

    synchronized int actionCount() {
        return actions.size();
    }

    synchronized List<String> attachedActions() {
        return List.copyOf(attached);
    }

    synchronized String inboundNumber() {
        return inboundNumber;
    }

    // ----------------------------------------------------------------- numbers

    private ResponseDefinition importNumber(JsonNode body) {
        String e164 = body.path("phone_number").asText();
        String slug = e164.substring(1);
        if (numbers.containsKey(slug)) {
            return respond(400, "{\"detail\": \"Phone number already exists in this workspace\"}");
        }
        ObjectNode number = JSON.createObjectNode()
                .put("slug", slug).put("address_requirement", "none").put("phone_number", e164)
                .put("friendly_name", body.path("friendly_name").asText(e164))
                .put("is_sms_capable", false).put("is_voice_capable", true).put("iso_country", "FR")
                .put("locality", "Paris").put("sip_auth_username", text(body, "sip_auth_username"))
                .put("sip_outbound_proxy", text(body, "sip_outbound_proxy"))
                .put("sip_term_uri", text(body, "termination_uri"))
                .put("uac_enabled", body.path("uac_enabled").asBoolean(false));
        number.set("uac_register_expires", body.has("uac_register_expires") ? body.get("uac_register_expires")
                : JSON.nullNode());
        number.put("sid", (String) null).put("provider_name", body.path("provider_name").asText("custom"))
                .put("region", "Ile-de-France").put("agency_workspace_id", (String) null)
                .put("workspace_id", body.path("workspace_id").asText())
                .put("created_at", clock.instant().toString()).put("updated_at", (String) null);
        numbers.put(slug, number);
        if (failNextImportAfterStoring) {
            failNextImportAfterStoring = false;
            return respond(500, "{\"detail\": \"Internal Server Error\"}");
        }
        return envelope(JSON.createObjectNode().put("key", "key-" + slug).put("phone_number", e164));
    }

    private ObjectNode numberView(String slug) {
        ObjectNode view = numbers.get(slug).deepCopy();
        boolean registered = inboundNumber.equals(view.path("phone_number").asText()) && registrationDelay != null
                && !clock.instant().isBefore(boundAt.plus(registrationDelay));
        view.put("is_available", !registered);
        ArrayNode assistants = view.putArray("assistants");
        if (registered) {
            assistants.add(assistantId);
        }
        return view;
    }

    private ResponseDefinition patchNumber(String slug, JsonNode body) {
        ObjectNode number = numbers.get(slug);
        if (number == null) {
            return notFound();
        }
        body.fields().forEachRemaining(field -> {
            String name = "termination_uri".equals(field.getKey()) ? "sip_term_uri" : field.getKey();
            if (!name.startsWith("trunk_")) { // trunk credentials are write-only
                number.set(name, field.getValue());
            }
        });
        number.put("updated_at", clock.instant().toString());
        return ok(JSON.createObjectNode().put("status", "ok"));
    }

    private ResponseDefinition deleteNumber(String slug) {
        ObjectNode removed = numbers.remove(slug);
        if (removed == null) {
            return notFound();
        }
        if (inboundNumber.equals(removed.path("phone_number").asText())) {
            inboundNumber = ""; // deleting a number detaches it from every assistant
        }
        return ok(JSON.createObjectNode().put("status", "ok"));
    }

    // ----------------------------------------------------------------- assistant

    private ResponseDefinition getAssistant(String id, boolean includeActions) {
        if (!assistantId.equals(id)) {
            return respond(404, "{\"detail\": {\"status\": \"error\", \"description\": \"Assistant not found\","
                    + " \"request_id\": \"req-404\", \"category\": \"not_found\"}}");
        }
        ObjectNode assistant = JSON.createObjectNode().put("model_id", assistantId).put("type", "inbound")
                .put("name", "Aircall AI Receptionist").put("phone_number", inboundNumber).put("description", "");
        assistant.putArray("attached_phone_numbers");
        ArrayNode actionIds = assistant.putArray("actions");
        if (includeActions) {
            attached.forEach(actionIds::add);
        }
        assistant.putArray("input_variables");
        ObjectNode response = JSON.createObjectNode();
        response.putObject("pagination").put("total_records", 1).put("limit", 20).put("offset", 0);
        response.putArray("assistants").add(assistant);
        return envelope(response);
    }

    private ResponseDefinition putAssistant(String id, JsonNode body) {
        if (!assistantId.equals(id)) {
            return notFound();
        }
        if (body.has("phone_number")) {
            String e164 = body.get("phone_number").asText();
            if (!numbers.containsKey(e164.substring(1))) {
                return respond(400, "{\"detail\": {\"status\": \"error\", \"description\": \"Phone number not found\","
                        + " \"request_id\": \"req-400\", \"category\": \"validation\"}}");
            }
            inboundNumber = e164;
            boundAt = clock.instant(); // the SIP trunk is created when the number is attached
        }
        return envelope(JSON.createObjectNode().put("model_id", assistantId));
    }

    // ----------------------------------------------------------------- actions

    private ResponseDefinition listActions(int limit, int offset) {
        List<ObjectNode> all = new ArrayList<>(actions.values());
        ObjectNode response = JSON.createObjectNode();
        response.putObject("pagination").put("total_records", all.size()).put("limit", limit).put("offset", offset);
        ArrayNode page = response.putArray("actions");
        all.stream().skip(offset).limit(limit).forEach(page::add);
        return envelope(response);
    }

    private ResponseDefinition createAction(JsonNode body) {
        String id = "act-" + nextAction++;
        actions.put(id, action(id, body.get("LIVE_TRANSFER")));
        return envelope(JSON.createObjectNode().put("action_id", id).put("action_type", "LIVE_TRANSFER")
                .set("prompt_variables", JSON.createArrayNode()));
    }

    private ResponseDefinition updateAction(String id, JsonNode body) {
        if (!actions.containsKey(id)) {
            return notFound();
        }
        actions.put(id, action(id, body.get("LIVE_TRANSFER")));
        return envelope(JSON.createObjectNode().put("action_id", id));
    }

    private static ObjectNode action(String id, JsonNode liveTransfer) {
        ObjectNode action = JSON.createObjectNode().put("action_id", id).put("action_type", "LIVE_TRANSFER")
                .put("name", "Live transfer").put("description", "");
        action.set("parameters_hard_coded", liveTransfer.deepCopy());
        return action;
    }

    private ResponseDefinition deleteAction(String id) {
        if (actions.remove(id) == null) {
            return notFound();
        }
        attached.remove(id);
        return envelope(JSON.createObjectNode().put("answer", "Action deleted"));
    }

    private ResponseDefinition attach(JsonNode body, boolean attach) {
        body.path("actions").forEach(action -> {
            attached.remove(action.asText());
            if (attach) {
                attached.add(action.asText());
            }
        });
        return envelope(JSON.createObjectNode());
    }

    // ----------------------------------------------------------------- plumbing

    private static String query(LoggedRequest request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue() : null;
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
    }

    private static ResponseDefinition envelope(JsonNode response) {
        ObjectNode root = JSON.createObjectNode().put("status", "ok");
        root.set("response", response);
        return ok(root);
    }

    /** {@code GET /numbers}: every number on one page (the workspaces of these tests are small). */
    private ResponseDefinition listNumbers() {
        ObjectNode response = JSON.createObjectNode();
        response.putObject("pagination").put("total_records", numbers.size()).put("limit", numbers.size())
                .put("offset", 0);
        com.fasterxml.jackson.databind.node.ArrayNode list = response.putArray("phone_numbers");
        numbers.values().forEach(n -> list.addObject().put("number", n.path("phone_number").asText())
                .putNull("sid").put("is_available", true));
        return envelope(response);
    }

    private static ResponseDefinition ok(JsonNode body) {
        return respond(200, body.toString());
    }

    private static ResponseDefinition notFound() {
        return respond(404, "{\"detail\": \"Not Found\"}");
    }

    private static ResponseDefinition respond(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }
}
