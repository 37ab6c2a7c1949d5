package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.CallWindow;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SynthflowAgentPlatform#findInboundCall}: the AI side of a test call, from {@code GET /v2/calls}. */
class SynthflowAgentPlatformCallTest extends PlatformTestBase {

    private static final Instant FROM = Instant.ofEpochMilli(1_732_622_800_000L);
    private static final Instant TO = Instant.ofEpochMilli(1_732_623_400_000L);
    private static final PhoneNumber CALLER = PhoneNumber.parse("+14155550100");

    /** A list item shaped as the OpenAPI's {@code GET /calls} answer (status named {@code call_status}). */
    private static String call(String id, String type, long startMillis, String status, String error,
                               String executedActions) {
        return """
                { "call_id": "%s", "model_id": "%s", "campaign_type": "%s", "phone_number_from": "+14155550100",
                  "phone_number_to": "+33123456789", "name": "", "transcript": "...", "duration": 95,
                  "recording_url": null, "end_call_reason": "human_ended_call", "error_message": "%s",
                  "executed_actions": %s, "type_of_call": "%s", "start_time": "%d", "timezone": "Europe/Paris",
                  "telephony_hangup": "caller", "telephony_disconnect_reason": "caller_hangup",
                  "telephony_duration": 95000, "telephony_start": "2024-11-26T12:08:16Z",
                  "telephony_end": "2024-11-26T12:09:51Z", "call_status": "%s", "collected_variables": {},
                  "lead_phone_number": "+14155550100", "lead_name": "", "agent_phone_number": "+33123456789",
                  "agents_used": ["%s"], "labels": [], "recording_duration": "95", "deployment_type": "phone",
                  "judge_results": null }"""
                .formatted(id, MODEL_ID, type, error, executedActions, type, startMillis, status, MODEL_ID);
    }

    private static void page(int offset, int total, String... calls) {
        wm.stubFor(get(urlPathEqualTo("/v2/calls")).withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(json("{ \"status\": \"ok\", \"response\": { \"pagination\": { \"total_records\": " + total
                        + ", \"limit\": 2, \"offset\": " + offset + " }, \"calls\": [" + String.join(",", calls)
                        + "] } }")));
    }

    @Test
    void readsEveryPageOfTheWindowAndReturnsTheNewestInboundCall() {
        // the server caps pages at 2: the adapter advances by what it received
        page(0, 3, call("c-old", "inbound", 1_732_622_896_000L, "completed", "", "{}"),
                call("c-out", "outbound", 1_732_623_000_000L, "completed", "", "{}"));
        page(2, 3, call("c-new", "inbound", 1_732_622_950_000L, "completed", "", "{}"));

        Optional<AgentPlatform.AssistantCall> found = platform.findInboundCall(MODEL_ID, CallWindow.of(DID, FROM, TO).caller(CALLER));

        assertThat(found).map(AgentPlatform.AssistantCall::id).contains("c-new");
        assertThat(found.get().startedAt()).isEqualTo(Instant.ofEpochMilli(1_732_622_950_000L));
        assertThat(found.get().record().status()).isEqualTo("completed");
        for (String offset : new String[] {"0", "2"}) {
            wm.verify(1, sent(GET, "/calls")
                    .withQueryParam("model_id", equalTo(MODEL_ID))
                    .withQueryParam("from_date", equalTo("1732622800000"))
                    .withQueryParam("to_date", equalTo("1732623400000"))
                    .withQueryParam("lead_phone_number", equalTo("+14155550100"))
                    .withQueryParam("limit", equalTo("50"))
                    .withQueryParam("offset", equalTo(offset))
                    .withQueryParam("call_status", absent()));
        }
        assertThat(wm.getAllServeEvents()).hasSize(2);
        assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl()).contains("lead_phone_number=%2B14155550100");
    }

    @Test
    void sendsNoLeadNumberWhenTheCallerIsUnknown() {
        page(0, 0);

        assertThat(platform.findInboundCall(MODEL_ID, CallWindow.of(DID, FROM, TO))).isEmpty();

        wm.verify(1, sent(GET, "/calls").withQueryParam("lead_phone_number", absent()));
    }

    @Test
    void mapsTheTelephonyFieldsForDiagnose() {
        page(0, 1, call("c-401", "inbound", 1_732_622_896_000L, "failed", "Telephony - 401 - Unauthorized", "{}"));

        AgentPlatform.AssistantCall call = platform.findInboundCall(MODEL_ID, CallWindow.of(DID, FROM, TO)).orElseThrow();

        assertThat(call.record().error()).contains("Telephony - 401 - Unauthorized");
        assertThat(call.record().status()).isEqualTo("failed");
        assertThat(call.record().endReason()).isEqualTo("human_ended_call");
        assertThat(call.record().telephonyDisconnectReason()).isEqualTo("caller_hangup");
        assertThat(call.record().inbound()).isTrue();
        assertThat(call.transferred()).isFalse();
    }

    @Test
    void readsATransferAndItsDestinationFromTheExecutedActions() {
        page(0, 1, call("c-t", "inbound", 1_732_622_896_000L, "completed", "",
                "{ \"LIVE_TRANSFER\": { \"phone\": \"+33144556677\", \"result\": \"transferred\" },"
                        + " \"INFORMATION_EXTRACTOR\": { \"name\": \"caller name\" } }"));

        AgentPlatform.AssistantCall call = platform.findInboundCall(MODEL_ID, CallWindow.of(DID, FROM, TO)).orElseThrow();

        assertThat(call.transfers()).containsExactly("LIVE_TRANSFER to +33144556677");
    }

    @Test
    void recognisesATransferByItsActionTypeWhenTheKeyIsAnId() {
        page(0, 1, call("c-t", "inbound", 1_732_622_896_000L, "completed", "",
                "{ \"act-42\": { \"action_type\": \"LIVE_TRANSFER\" } }"));

        assertThat(platform.findInboundCall(MODEL_ID, CallWindow.of(DID, FROM, TO)).orElseThrow().transfers())
                .containsExactly("act-42");
    }
}
