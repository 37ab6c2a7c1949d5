package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.ActionDetails;
import io.trunkline.synthflow.internal.wire.ActionPage;
import io.trunkline.synthflow.internal.wire.ActionSaved;
import io.trunkline.synthflow.internal.wire.ActionSummary;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;
import io.trunkline.synthflow.internal.wire.TransferMode;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionEndpointsTest extends ClientTestBase {

    private static final String ACTION_ID = "5f1c6a3e-action";

    private static LiveTransferConfig warmTransfer() {
        return LiveTransferConfig.builder()
                .phone("+33123456789")
                .transferMode(TransferMode.WARM_TRANSFER_WITH_CONTEXT)
                .instructions("Caller asks for a human or a manager")
                .initiatingMsg("Let me connect you to a colleague.")
                .failedMsg("Nobody is available right now.")
                .timeout(30)
                .summarizationPrompt("Summarise the caller's request in two sentences.")
                .build();
    }

    @Test
    void createActionPostsTheLiveTransferUnderItsTypeKey() {
        wm.stubFor(post("/v2/actions").willReturn(json("""
                { "status": "ok", "response": { "action_id": "%s", "action_type": "LIVE_TRANSFER",
                  "prompt_variables": [] } }""".formatted(ACTION_ID))));

        ActionSaved saved = client.createAction(warmTransfer());

        assertThat(saved.actionId()).isEqualTo(ACTION_ID);
        assertThat(saved.actionType()).isEqualTo("LIVE_TRANSFER");
        wm.verify(1, sentJson(POST, "/actions", """
                { "LIVE_TRANSFER": { "phone": "+33123456789", "transfer_mode": "warm_transfer_with_context",
                    "instructions": "Caller asks for a human or a manager",
                    "initiating_msg": "Let me connect you to a colleague.",
                    "failed_msg": "Nobody is available right now.", "timeout": 30,
                    "summarization_prompt": "Summarise the caller's request in two sentences." } }"""));
    }

    @Test
    void createActionSendsEveryDocumentedLiveTransferField() {
        wm.stubFor(post("/v2/actions").willReturn(json("""
                { "status": "ok", "response": { "action_id": "%s" } }""".formatted(ACTION_ID))));

        client.createAction(LiveTransferConfig.builder()
                .phoneBookId("pb-1")
                .transferMode(TransferMode.WARM_TRANSFER)
                .instructions("i")
                .initiatingMsg("m")
                .messageToTransferTarget("whisper")
                .digits("123")
                .goodbyeMsg("bye")
                .stopRecordingAfterTransfer(true)
                .humanDetection(true)
                .humanDetectionTimeoutSeconds(45)
                .screened(false)
                .build());

        wm.verify(1, sentJson(POST, "/actions", """
                { "LIVE_TRANSFER": { "phone_book_id": "pb-1", "transfer_mode": "warm_transfer",
                    "instructions": "i", "initiating_msg": "m", "message_to_transfer_target": "whisper",
                    "digits": "123", "goodbye_msg": "bye", "stop_recording_after_transfer": true,
                    "human_detection": true, "human_detection_timeout_seconds": 45, "screened": false } }"""));
    }

    @Test
    void updateActionPutsTheSameKeyedBody() {
        wm.stubFor(put(urlPathEqualTo("/v2/actions/" + ACTION_ID)).willReturn(json("""
                { "status": "ok", "response": { "action_id": "%s" } }""".formatted(ACTION_ID))));

        ActionSaved saved = client.updateAction(ACTION_ID, warmTransfer().toBuilder().timeout(45).build());

        assertThat(saved.actionId()).isEqualTo(ACTION_ID);
        assertThat(saved.promptVariables()).isEmpty();
        wm.verify(1, sentJson(PUT, "/actions/" + ACTION_ID, """
                { "LIVE_TRANSFER": { "phone": "+33123456789", "transfer_mode": "warm_transfer_with_context",
                    "instructions": "Caller asks for a human or a manager",
                    "initiating_msg": "Let me connect you to a colleague.",
                    "failed_msg": "Nobody is available right now.", "timeout": 45,
                    "summarization_prompt": "Summarise the caller's request in two sentences." } }"""));
    }

    @Test
    void listActionsReadsThePage() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 20, "offset": 0 },
                  "actions": [ { "action_id": "%s", "action_type": "LIVE_TRANSFER", "name": "Transfer to Aircall",
                                 "description": "", "parameters_hard_coded": { "sms_message_text": "" } } ] } }"""
                .formatted(ACTION_ID))));

        ActionPage page = client.listActions(20, 0);

        assertThat(page.actions()).extracting(ActionSummary::name).containsExactly("Transfer to Aircall");
        assertThat(page.actions().get(0).parametersHardCoded()).containsEntry("sms_message_text", "");
        wm.verify(1, sent(GET, "/actions").withQueryParam("limit", equalTo("20"))
                .withQueryParam("offset", equalTo("0")));
    }

    @Test
    void getActionReadsTheFirstElementOfTheActionsArray() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/" + ACTION_ID)).willReturn(json("""
                { "status": "ok", "response": { "actions": [ { "action_id": "%s", "action_type": "LIVE_TRANSFER",
                  "name": "Transfer to Aircall", "description": "d", "assistants": ["%s"],
                  "input_variables": { "values": [], "assistants": [] } } ] } }""".formatted(ACTION_ID, MODEL_ID))));

        ActionDetails action = client.getAction(ACTION_ID, true);

        assertThat(action.actionId()).isEqualTo(ACTION_ID);
        assertThat(action.assistants()).containsExactly(MODEL_ID);
        assertThat(action.inputVariables()).containsKeys("values", "assistants");
        wm.verify(1, sent(GET, "/actions/" + ACTION_ID).withQueryParam("include_assistants", equalTo("true")));
    }

    @Test
    void deleteActionSendsDelete() {
        wm.stubFor(delete(urlPathEqualTo("/v2/actions/" + ACTION_ID)).willReturn(json("""
                { "status": "ok", "response": { "answer": "ok" } }""")));

        client.deleteAction(ACTION_ID);

        wm.verify(1, sent(DELETE, "/actions/" + ACTION_ID));
    }

    @Test
    void attachActionsPostsModelIdAndActionIds() {
        wm.stubFor(post("/v2/actions/attach").willReturn(json("{ \"status\": \"ok\", \"response\": {} }")));

        client.attachActions(MODEL_ID, List.of(ACTION_ID));

        wm.verify(1, sentJson(POST, "/actions/attach",
                "{ \"model_id\": \"%s\", \"actions\": [\"%s\"] }".formatted(MODEL_ID, ACTION_ID)));
    }

    @Test
    void detachActionsPostsModelIdAndActionIds() {
        wm.stubFor(post("/v2/actions/detach").willReturn(json("{ \"status\": \"ok\", \"response\": {} }")));

        client.detachActions(MODEL_ID, List.of(ACTION_ID, "other"));

        wm.verify(1, sentJson(POST, "/actions/detach",
                "{ \"model_id\": \"%s\", \"actions\": [\"%s\", \"other\"] }".formatted(MODEL_ID, ACTION_ID)));
    }
}
