package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.Assistant;
import io.trunkline.synthflow.internal.wire.AssistantPage;
import io.trunkline.synthflow.internal.wire.AssistantSaved;
import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

class AssistantEndpointsTest extends ClientTestBase {

    private static final String SAVED = """
            {"status":"ok","response":{"model_id":"%s"},"details":{"phone":"+33123456789","voice":""}}"""
            .formatted(MODEL_ID);

    private static final String ASSISTANT = """
            { "model_id": "%s", "type": "inbound", "name": "Aircall AI Receptionist",
              "phone_number": "+33123456789", "description": "", "external_webhook_url": "", "is_recording": true,
              "max_duration": { "duration_seconds": 600, "is_enabled": false },
              "agent": { "prompt": "You are ...", "greeting_message": "Bonjour", "greeting_message_mode": "agent_static",
                         "llm": "gpt-4.1-mini", "language": "fr-FR", "voice_id": "v-1", "timezone": "Europe/Paris" },
              "attached_phone_numbers": [ { "number": "+16286666348", "sid": null, "slug": "16286666348" } ],
              "actions": ["act-1"],
              "input_variables": [ { "action_id": "act-1", "values": [], "trigger_condition": null } ] }
            """.formatted(MODEL_ID);

    @Test
    void getAssistantReadsTheFirstElementOfTheAssistantsArray() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 20, "offset": 0 },
                  "assistants": [ %s ] } }""".formatted(ASSISTANT))));

        Assistant assistant = client.getAssistant(MODEL_ID, true);

        assertThat(assistant.modelId()).isEqualTo(MODEL_ID);
        assertThat(assistant.type()).isEqualTo("inbound");
        assertThat(assistant.phoneNumber()).isEqualTo("+33123456789");
        assertThat(assistant.actions()).containsExactly("act-1");
        assertThat(assistant.inputVariables()).hasSize(1);
        assertThat(assistant.inputVariables().get(0)).containsEntry("action_id", "act-1");
        wm.verify(1, sent(GET, "/assistants/" + MODEL_ID).withQueryParam("include_actions", equalTo("true")));
    }

    @Test
    void getAssistantWithoutActionsSendsIncludeActionsFalse() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json("""
                { "status": "ok", "response": { "assistants": [ %s ] } }""".formatted(ASSISTANT))));

        client.getAssistant(MODEL_ID, false);

        wm.verify(1, sent(GET, "/assistants/" + MODEL_ID).withQueryParam("include_actions", equalTo("false")));
    }

    @Test
    void getAssistantTreatsAnEmptyAssistantsArrayAsNotFound() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/missing")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 0, "limit": 20, "offset": 0 },
                  "assistants": [] } }""")));

        assertThatThrownBy(() -> client.getAssistant("missing", false))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Synthflow get assistant failed")
                .hasMessageContaining("no assistant missing");
    }

    @Test
    void listAssistantsUsesTheTrailingSlashPathAndPaging() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 50, "offset": 0 },
                  "assistants": [ %s ] } }""".formatted(ASSISTANT))));

        AssistantPage page = client.listAssistants(50, 0);

        assertThat(page.assistants()).extracting(Assistant::name).containsExactly("Aircall AI Receptionist");
        wm.verify(1, sent(GET, "/assistants/")
                .withQueryParam("limit", equalTo("50"))
                .withQueryParam("offset", equalTo("0")));
    }

    @Test
    void updateAssistantSendsOnlyTheInboundNumberToBindAndReadsModelIdAndDetails() {
        wm.stubFor(put(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json(SAVED)));

        AssistantSaved saved = client.updateAssistant(MODEL_ID, AssistantUpdate.phoneNumber("+33123456789"));

        assertThat(saved.modelId()).isEqualTo(MODEL_ID);
        assertThat(saved.details()).isEqualTo(new AssistantSaved.Details("+33123456789", ""));
        wm.verify(1, sentJson(PUT, "/assistants/" + MODEL_ID, "{ \"phone_number\": \"+33123456789\" }"));
    }
}
