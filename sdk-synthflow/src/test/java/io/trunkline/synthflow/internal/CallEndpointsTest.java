package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.CallPage;
import io.trunkline.synthflow.internal.wire.CallQuery;
import io.trunkline.synthflow.internal.wire.CallRecord;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallEndpointsTest extends ClientTestBase {

    private static final String CALL = """
            { "call_id": "ebe4bd96-dcb1", "model_id": "%s", "campaign_type": "inbound",
              "phone_number_from": "+14155550100", "phone_number_to": "+33123456789", "name": "",
              "transcript": "...", "duration": 95, "recording_url": null,
              "end_call_reason": "agent_ended_call", "custom_end_call_reason": null, "error_message": "",
              "executed_actions": { "LIVE_TRANSFER": { "result": null } }, "prompt_variables": {},
              "type_of_call": "inbound", "start_time": "1732622896000", "timezone": "Europe/Paris",
              "telephony_hangup": "callee", "telephony_disconnect_reason": "callee_hangup",
              "telephony_duration": 95000, "telephony_ringing_duration": 2000,
              "telephony_start": "2025-01-15T10:00:00Z", "telephony_end": "2025-01-15T10:01:35Z",
              "status": "completed", "collected_variables": {} }""".formatted(MODEL_ID);

    @Test
    void listCallsSendsEveryFilterWithEpochMillisAndAnEncodedPlus() {
        wm.stubFor(get(urlPathEqualTo("/v2/calls")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 10, "offset": 0 },
                  "calls": [ { "call_id": "c1", "model_id": "%s", "call_status": "completed",
                               "lead_phone_number": "+14155550100", "agents_used": ["%s"], "labels": [],
                               "judge_results": null, "type_of_call": "inbound", "error_message": null } ] } }"""
                .formatted(MODEL_ID, MODEL_ID))));

        CallPage page = client.listCalls(CallQuery.builder(MODEL_ID)
                .limit(10)
                .offset(0)
                .fromDate(Instant.ofEpochMilli(1732622896000L))
                .toDate(Instant.ofEpochMilli(1732622999000L))
                .callStatus("completed")
                .durationMin(5)
                .durationMax(600)
                .leadPhoneNumber("+14155550100")
                .build());

        assertThat(page.calls()).hasSize(1);
        CallRecord call = page.calls().get(0);
        assertThat(call.effectiveStatus()).isEqualTo("completed");
        assertThat(call.agentsUsed()).containsExactly(MODEL_ID);
        assertThat(call.executedActions()).isEmpty();
        wm.verify(1, sent(GET, "/calls")
                .withQueryParam("model_id", equalTo(MODEL_ID))
                .withQueryParam("limit", equalTo("10"))
                .withQueryParam("offset", equalTo("0"))
                .withQueryParam("from_date", equalTo("1732622896000"))
                .withQueryParam("to_date", equalTo("1732622999000"))
                .withQueryParam("call_status", equalTo("completed"))
                .withQueryParam("duration_min", equalTo("5"))
                .withQueryParam("duration_max", equalTo("600"))
                .withQueryParam("lead_phone_number", equalTo("+14155550100")));
        assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl()).contains("lead_phone_number=%2B14155550100");
    }

    @Test
    void listCallsSendsOnlyTheModelIdWhenNoFilterIsSet() {
        wm.stubFor(get(urlPathEqualTo("/v2/calls")).willReturn(json("""
                { "status": "ok", "response": { "calls": [] } }""")));

        assertThat(client.listCalls(CallQuery.builder(MODEL_ID).build()).calls()).isEmpty();

        wm.verify(1, sent(GET, "/calls").withQueryParam("model_id", equalTo(MODEL_ID))
                .withQueryParam("limit", absent()).withQueryParam("from_date", absent())
                .withQueryParam("lead_phone_number", absent()));
        assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl()).doesNotContain("null");
    }

    @Test
    void getCallReadsTheCallInsideTheCallsArray() {
        wm.stubFor(get(urlPathEqualTo("/v2/calls/ebe4bd96-dcb1")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 1, "offset": 0 },
                  "calls": [ %s ] } }""".formatted(CALL))));

        CallRecord call = client.getCall("ebe4bd96-dcb1");

        assertThat(call.callId()).isEqualTo("ebe4bd96-dcb1");
        assertThat(call.typeOfCall()).isEqualTo("inbound");
        assertThat(call.effectiveStatus()).isEqualTo("completed");
        assertThat(call.telephonyDisconnectReason()).isEqualTo("callee_hangup");
        assertThat(call.telephonyDuration()).isEqualTo(95000L);
        assertThat(call.executedActions()).containsKey("LIVE_TRANSFER");
        assertThat(call.errorMessage()).isEmpty();
        wm.verify(1, sent(GET, "/calls/ebe4bd96-dcb1").withHeader("Authorization", containing("Bearer ")));
    }
}
