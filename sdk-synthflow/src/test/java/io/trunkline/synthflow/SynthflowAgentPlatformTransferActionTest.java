package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.core.spi.AgentPlatform.MatchScope.ATTACHED_OR_UNATTACHED;
import static io.trunkline.core.spi.AgentPlatform.MatchScope.ATTACHED_TO_ASSISTANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AgentPlatform;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthflowAgentPlatformTransferActionTest extends PlatformTestBase {

    static final PhoneNumber SUPPORT_LINE = PhoneNumber.parse("+33 1 98 76 54 32");

    static final String ASSISTANT = "asst-ours";

    static AgentPlatform.TransferActionSpec spec(TransferMode mode, String instructions) {
        return new AgentPlatform.TransferActionSpec(ASSISTANT, "Transfer to Aircall team 678", SUPPORT_LINE, mode, instructions,
                "Let me connect you to a colleague.", Duration.ofSeconds(30));
    }

    /** An action as {@code GET /actions} lists it, with the LIVE_TRANSFER parameters we infer. */
    static String liveTransfer(String id, String phone, String instructions) {
        return """
                { "action_id": "%s", "action_type": "LIVE_TRANSFER", "name": "Live transfer", "description": "",
                  "parameters_hard_coded": { "phone": "%s", "transfer_mode": "warm_transfer",
                    "instructions": "%s", "initiating_msg": "Let me connect you to a colleague.", "timeout": 30 } }
                """.formatted(id, phone, instructions);
    }

    static String page(int total, int limit, int offset, String... actions) {
        return """
                { "status": "ok", "response": { "pagination": { "total_records": %d, "limit": %d, "offset": %d },
                  "actions": [%s] } }""".formatted(total, limit, offset, String.join(",", actions));
    }

    /** Stubs {@code GET /actions/{id}?include_assistants=true} with the assistants using the action. */
    void attachedTo(String actionId, String... assistants) {
        String ids = assistants.length == 0 ? "" : "\"" + String.join("\", \"", assistants) + "\"";
        wm.stubFor(get(urlPathEqualTo("/v2/actions/" + actionId)).withQueryParam("include_assistants", equalTo("true"))
                .willReturn(json("""
                        { "status": "ok", "response": { "actions": [ { "action_id": "%s", "action_type": "LIVE_TRANSFER",
                          "name": "", "description": "", "assistants": [%s], "parameters_hard_coded": {} } ] } }"""
                        .formatted(actionId, ids))));
    }

    @Test
    void findTransferActionReadsTheLiveTransferParameters() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/act-1")).willReturn(json(
                "{ \"status\": \"ok\", \"response\": { \"actions\": [" + liveTransfer("act-1", "+33198765432", "Human")
                        + "] } }")));

        AgentPlatform.TransferActionState state = platform.findTransferAction("act-1").orElseThrow();

        assertThat(state).isEqualTo(new AgentPlatform.TransferActionState("act-1", "+33198765432", TransferMode.WARM, "Human",
                "Let me connect you to a colleague.", Duration.ofSeconds(30)));
        wm.verify(1, sent(RequestMethod.GET, "/actions/act-1"));
    }

    @Test
    void findTransferActionLeavesFieldsSynthflowDoesNotReturnUnreadable() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/act-1")).willReturn(json("""
                { "status": "ok", "response": { "actions": [ { "action_id": "act-1", "action_type": "LIVE_TRANSFER",
                  "name": "", "description": "", "parameters_hard_coded": {} } ] } }""")));

        assertThat(platform.findTransferAction("act-1"))
                .contains(new AgentPlatform.TransferActionState("act-1", null, null, null, null, null));
    }

    @Test
    void findTransferActionIsEmptyWhenSynthflowAnswers404OrTheDocumented400AndTheListConfirmsIt() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/act-1")).willReturn(json(404, "{\"detail\": \"Not Found\"}")));
        wm.stubFor(get(urlPathEqualTo("/v2/actions/act-2")).willReturn(json(400, "{\"detail\": \"Action not found\"}")));
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(1, 100, 0, opaqueTransfer("other")))));

        assertThat(platform.findTransferAction("act-1")).isEmpty();
        assertThat(platform.findTransferAction("act-2")).isEmpty();
        wm.verify(2, sent(RequestMethod.GET, "/actions"));
    }

    @Test
    void anActionLookupThatContradictsTheActionListFailsNamingTheAssumption() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/act-1")).willReturn(json(400, "{\"detail\": \"Action not found\"}")));
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(1, 100, 0, opaqueTransfer("act-1")))));

        assertThatThrownBy(() -> platform.findTransferAction("act-1"))
                .isInstanceOf(io.trunkline.core.exception.VendorApiException.class)
                .hasMessageContaining("SF-UNKNOWN-ID-STATUS").hasMessageContaining("lists action act-1");
    }

    @Test
    void findMatchingTransferActionReadsEveryPageAndMatchesTheDialledNumber() {
        String sms = """
                { "action_id": "sms-1", "action_type": "SEND_SMS", "name": "SMS", "description": "",
                  "parameters_hard_coded": { "sms_message_text": "Hello" } }""";
        // the server caps pages at 2 whatever limit is asked: the second page starts where the first ended
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).withQueryParam("offset", equalTo("0"))
                .willReturn(json(page(3, 2, 0, sms, liveTransfer("other", "+33111111111", "Human")))));
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).withQueryParam("offset", equalTo("2"))
                .willReturn(json(page(3, 2, 2, liveTransfer("act-9", "+33 1 98 76 54 32", "Human")))));
        attachedTo("act-9", ASSISTANT);

        AgentPlatform.TransferActionState match = platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_OR_UNATTACHED).orElseThrow();

        assertThat(match.id()).isEqualTo("act-9");
        wm.verify(1, sent(RequestMethod.GET, "/actions").withQueryParam("limit", equalTo("100"))
                .withQueryParam("offset", equalTo("0")));
        wm.verify(1, sent(RequestMethod.GET, "/actions").withQueryParam("limit", equalTo("100"))
                .withQueryParam("offset", equalTo("2")));
    }

    @Test
    void findMatchingTransferActionTellsTransfersToTheSameLineApartByTheirInstructions() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(2, 100, 0,
                liveTransfer("to-team", "+33198765432", "Caller asks for support"),
                liveTransfer("to-user", "+33198765432", "Caller asks for Alice")))));
        attachedTo("to-team", ASSISTANT);
        attachedTo("to-user", ASSISTANT);

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Caller asks for Alice"), ATTACHED_OR_UNATTACHED))
                .map(AgentPlatform.TransferActionState::id).contains("to-user");
        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM_WITH_CONTEXT, "Caller asks for Alice"), ATTACHED_OR_UNATTACHED))
                .isEmpty();
    }

    @Test
    void findMatchingTransferActionNeverAdoptsAnotherIntegrationsActionToTheSameLine() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(3, 100, 0,
                liveTransfer("theirs", "+33198765432", "Human"), liveTransfer("orphan", "+33198765432", "Human"),
                liveTransfer("ours", "+33198765432", "Human")))));
        attachedTo("theirs", "asst-other-did");
        attachedTo("orphan");
        attachedTo("ours", "asst-other-did", ASSISTANT);

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_OR_UNATTACHED))
                .map(AgentPlatform.TransferActionState::id).contains("ours");
        wm.verify(1, sent(RequestMethod.GET, "/actions/theirs").withQueryParam("include_assistants", equalTo("true")));
    }

    @Test
    void findMatchingTransferActionAdoptsAnUnattachedActionLeftByACrashBeforeItsAttach() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(2, 100, 0,
                liveTransfer("theirs", "+33198765432", "Human"), liveTransfer("orphan", "+33198765432", "Human")))));
        attachedTo("theirs", "asst-other-did");
        attachedTo("orphan");

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_OR_UNATTACHED))
                .map(AgentPlatform.TransferActionState::id).contains("orphan");
    }

    /** A LIVE_TRANSFER as documented-only Synthflow lists it: no settings in parameters_hard_coded. */
    static String opaqueTransfer(String id) {
        return "{ \"action_id\": \"" + id + "\", \"action_type\": \"LIVE_TRANSFER\", \"name\": \"\", "
                + "\"description\": \"\", \"parameters_hard_coded\": {} }";
    }

    @Test
    void withoutConfirmedReadBackNothingIsMatchedByContentAndNothingIsRead() {
        assertThat(documentedOnly.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_OR_UNATTACHED))
                .isEmpty();
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theBaselineIsTheWorkspacesLiveTransferIdsBeforeTheCreate() {
        String sms = """
                { "action_id": "sms-1", "action_type": "SEND_SMS", "name": "SMS", "description": "",
                  "parameters_hard_coded": { "sms_message_text": "Hello" } }""";
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(3, 100, 0, sms, opaqueTransfer("a"),
                opaqueTransfer("b")))));

        assertThat(documentedOnly.transferActionBaseline(spec(TransferMode.WARM, "Human"))).isEqualTo("a,b");
    }

    @Test
    void aLostCreateIsFoundAmongTheActionsNewSinceTheBaselineThatNoOtherAssistantHolds() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(4, 100, 0, opaqueTransfer("old"),
                opaqueTransfer("theirs"), opaqueTransfer("ours-unattached"), opaqueTransfer("ours-attached")))));
        attachedTo("theirs", "asst-other-did");
        attachedTo("ours-unattached");
        attachedTo("ours-attached", ASSISTANT);

        List<AgentPlatform.TransferActionState> candidates = documentedOnly.transferActionsCreatedSince(spec(TransferMode.WARM, "Human"), "old");

        assertThat(candidates).extracting(AgentPlatform.TransferActionState::id).containsExactly("ours-unattached", "ours-attached");
        assertThat(candidates).allSatisfy(c -> assertThat(c.phone()).isNull());
        wm.verify(0, sent(RequestMethod.GET, "/actions/old"));
    }

    /** Stubs the assistant read with its attached action ids. */
    void assistantWithActions(String... actionIds) {
        String ids = actionIds.length == 0 ? "" : "\"" + String.join("\", \"", actionIds) + "\"";
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/" + ASSISTANT)).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 1, "limit": 20, "offset": 0 },
                  "assistants": [ { "model_id": "%s", "type": "inbound", "name": "Receptionist",
                    "phone_number": "", "actions": [%s] } ] } }""".formatted(ASSISTANT, ids))));
    }

    @Test
    void findMatchingTransferActionReadsOnlyTheAssistantsOwnActionsWhenNoCreateOfOursWasUnderWay() {
        assistantWithActions("other-line", "ours");
        wm.stubFor(get(urlPathEqualTo("/v2/actions/other-line")).willReturn(json(
                "{ \"status\": \"ok\", \"response\": { \"actions\": [" + liveTransfer("other-line", "+33111111111", "Human")
                        + "] } }")));
        wm.stubFor(get(urlPathEqualTo("/v2/actions/ours")).willReturn(json(
                "{ \"status\": \"ok\", \"response\": { \"actions\": [" + liveTransfer("ours", "+33198765432", "Human")
                        + "] } }")));

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_TO_ASSISTANT))
                .map(AgentPlatform.TransferActionState::id).contains("ours");
        wm.verify(1, sent(RequestMethod.GET, "/assistants/" + ASSISTANT).withQueryParam("include_actions", equalTo("true")));
        wm.verify(0, sent(RequestMethod.GET, "/actions"));
    }

    @Test
    void findMatchingTransferActionLeavesUnattachedActionsAloneWhenNoCreateOfOursWasUnderWay() {
        assistantWithActions();
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(1, 100, 0,
                liveTransfer("in-flight", "+33198765432", "Human")))));
        attachedTo("in-flight");

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_TO_ASSISTANT)).isEmpty();
    }

    @Test
    void findMatchingTransferActionFindsNothingWhenOnlyOtherAssistantsUseTheMatchingAction() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(1, 100, 0,
                liveTransfer("theirs", "+33198765432", "Human")))));
        attachedTo("theirs", "asst-other-did");

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_OR_UNATTACHED)).isEmpty();
    }

    @Test
    void findMatchingTransferActionFindsNothingWhenThePhoneIsNotReadable() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(1, 100, 0, """
                { "action_id": "act-1", "action_type": "LIVE_TRANSFER", "name": "", "description": "",
                  "parameters_hard_coded": {} }"""))));

        assertThat(platform.findMatchingTransferAction(spec(TransferMode.WARM, "Human"), ATTACHED_OR_UNATTACHED)).isEmpty();
    }

    @Test
    void createTransferActionPostsAWarmLiveTransferToTheAircallLine() {
        wm.stubFor(post(urlPathEqualTo("/v2/actions")).willReturn(json("""
                { "status": "ok", "response": { "action_id": "act-1", "action_type": "LIVE_TRANSFER",
                  "prompt_variables": [] } }""")));

        AgentPlatform.TransferActionState created = platform.createTransferAction(spec(TransferMode.WARM, "Human"));

        wm.verify(1, sentJson(RequestMethod.POST, "/actions", """
                { "LIVE_TRANSFER": { "phone": "+33198765432", "transfer_mode": "warm_transfer",
                  "instructions": "Human", "initiating_msg": "Let me connect you to a colleague.", "timeout": 30 } }"""));
        assertThat(created).isEqualTo(new AgentPlatform.TransferActionState("act-1", "+33198765432", TransferMode.WARM, "Human",
                "Let me connect you to a colleague.", Duration.ofSeconds(30)));
    }

    @Test
    void createTransferActionSendsWarmTransferWithContextForThatMode() {
        wm.stubFor(post(urlPathEqualTo("/v2/actions")).willReturn(json("""
                { "status": "ok", "response": { "action_id": "act-2", "action_type": "LIVE_TRANSFER" } }""")));

        platform.createTransferAction(spec(TransferMode.WARM_WITH_CONTEXT, "Human"));

        wm.verify(1, sentJson(RequestMethod.POST, "/actions", """
                { "LIVE_TRANSFER": { "phone": "+33198765432", "transfer_mode": "warm_transfer_with_context",
                  "instructions": "Human", "initiating_msg": "Let me connect you to a colleague.", "timeout": 30 } }"""));
    }

    @Test
    void createTransferActionRefusesColdTransfersBecauseAircallDoesNotSupportRefer() {
        assertThatThrownBy(() -> platform.createTransferAction(spec(TransferMode.COLD, "Human")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("SIP REFER")
                .hasMessageContaining("Aircall")
                .hasMessageContaining("WARM");
        assertThatThrownBy(() -> platform.updateTransferAction("act-1", spec(TransferMode.COLD, "Human")))
                .isInstanceOf(InvalidConfigurationException.class);
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void updateTransferActionPutsTheWholeLiveTransfer() {
        wm.stubFor(put(urlPathEqualTo("/v2/actions/act-1")).willReturn(json("""
                { "status": "ok", "response": { "action_id": "act-1" } }""")));

        platform.updateTransferAction("act-1", spec(TransferMode.WARM, "Caller asks for a manager"));

        wm.verify(1, sentJson(RequestMethod.PUT, "/actions/act-1", """
                { "LIVE_TRANSFER": { "phone": "+33198765432", "transfer_mode": "warm_transfer",
                  "instructions": "Caller asks for a manager", "initiating_msg": "Let me connect you to a colleague.",
                  "timeout": 30 } }"""));
    }

    @Test
    void deleteTransferActionDeletesItAndCountsANotFoundAnswerAsDoneOnceTheListConfirmsIt() {
        wm.stubFor(delete(urlPathEqualTo("/v2/actions/act-1")).willReturn(json("""
                { "status": "ok", "response": { "answer": "deleted" } }""")));
        wm.stubFor(delete(urlPathEqualTo("/v2/actions/gone")).willReturn(json(400, "{\"detail\": \"Action not found\"}")));
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(json(page(1, 100, 0, opaqueTransfer("act-1")))));

        platform.deleteTransferAction("act-1");
        platform.deleteTransferAction("gone");

        wm.verify(1, sent(RequestMethod.DELETE, "/actions/act-1"));
        wm.verify(1, sent(RequestMethod.DELETE, "/actions/gone"));
    }

    @Test
    void attachAndDetachSendTheAssistantAndTheAction() {
        wm.stubFor(post(urlPathEqualTo("/v2/actions/attach")).willReturn(json("{\"status\": \"ok\", \"response\": {}}")));
        wm.stubFor(post(urlPathEqualTo("/v2/actions/detach")).willReturn(json("{\"status\": \"ok\", \"response\": {}}")));

        platform.attachAction(MODEL_ID, "act-1");
        platform.detachAction(MODEL_ID, "act-1");

        String body = "{ \"model_id\": \"" + MODEL_ID + "\", \"actions\": [\"act-1\"] }";
        wm.verify(1, sentJson(RequestMethod.POST, "/actions/attach", body));
        wm.verify(1, sentJson(RequestMethod.POST, "/actions/detach", body));
    }
}
