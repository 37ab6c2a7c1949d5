package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.synthflow.internal.SynthflowAssumptions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server per test class, a platform per test, and helpers to assert what was sent. */
abstract class PlatformTestBase {

    static final String API_KEY = "sf-test-key-7c1f0e9d";
    static final String WORKSPACE = "1710107690998x536152705164378100";
    static final String MODEL_ID = "1726559381711x108708587477942990";
    static final PhoneNumber DID = PhoneNumber.parse("+33 1 23 45 67 89");
    static final String SLUG = "33123456789";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    SynthflowAgentPlatform platform;

    /** The platform with no assumption confirmed: what a real workspace gets before preflight. */
    SynthflowAgentPlatform documentedOnly;

    @BeforeEach
    void createPlatform() {
        SynthflowClient client = SynthflowClient.create(SynthflowConfig.builder()
                .apiKey(Secret.of(API_KEY))
                .workspaceId(WORKSPACE)
                .baseUrl(wm.baseUrl() + "/v2")
                .http(http -> http.sleeper(duration -> { }).jitterSeed(7))
                .build());
        documentedOnly = SynthflowAgentPlatform.create(client);
        platform = SynthflowAgentPlatform.create(client, readBackConfirmed());
    }

    /** @return a preflight result that confirmed SF-LIVE-TRANSFER-READBACK, as the stubs of these tests echo it */
    static List<AssumptionVerdict> readBackConfirmed() {
        return List.of(new AssumptionVerdict(SynthflowAssumptions.LIVE_TRANSFER_READBACK,
                AssumptionVerdict.Verdict.CONFIRMED, "the test's stubs echo parameters_hard_coded"));
    }

    /** Stubs {@code GET /numbers} with the given numbers on one page. */
    static void listedNumbers(String... e164) {
        String items = java.util.Arrays.stream(e164)
                .map(n -> "{\"number\": \"" + n + "\", \"sid\": null, \"is_available\": true}")
                .collect(java.util.stream.Collectors.joining(","));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v2/numbers")).willReturn(json(
                "{\"status\": \"ok\", \"response\": {\"pagination\": {\"total_records\": " + e164.length
                        + ", \"limit\": 100, \"offset\": 0}, \"phone_numbers\": [" + items + "]}}")));
    }

    /** A request to {@code /v2<path>} carrying our API key. */
    static RequestPatternBuilder sent(RequestMethod method, String path) {
        return RequestPatternBuilder.newRequestPattern(method, urlPathEqualTo("/v2" + path))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY));
    }

    /** Like {@link #sent} with exactly this JSON body: no extra, missing or null fields. */
    static RequestPatternBuilder sentJson(RequestMethod method, String path, String json) {
        return sent(method, path)
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, false, false))
                .withRequestBody(notContaining("null"));
    }

    static ResponseDefinitionBuilder json(String body) {
        return json(200, body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** {@code GET /numbers/{slug}} as Synthflow documents it (flat), with the given attachment state. */
    static String numberJson(String sipTermUri, boolean isAvailable, String... assistants) {
        return """
                { "slug": "33123456789", "address_requirement": "none", "phone_number": "+33123456789",
                  "friendly_name": "Paris support", "is_sms_capable": false, "is_voice_capable": true,
                  "iso_country": "FR", "locality": "Paris", "sip_auth_username": null, "sip_outbound_proxy": null,
                  "sip_term_uri": "%s", "uac_enabled": false, "uac_register_expires": null,
                  "sid": null, "provider_name": "custom", "region": "Ile-de-France", "is_available": %s,
                  "agency_workspace_id": null, "workspace_id": "1710107690998x536152705164378100",
                  "created_at": "2025-01-15T10:00:00Z", "updated_at": null, "assistants": [%s] }
                """.formatted(sipTermUri, isAvailable, quoted(assistants));
    }

    static String quoted(String... values) {
        return String.join(", ", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList());
    }
}
