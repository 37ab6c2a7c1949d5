package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.spi.AgentPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthflowAgentPlatformAssistantTest extends PlatformTestBase {

    static String assistantJson(String type, String phoneNumber, String... actions) {
        return """
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 20, "offset": 0 },
                  "assistants": [ { "model_id": "1726559381711x108708587477942990", "type": "%s",
                      "name": "Aircall AI Receptionist", "phone_number": %s, "description": "",
                      "external_webhook_url": "", "is_recording": true,
                      "max_duration": { "duration_seconds": 600, "is_enabled": false },
                      "agent": { "prompt": "You are ...", "language": "fr-FR" },
                      "attached_phone_numbers": [],
                      "actions": [%s], "input_variables": [] } ] } }
                """.formatted(type, phoneNumber, quoted(actions));
    }

    @Test
    void findAssistantReadsTheAssistantWithItsActions() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("inbound", "\"+33123456789\"", "act-1", "act-2"))));

        AgentPlatform.AssistantState state = platform.findAssistant(MODEL_ID).orElseThrow();

        assertThat(state).isEqualTo(new AgentPlatform.AssistantState(MODEL_ID, "Aircall AI Receptionist", true, DID, null,
                List.of("act-1", "act-2")));
        wm.verify(1, sent(RequestMethod.GET, "/assistants/" + MODEL_ID)
                .withQueryParam("include_actions", equalTo("true")));
    }

    @Test
    void aSnapshotReadsTheAssistantAndTheNumberOnceAndAnswersRegistrationFromThatRead() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("inbound", "\"+33123456789\""))));
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:pbx.example.com", false, MODEL_ID))));
        SynthflowAgentPlatform snapshot = platform.snapshot();

        snapshot.findAssistant(MODEL_ID);
        snapshot.findAssistant(MODEL_ID);
        snapshot.findSipNumber(DID);
        AgentPlatform.RegistrationStatus status = snapshot.registrationStatus(DID, MODEL_ID);

        assertThat(status.state()).isEqualTo(AgentPlatform.RegistrationStatus.State.REGISTERED);
        wm.verify(1, sent(RequestMethod.GET, "/assistants/" + MODEL_ID));
        wm.verify(1, sent(RequestMethod.GET, "/numbers/" + SLUG));

        platform.registrationStatus(DID, MODEL_ID);
        wm.verify(2, sent(RequestMethod.GET, "/numbers/" + SLUG).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
    }

    @Test
    void findAssistantReportsNoEngineVersionBecauseSynthflowDoesNotExposeIt() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("inbound", "\"+33123456789\"")
                        .replace("\"agent\": {", "\"agent\": { \"voice_engine_version\": \"2.0\","))));

        assertThat(platform.findAssistant(MODEL_ID).orElseThrow().engineVersion()).isNull();
    }

    @Test
    void findAssistantTreatsABlankOrMissingPhoneNumberAsUnbound() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("inbound", "\"\""))));
        assertThat(platform.findAssistant(MODEL_ID).orElseThrow().inboundNumber()).isNull();

        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("inbound", "null"))));
        assertThat(platform.findAssistant(MODEL_ID).orElseThrow().boundNumber()).isEmpty();
    }

    @Test
    void findAssistantMarksOutboundAssistantsAsNotInbound() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("outbound", "\"\""))));

        assertThat(platform.findAssistant(MODEL_ID).orElseThrow().inbound()).isFalse();
    }

    @Test
    void findAssistantIsEmptyWhenSynthflowAnswers404() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json(404, """
                { "detail": { "status": "error", "description": "Assistant not found",
                  "request_id": "req-1", "category": "not_found" } }""")));

        wm.stubFor(get(urlPathEqualTo("/v2/assistants/")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 0, "limit": 100, "offset": 0 },
                  "assistants": [] } }""")));

        assertThat(platform.findAssistant(MODEL_ID)).isEmpty();
        wm.verify(1, sent(RequestMethod.GET, "/assistants/"));
    }

    @Test
    void findAssistantRefusesAPhoneNumberThatIsNotE164() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID))
                .willReturn(json(assistantJson("inbound", "\"0123456789\""))));

        assertThatThrownBy(() -> platform.findAssistant(MODEL_ID))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow get assistant failed")
                .hasMessageContaining(MODEL_ID).hasMessageContaining("0123456789");
    }

    @Test
    void bindInboundNumberSendsOnlyThePhoneNumberAsAPartialUpdate() {
        wm.stubFor(put(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json("""
                { "status": "ok", "response": { "model_id": "1726559381711x108708587477942990" },
                  "details": { "phone": "+33123456789", "voice": "" } }""")));

        platform.bindInboundNumber(MODEL_ID, DID);

        wm.verify(1, sentJson(RequestMethod.PUT, "/assistants/" + MODEL_ID, "{\"phone_number\": \"+33123456789\"}"));
    }
}
