package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import io.trunkline.synthflow.internal.wire.CallQuery;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;
import io.trunkline.synthflow.internal.wire.NumberPage;
import io.trunkline.synthflow.internal.wire.NumberSummary;
import io.trunkline.synthflow.internal.wire.TransferMode;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.VendorConnectionException;
import org.junit.jupiter.api.Test;

class ResponseParsingTest extends ClientTestBase {

    @Test
    void unknownFieldsAtEveryLevelAreIgnored() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json("""
                { "status": "ok", "brand_new_top_level": 1, "response": {
                    "pagination": { "total_records": 1, "limit": 20, "offset": 0, "next_cursor": "x" },
                    "phone_numbers": [ { "number": "+17166663572", "sid": null, "is_available": true,
                                         "capabilities": { "fax": false } } ],
                    "extra": [1, 2, 3] } }""")));

        NumberPage page = client.listNumbers(20, 0);

        assertThat(page.phoneNumbers()).containsExactly(new NumberSummary("+17166663572", null, true));
    }

    @Test
    void anAssistantUpdateAnswerWithoutModelIdFailsClearly() {
        wm.stubFor(put(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json("{\"status\":\"ok\",\"response\":{}}")));

        assertThatThrownBy(() -> client.updateAssistant(MODEL_ID, AssistantUpdate.phoneNumber("+33123456789")))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow update assistant failed")
                .hasMessageContaining("'model_id'");
    }

    @Test
    void anUpdateAnswerWithoutActionIdFailsClearly() {
        wm.stubFor(put(urlPathEqualTo("/v2/actions/a1")).willReturn(json("{\"status\":\"ok\",\"response\":{}}")));

        assertThatThrownBy(() -> client.updateAction("a1", LiveTransferConfig.builder().phone("+33123456789")
                .transferMode(TransferMode.WARM_TRANSFER).instructions("i").initiatingMsg("m").build()))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow update action failed")
                .hasMessageContaining("'action_id'");
    }

    @Test
    void aNumberWithoutPhoneNumberFailsClearly() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/33123456789")).willReturn(json("""
                { "slug": "33123456789", "friendly_name": "x" }""")));

        assertThatThrownBy(() -> client.getNumber("33123456789"))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow get number failed")
                .hasMessageContaining("'phone_number'");
    }

    @Test
    void anImportAnswerWithoutPhoneNumberFailsClearly() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json("{\"status\":\"ok\",\"response\":{\"key\":\"k\"}}")));

        assertThatThrownBy(() -> client.importCustomNumber(CustomNumberImport.builder().phoneNumber("+33123456789")
                .terminationUri("t").build()))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("'phone_number'")
                .hasMessageContaining("write probably happened");
    }

    @Test
    void aListEntryWithoutItsIdFailsClearly() {
        wm.stubFor(get(urlPathEqualTo("/v2/calls")).willReturn(json("""
                { "status": "ok", "response": { "calls": [ { "model_id": "m" } ] } }""")));

        assertThatThrownBy(() -> client.listCalls(CallQuery.builder("m").build()))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("'calls[].call_id'");
    }

    @Test
    void aSuccessfulAnswerThatIsNotJsonIsAConnectionErrorWithoutTheBody() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/33123456789")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>maintenance page</html>")));

        assertThatThrownBy(() -> client.getNumber("33123456789"))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("not well-formed JSON")
                .hasMessageNotContaining("maintenance page");
    }

    @Test
    void aFieldOfTheWrongTypeNamesItsPath() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json("""
                { "status": "ok", "response": { "phone_numbers": { "number": "+1" } } }""")));

        assertThatThrownBy(() -> client.listNumbers(20, 0))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("unexpected shape at 'phone_numbers'");
    }

    @Test
    void aMissingCallInASingleCallAnswerIsNotFound() {
        wm.stubFor(get(urlPathEqualTo("/v2/calls/c1")).willReturn(json("""
                { "status": "ok", "response": { "calls": [] } }""")));

        assertThatThrownBy(() -> client.getCall("c1"))
                .isInstanceOf(io.trunkline.core.exception.ResourceNotFoundException.class)
                .hasMessageContaining("no call c1");
    }

    @Test
    void anEmptyActionsArrayInASingleActionAnswerIsNotFound() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/a1")).willReturn(json("""
                { "status": "ok", "response": { "actions": [] } }""")));

        assertThatThrownBy(() -> client.getAction("a1", false))
                .isInstanceOf(io.trunkline.core.exception.ResourceNotFoundException.class);
    }

    @Test
    void aSuccessWithoutTheAssistantsArrayIsUnreadableRatherThanNotFound() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/m1")).willReturn(aResponse().withStatus(200)));

        assertThatThrownBy(() -> client.getAssistant("m1", false))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow get assistant failed")
                .hasMessageContaining("response body is empty");
    }

    @Test
    void aSuccessWithoutTheActionsArrayIsUnreadableRatherThanNotFoundOrEmpty() {
        wm.stubFor(get(urlPathEqualTo("/v2/actions/a1")).willReturn(json("{\"status\": \"ok\"}")));
        wm.stubFor(get(urlPathEqualTo("/v2/actions")).willReturn(aResponse().withStatus(200)));

        assertThatThrownBy(() -> client.getAction("a1", false))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("lacks the required field 'actions'");
        assertThatThrownBy(() -> client.listActions(100, 0))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow list actions failed")
                .hasMessageContaining("response body is empty");
    }

    @Test
    void aNumberListWithoutItsArrayIsUnreadableRatherThanEmpty() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json("{\"status\": \"ok\", \"response\": {}}")));

        assertThatThrownBy(() -> client.listNumbers(100, 0))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow list numbers failed")
                .hasMessageContaining("lacks the required field 'phone_numbers'");
    }
}
