package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.AgentPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthflowAgentPlatformSipNumberTest extends PlatformTestBase {

    static final String PASSWORD = "tr-unk-pw-93!";

    static AgentPlatform.SipNumberSpec ipAuthSpec() {
        return new AgentPlatform.SipNumberSpec(DID, "Paris support", "sip:aircall-pbx.example.com", null, null, null, null,
                false, null);
    }

    static AgentPlatform.SipNumberSpec registeringSpec() {
        return new AgentPlatform.SipNumberSpec(DID, "Paris support", "sip:aircall-pbx.example.com;transport=tls", "aircall-trunk",
                Secret.of(PASSWORD), "sip:proxy.example.com:5060", "auth-user", true, 600);
    }

    @Test
    void findSipNumberReadsTheNumberBySlugInTheWorkspace() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:aircall-pbx.example.com", false, MODEL_ID))));

        AgentPlatform.SipNumberState state = platform.findSipNumber(DID).orElseThrow();

        assertThat(state).isEqualTo(new AgentPlatform.SipNumberState(DID, "Paris support", "sip:aircall-pbx.example.com", null, null,
                false, null, List.of(MODEL_ID)));
        wm.verify(1, sent(RequestMethod.GET, "/numbers/" + SLUG).withQueryParam("workspace", equalTo(WORKSPACE)));
    }

    @Test
    void findSipNumberReadsRegistrationSettings() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG)).willReturn(json(numberJson("sip:x.example.com", true)
                .replace("\"sip_auth_username\": null", "\"sip_auth_username\": \"auth-user\"")
                .replace("\"sip_outbound_proxy\": null", "\"sip_outbound_proxy\": \"sip:proxy.example.com:5060\"")
                .replace("\"uac_enabled\": false", "\"uac_enabled\": true")
                .replace("\"uac_register_expires\": null", "\"uac_register_expires\": 600"))));

        AgentPlatform.SipNumberState state = platform.findSipNumber(DID).orElseThrow();

        assertThat(state.authUsername()).isEqualTo("auth-user");
        assertThat(state.outboundProxy()).isEqualTo("sip:proxy.example.com:5060");
        assertThat(state.registrationEnabled()).isTrue();
        assertThat(state.registrationExpirySeconds()).isEqualTo(600);
        assertThat(state.assistantIds()).isEmpty();
    }

    @Test
    void findSipNumberIsEmptyWhenSynthflowAnswers404AndTheListConfirmsIt() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG)).willReturn(json(404, "{\"detail\": \"Not Found\"}")));
        listedNumbers("+33999999999");

        assertThat(platform.findSipNumber(DID)).isEmpty();
        wm.verify(1, sent(RequestMethod.GET, "/numbers"));
    }

    @Test
    void findSipNumberIsEmptyWhenSynthflowAnswersTheDocumented400AndTheListConfirmsIt() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(400, "{\"detail\": \"Phone number not found\"}")));
        listedNumbers();

        assertThat(platform.findSipNumber(DID)).isEmpty();
    }

    @Test
    void aSlugLookupThatContradictsTheNumberListFailsNamingTheAssumption() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(400, "{\"detail\": \"Phone number not found\"}")));
        listedNumbers("+33123456789");

        assertThatThrownBy(() -> platform.findSipNumber(DID)).isInstanceOf(VendorApiException.class)
                .hasMessageContaining("SF-UNKNOWN-SLUG-STATUS").hasMessageContaining("lists number +33123456789");
    }

    @Test
    void aNumberExpectedAbsentIsLookedUpInTheListAloneWhenTheListDoesNotHoldIt() {
        listedNumbers("+33999999999");

        assertThat(platform.findSipNumber(DID, AgentPlatform.Expectation.ABSENT)).isEmpty();
        wm.verify(1, sent(RequestMethod.GET, "/numbers").withQueryParam("workspace", equalTo(WORKSPACE)));
        wm.verify(0, sent(RequestMethod.GET, "/numbers/" + SLUG));
    }

    @Test
    void aNumberExpectedAbsentButListedIsReadBySlugAfterAll() {
        listedNumbers("+33123456789");
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:aircall-pbx.example.com", false, MODEL_ID))));

        assertThat(platform.findSipNumber(DID, AgentPlatform.Expectation.ABSENT)).get()
                .extracting(AgentPlatform.SipNumberState::terminationUri).isEqualTo("sip:aircall-pbx.example.com");
        wm.verify(1, sent(RequestMethod.GET, "/numbers/" + SLUG));
    }

    @Test
    void aNumberExpectedPresentIsReadBySlugWithoutTheList() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:aircall-pbx.example.com", false, MODEL_ID))));

        assertThat(platform.findSipNumber(DID, AgentPlatform.Expectation.PRESENT)).isPresent();
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServerErrorOnTheSlugLookupIsNeverTakenForAbsence() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG)).willReturn(json(403, "{\"detail\": \"Forbidden\"}")));
        listedNumbers();

        assertThatThrownBy(() -> platform.findSipNumber(DID)).isInstanceOf(TrunklineException.class);
        wm.verify(0, sent(RequestMethod.GET, "/numbers"));
    }

    @Test
    void createSipNumberImportsACustomNumberPointingBackToAircallWithOneRequest() {
        wm.stubFor(post(urlPathEqualTo("/v2/custom-numbers")).willReturn(json("""
                { "status": "ok", "response": { "key": "787f0c0e-fc83-41b1-bfbe-266727f611a4",
                  "phone_number": "+33123456789" } }""")));

        AgentPlatform.SipNumberState state = platform.createSipNumber(ipAuthSpec());

        wm.verify(1, sentJson(RequestMethod.POST, "/custom-numbers", """
                { "workspace_id": "1710107690998x536152705164378100", "phone_number": "+33123456789",
                  "friendly_name": "Paris support", "provider_name": "custom",
                  "termination_uri": "sip:aircall-pbx.example.com" }"""));
        wm.verify(1, anyRequestedFor(anyUrl()));
        assertThat(state).isEqualTo(new AgentPlatform.SipNumberState(DID, "Paris support", "sip:aircall-pbx.example.com", null, null,
                false, null, List.of()));
    }

    @Test
    void createSipNumberSendsTrunkCredentialsAndRegisterSettingsWhenRegistrationIsEnabled() {
        wm.stubFor(post(urlPathEqualTo("/v2/custom-numbers")).willReturn(json("""
                { "status": "ok", "response": { "key": "787f0c0e", "phone_number": "+33123456789" } }""")));

        AgentPlatform.SipNumberState state = platform.createSipNumber(registeringSpec());

        wm.verify(1, sentJson(RequestMethod.POST, "/custom-numbers", """
                { "workspace_id": "1710107690998x536152705164378100", "phone_number": "+33123456789",
                  "friendly_name": "Paris support", "provider_name": "custom",
                  "termination_uri": "sip:aircall-pbx.example.com;transport=tls",
                  "trunk_username": "aircall-trunk", "trunk_pwd": "%s",
                  "sip_outbound_proxy": "sip:proxy.example.com:5060", "sip_auth_username": "auth-user",
                  "uac_enabled": true, "uac_register_expires": 600 }""".formatted(PASSWORD)));
        assertThat(state.registrationEnabled()).isTrue();
        assertThat(state.registrationExpirySeconds()).isEqualTo(600);
        assertThat(state.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void updateSipNumberPatchesEveryFieldOfTheSpecUsingSipTermUri() {
        wm.stubFor(patch(urlPathEqualTo("/v2/numbers/" + SLUG)).willReturn(json("{\"status\": \"ok\"}")));

        platform.updateSipNumber(ipAuthSpec());

        wm.verify(1, sentJson(RequestMethod.PATCH, "/numbers/" + SLUG, """
                { "friendly_name": "Paris support", "sip_term_uri": "sip:aircall-pbx.example.com",
                  "uac_enabled": false }"""));
    }

    @Test
    void updateSipNumberSendsTheWriteOnlyPasswordOnlyWhenTheSpecHasOne() {
        wm.stubFor(patch(urlPathEqualTo("/v2/numbers/" + SLUG)).willReturn(json("{\"status\": \"ok\"}")));

        platform.updateSipNumber(registeringSpec());

        wm.verify(1, sentJson(RequestMethod.PATCH, "/numbers/" + SLUG, """
                { "friendly_name": "Paris support", "sip_term_uri": "sip:aircall-pbx.example.com;transport=tls",
                  "trunk_username": "aircall-trunk", "trunk_pwd": "%s",
                  "sip_outbound_proxy": "sip:proxy.example.com:5060", "sip_auth_username": "auth-user",
                  "uac_enabled": true, "uac_register_expires": 600 }""".formatted(PASSWORD)));
    }

    @Test
    void deleteSipNumberDeletesTheNumberBySlug() {
        wm.stubFor(delete(urlPathEqualTo("/v2/numbers/" + SLUG)).willReturn(json("{\"status\": \"ok\"}")));

        platform.deleteSipNumber(DID);

        wm.verify(1, sent(RequestMethod.DELETE, "/numbers/" + SLUG));
    }

    @Test
    void deleteSipNumberCountsANotFoundAnswerAsDoneOnceTheListConfirmsIt() {
        wm.stubFor(delete(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(400, "{\"detail\": \"Phone number not found\"}")));
        listedNumbers();

        platform.deleteSipNumber(DID);

        wm.verify(1, sent(RequestMethod.DELETE, "/numbers/" + SLUG));
    }

    @Test
    void registrationIsRegisteredOnceTheNumberListsTheAssistantAndIsInUse() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:aircall-pbx.example.com", false, MODEL_ID))));

        AgentPlatform.RegistrationStatus status = platform.registrationStatus(DID, MODEL_ID);

        assertThat(status.state()).isEqualTo(AgentPlatform.RegistrationStatus.State.REGISTERED);
        assertThat(status.detail()).contains(MODEL_ID).contains("test call");
        wm.verify(1, sent(RequestMethod.GET, "/numbers/" + SLUG).withQueryParam("workspace", equalTo(WORKSPACE)));
    }

    @Test
    void registrationIsPendingWhileTheNumberIsStillAvailable() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:aircall-pbx.example.com", true))));

        AgentPlatform.RegistrationStatus status = platform.registrationStatus(DID, MODEL_ID);

        assertThat(status.state()).isEqualTo(AgentPlatform.RegistrationStatus.State.PENDING);
        assertThat(status.detail()).contains("1-2 minutes");
    }

    @Test
    void registrationIsPendingWhenOnlyAnotherAssistantIsAttached() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(numberJson("sip:aircall-pbx.example.com", false, "other-assistant"))));

        assertThat(platform.registrationStatus(DID, MODEL_ID).state()).isEqualTo(AgentPlatform.RegistrationStatus.State.PENDING);
    }

    @Test
    void registrationFailsWhenTheNumberDoesNotExist() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/" + SLUG))
                .willReturn(json(404, "{\"error\": \"not_found\", \"message\": \"No route matched\"}")));
        listedNumbers();

        AgentPlatform.RegistrationStatus status = platform.registrationStatus(DID, MODEL_ID);

        assertThat(status.state()).isEqualTo(AgentPlatform.RegistrationStatus.State.FAILED);
        assertThat(status.detail()).contains("+33123456789").contains("apply");
    }
}
