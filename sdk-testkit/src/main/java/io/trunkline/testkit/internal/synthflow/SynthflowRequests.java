package io.trunkline.testkit.internal.synthflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorProfile;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.DocumentedFields;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What every Synthflow resource reads and answers the same way: bodies, typed fields and query
 * parameters (a bad one is a 400 in Synthflow's error shapes), the workspace scope, what the
 * documented-only profile refuses, and the {@code {"status": "ok", "response": ...}} envelope.
 */
final class SynthflowRequests {

    private final SynthflowErrors errors;
    private final VendorProfile profile;
    private final String workspaceId;

    SynthflowRequests(SynthflowErrors errors, VendorProfile profile, String workspaceId) {
        this.errors = errors;
        this.profile = profile;
        this.workspaceId = workspaceId;
    }

    SynthflowErrors errors() {
        return errors;
    }

    VendorProfile profile() {
        return profile;
    }

    // ------------------------------------------------------------------ routing

    /** Answers a path that serves one method only. */
    Optional<SimResponse> only(String method, String allowed, Supplier<SimResponse> endpoint) {
        if (!allowed.equals(method)) {
            throw methodNotAllowed();
        }
        return Optional.of(endpoint.get());
    }

    ApiError methodNotAllowed() {
        return errors.detail(405, "Method Not Allowed");
    }

    /**
     * The OpenAPI documents only 200 and 400 for {@code /assistants/{model_id}} and
     * {@code /actions/{action_id}} (and the attach/detach that name them), so the documented-only
     * profile answers an unknown id with 400; the ledger's profile with 404.
     */
    int unknownIdStatus() {
        return profile.documentedOnly() ? 400 : 404;
    }

    // ------------------------------------------------------------------ request checks

    void checkWorkspace(String workspace) {
        if (!workspaceId.equals(workspace)) {
            throw errors.detail(403, "API key is not scoped to workspace " + workspace);
        }
    }

    /** {@code GET /numbers} and {@code GET /numbers/{slug}} name the workspace in the query. */
    void checkWorkspaceQuery(RecordedRequest r) {
        checkWorkspace(r.queryParameter("workspace")
                .orElseThrow(() -> errors.detail(400, "query parameter 'workspace' is required")));
    }

    /** Under the documented-only profile, a body field the OpenAPI does not declare is a 400. */
    void refuseUndeclared(ObjectNode body, String operation) {
        if (!profile.documentedOnly()) {
            return;
        }
        List<String> extra = DocumentedFields.undeclared(body, DocumentedFields.BODY_FIELDS.get(operation));
        if (!extra.isEmpty()) {
            throw errors.detail(400, "unknown field(s) " + extra + " in the body of " + operation);
        }
    }

    ObjectNode bodyOf(RecordedRequest r) {
        return Json.parseObject(r.body()).orElseThrow(() -> errors.detail(400, "request body must be a JSON object"));
    }

    ObjectNode structuredBodyOf(RecordedRequest r) {
        return Json.parseObject(r.body()).orElseThrow(() ->
                errors.structured(400, "validation_error", "request body must be a JSON object"));
    }

    // ------------------------------------------------------------------ typed fields

    String requiredText(ObjectNode body, String field) {
        return optionalText(body, field).filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.detail(400, field + " is required"));
    }

    Optional<String> optionalText(ObjectNode body, String field) {
        return optional(body, field, JsonNode::isTextual, "a string").map(JsonNode::asText);
    }

    Optional<Boolean> optionalBoolean(ObjectNode body, String field) {
        return optional(body, field, JsonNode::isBoolean, "a boolean").map(JsonNode::asBoolean);
    }

    Optional<Integer> optionalInt(ObjectNode body, String field) {
        return optional(body, field, JsonNode::isIntegralNumber, "an integer").map(JsonNode::asInt);
    }

    private Optional<JsonNode> optional(ObjectNode body, String field, Predicate<JsonNode> type, String typeName) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!type.test(value)) {
            throw errors.detail(400, field + " must be " + typeName);
        }
        return Optional.of(value);
    }

    static List<String> textArray(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    boolean parseBoolean(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw errors.detail(400, "expected true or false, got " + value);
    }

    long parseLong(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw errors.detail(400, name + " must be an integer, got " + value);
        }
    }

    // ------------------------------------------------------------------ answers

    static SimResponse ok(ObjectNode response) {
        ObjectNode envelope = Json.object().put("status", "ok");
        envelope.set("response", response);
        return SimResponse.json(200, Json.write(envelope));
    }

    /** The {@code pagination} and item list of a Synthflow list answer, in the envelope. */
    static SimResponse page(String key, ObjectNode pagination, JsonNode items) {
        ObjectNode response = Json.object();
        response.set("pagination", pagination);
        response.set(key, items);
        return ok(response);
    }

    static void putNullable(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
