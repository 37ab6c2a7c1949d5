package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.ImportedNumber;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberPage;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import io.trunkline.synthflow.internal.wire.NumberSummary;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import io.trunkline.synthflow.internal.wire.Pagination;
import io.trunkline.synthflow.internal.wire.ProviderName;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PATCH;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.Secret;
import org.junit.jupiter.api.Test;

class NumberEndpointsTest extends ClientTestBase {

    private static final String NUMBER_DETAILS = """
            { "slug": "33782990580", "address_requirement": "none", "phone_number": "+33782990580",
              "friendly_name": "My Custom Number", "is_sms_capable": true, "is_voice_capable": true,
              "iso_country": "FR", "locality": "Paris", "sip_auth_username": null, "sip_outbound_proxy": null,
              "sip_term_uri": "sip:33782990580.custom.com", "uac_enabled": false, "uac_register_expires": null,
              "sid": "PN25f3...05ca", "provider_name": "custom", "region": "Ile-de-France", "is_available": true,
              "agency_workspace_id": null, "workspace_id": "1710107690998x536152705164378100",
              "created_at": "2025-01-15T10:00:00Z", "updated_at": null, "assistants": ["%s"] }
            """.formatted(MODEL_ID);

    @Test
    void importCustomNumberPostsTheDocumentedBodyWithTheConfiguredWorkspace() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json("""
                { "status": "ok", "response": { "key": "787f0c0e-fc83-41b1-bfbe-266727f611a4",
                  "phone_number": "+33123456789" } }""")));

        ImportedNumber imported = client.importCustomNumber(CustomNumberImport.builder()
                .phoneNumber("+33123456789")
                .friendlyName("Aircall main line")
                .providerName(ProviderName.CUSTOM)
                .terminationUri("aircall.example.sip")
                .build());

        assertThat(imported.key()).isEqualTo("787f0c0e-fc83-41b1-bfbe-266727f611a4");
        assertThat(imported.phoneNumber()).isEqualTo("+33123456789");
        wm.verify(1, sentJson(POST, "/custom-numbers", """
                { "workspace_id": "1710107690998x536152705164378100", "phone_number": "+33123456789",
                  "friendly_name": "Aircall main line", "provider_name": "custom",
                  "termination_uri": "aircall.example.sip" }"""));
    }

    @Test
    void importCustomNumberSendsTheTrunkPasswordValueOnlyInTheBody() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json("""
                { "status": "ok", "response": { "key": "k1", "phone_number": "+33123456789" } }""")));

        client.importCustomNumber(CustomNumberImport.builder()
                .workspaceId("other-workspace")
                .phoneNumber("+33123456789")
                .terminationUri("aircall.example.sip")
                .trunkUsername("aircall-trunk")
                .trunkPwd(Secret.of("s3cr3t-trunk-pwd"))
                .sipOutboundProxy("sip:proxy.example.com:5060;transport=tcp")
                .sipAuthUsername("auth-user")
                .uacEnabled(true)
                .uacRegisterExpires(600)
                .build());

        wm.verify(1, sentJson(POST, "/custom-numbers", """
                { "workspace_id": "other-workspace", "phone_number": "+33123456789",
                  "termination_uri": "aircall.example.sip", "trunk_username": "aircall-trunk",
                  "trunk_pwd": "s3cr3t-trunk-pwd", "sip_outbound_proxy": "sip:proxy.example.com:5060;transport=tcp",
                  "sip_auth_username": "auth-user", "uac_enabled": true, "uac_register_expires": 600 }"""));
    }

    @Test
    void listNumbersSendsWorkspaceLimitAndOffsetAndReadsThePage() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json("""
                { "status": "ok", "response": {
                    "pagination": { "total_records": 38, "limit": 20, "offset": 0 },
                    "phone_numbers": [ { "number": "+17166663572", "sid": "PN25f3...05ca", "is_available": true },
                                       { "number": "+17166663442", "sid": null, "is_available": false } ] } }""")));

        NumberPage page = client.listNumbers(20, 0);

        assertThat(page.pagination()).isEqualTo(new Pagination(38, 20, 0));
        assertThat(page.phoneNumbers()).containsExactly(
                new NumberSummary("+17166663572", "PN25f3...05ca", true),
                new NumberSummary("+17166663442", null, false));
        wm.verify(1, sent(GET, "/numbers")
                .withQueryParam("workspace", equalTo(WORKSPACE))
                .withQueryParam("limit", equalTo("20"))
                .withQueryParam("offset", equalTo("0"))
                .withQueryParam("is_available", absent()));
    }

    @Test
    void listNumbersCanFilterOnAvailability() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json("""
                { "status": "ok", "response": { "pagination": { "total_records": 0, "limit": 5, "offset": 10 },
                  "phone_numbers": [] } }""")));

        NumberPage page = client.listNumbers(5, 10, true);

        assertThat(page.phoneNumbers()).isEmpty();
        wm.verify(1, sent(GET, "/numbers")
                .withQueryParam("workspace", equalTo(WORKSPACE))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("offset", equalTo("10"))
                .withQueryParam("is_available", equalTo("true")));
    }

    @Test
    void getNumberReadsTheUnwrappedBodyByItsSlug() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/33782990580")).willReturn(json(NUMBER_DETAILS)));

        NumberDetails number = client.getNumber(NumberSlug.of("+33782990580"));

        assertThat(number.phoneNumber()).isEqualTo("+33782990580");
        assertThat(number.slug()).isEqualTo("33782990580");
        assertThat(number.sipTermUri()).isEqualTo("sip:33782990580.custom.com");
        assertThat(number.providerName()).isEqualTo("custom");
        assertThat(number.isAvailable()).isTrue();
        assertThat(number.uacEnabled()).isFalse();
        assertThat(number.uacRegisterExpires()).isNull();
        assertThat(number.assistants()).containsExactly(MODEL_ID);
        wm.verify(1, sent(GET, "/numbers/33782990580").withQueryParam("workspace", equalTo(WORKSPACE)));
    }

    @Test
    void getNumberAlsoAcceptsAnEnvelopedBody() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers/33782990580"))
                .willReturn(json("{ \"status\": \"ok\", \"response\": " + NUMBER_DETAILS + " }")));

        NumberDetails number = client.getNumber("33782990580");

        assertThat(number.phoneNumber()).isEqualTo("+33782990580");
        assertThat(number.assistants()).containsExactly(MODEL_ID);
    }

    @Test
    void updateNumberPatchesOnlyTheFieldsSet() {
        wm.stubFor(patch(urlPathEqualTo("/v2/numbers/33123456789")).willReturn(json("{ \"status\": \"ok\" }")));

        client.updateNumber("33123456789", NumberUpdate.builder()
                .sipTermUri("aircall.example.sip")
                .trunkPwd(Secret.of("new-trunk-pwd"))
                .uacEnabled(false)
                .build());

        wm.verify(1, sentJson(PATCH, "/numbers/33123456789", """
                { "sip_term_uri": "aircall.example.sip", "trunk_pwd": "new-trunk-pwd", "uac_enabled": false }"""));
    }

    @Test
    void deleteNumberSendsDeleteToTheSlugWithoutBody() {
        wm.stubFor(delete(urlPathEqualTo("/v2/numbers/33123456789")).willReturn(json("{ \"status\": \"ok\" }")));

        client.deleteNumber(NumberSlug.of("+33123456789"));

        wm.verify(1, sent(DELETE, "/numbers/33123456789").withQueryParam("workspace", absent()));
    }
}
