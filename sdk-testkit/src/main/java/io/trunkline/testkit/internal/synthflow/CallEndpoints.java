package io.trunkline.testkit.internal.synthflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SynthflowCall;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Synthflow's call history: {@code GET /calls} (filtered by agent) and {@code GET /calls/{call_id}}. */
final class CallEndpoints extends SynthflowResource {

    private static final PathPattern CALLS = PathPattern.compile("/v2/calls");
    private static final PathPattern CALL = PathPattern.compile("/v2/calls/{id}");

    private static final List<String> LIST_FIELDS = List.of("call_id", "model_id", "duration", "end_call_reason",
            "judge_results", "lead_phone_number", "agents_used", "executed_actions", "recording_url", "type_of_call",
            "recording_duration", "transcript", "error_message", "call_status", "start_time", "lead_name", "name",
            "labels", "agent_phone_number", "deployment_type", "timezone", "telephony_hangup",
            "telephony_disconnect_reason", "telephony_duration", "telephony_start", "telephony_end", "campaign_type",
            "phone_number_from", "phone_number_to", "collected_variables");
    private static final List<String> DETAIL_FIELDS = List.of("call_id", "model_id", "campaign_type",
            "phone_number_from", "phone_number_to", "name", "transcript", "duration", "recording_url",
            "end_call_reason", "custom_end_call_reason", "error_message", "executed_actions", "prompt_variables",
            "type_of_call", "start_time", "timezone", "telephony_hangup", "telephony_disconnect_reason",
            "telephony_duration", "telephony_ringing_duration", "telephony_start", "telephony_end", "status",
            "collected_variables");
    private static final Set<String> OBJECT_FIELDS = Set.of("executed_actions", "prompt_variables", "collected_variables");
    private static final Set<String> ARRAY_FIELDS = Set.of("agents_used", "labels");


    CallEndpoints(SynthflowStore store, SynthflowRequests requests) {
        super(store, requests);
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        if (CALLS.matches(r.path())) {
            return requests.only(r.method(), "GET", () -> listCalls(r));
        }
        Optional<String> id = CALL.match(r.path()).map(m -> m.get("id"));
        return id.isEmpty() ? Optional.empty() : requests.only(r.method(), "GET", () -> getCall(id.get()));
    }

    private SimResponse listCalls(RecordedRequest r) {
        String modelId = r.queryParameter("model_id").filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.detail(400, "query parameter 'model_id' is required"));
        Page page = Page.of(r, errors);
        Predicate<ObjectNode> filter = filter(r);
        List<ObjectNode> matching = new ArrayList<>();
        for (SynthflowCall call : store.calls()) {
            ObjectNode c = callFields(call);
            if (call.modelId().equals(modelId) && filter.test(c)) {
                matching.add(c);
            }
        }
        ArrayNode items = Json.array();
        page.slice(matching).forEach(c -> items.add(listShape(c)));
        return SynthflowRequests.page("calls", page.pagination(matching.size()), items);
    }

    /** The documented query filters other than {@code model_id}: start time, duration, status and lead. */
    private Predicate<ObjectNode> filter(RecordedRequest r) {
        Optional<Long> from = r.queryParameter("from_date").map(v -> requests.parseLong(v, "from_date"));
        Optional<Long> to = r.queryParameter("to_date").map(v -> requests.parseLong(v, "to_date"));
        Optional<Long> minDuration = r.queryParameter("duration_min").map(v -> requests.parseLong(v, "duration_min"));
        Optional<Long> maxDuration = r.queryParameter("duration_max").map(v -> requests.parseLong(v, "duration_max"));
        Optional<String> status = r.queryParameter("call_status");
        Optional<String> lead = r.queryParameter("lead_phone_number");
        return c -> {
            long start = Long.parseLong(c.get("start_time").asText());
            long duration = c.path("duration").asLong(0);
            return from.map(f -> start >= f).orElse(true)
                    && to.map(t -> start <= t).orElse(true)
                    && minDuration.map(m -> duration >= m).orElse(true)
                    && maxDuration.map(m -> duration <= m).orElse(true)
                    && status.map(s -> s.equals(c.path("status").asText())).orElse(true)
                    && lead.map(l -> l.equals(c.path("lead_phone_number").asText())).orElse(true);
        };
    }

    private SimResponse getCall(String callId) {
        SynthflowCall call = store.call(callId)
                .orElseThrow(() -> errors.structured(404, "not_found", "Call " + callId + " not found"));
        return SynthflowRequests.page("calls", Page.pagination(1, 1, 0),
                Json.array().add(detailShape(callFields(call))));
    }

    private static ObjectNode callFields(SynthflowCall call) {
        ObjectNode c = (ObjectNode) Json.tree(call.fields());
        c.put("call_id", call.callId().orElseThrow());
        c.put("model_id", call.modelId());
        putDefault(c, "status", "completed");
        putDefault(c, "type_of_call", "inbound");
        putDefault(c, "campaign_type", c.get("type_of_call").asText());
        putDefault(c, "error_message", "");
        if (!c.has("lead_phone_number")) {
            String lead = "outbound".equals(c.get("type_of_call").asText()) ? "phone_number_to" : "phone_number_from";
            c.set("lead_phone_number", c.path(lead).isMissingNode() ? null : c.get(lead));
        }
        return c;
    }

    private static void putDefault(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            node.put(field, value);
        }
    }

    /** The list item names the status {@code call_status}; the single call names it {@code status}. */
    private static ObjectNode listShape(ObjectNode c) {
        ObjectNode withListStatus = c.deepCopy();
        withListStatus.set("call_status", c.get("status"));
        return shape(withListStatus, LIST_FIELDS);
    }

    private static ObjectNode detailShape(ObjectNode c) {
        return shape(c, DETAIL_FIELDS);
    }

    private static ObjectNode shape(ObjectNode c, List<String> fields) {
        ObjectNode out = Json.object();
        for (String field : fields) {
            JsonNode value = c.get(field);
            if (value != null) {
                out.set(field, value);
            } else if (OBJECT_FIELDS.contains(field)) {
                out.putObject(field);
            } else if (ARRAY_FIELDS.contains(field)) {
                out.putArray(field);
            } else {
                out.putNull(field);
            }
        }
        return out;
    }
}
