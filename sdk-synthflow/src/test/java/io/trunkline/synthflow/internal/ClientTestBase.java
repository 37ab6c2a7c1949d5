package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.SynthflowConfig;
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
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.Secret;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server per test class, a fresh client per test, and helpers to assert what was sent. */
abstract class ClientTestBase {

    static final String API_KEY = "sf-test-key-7c1f0e9d";
    static final String WORKSPACE = "1710107690998x536152705164378100";
    static final String MODEL_ID = "1726559381711x108708587477942990";
    static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    RecordingSleeper sleeper;
    SynthflowEndpoints client;

    @BeforeEach
    void createClient() {
        sleeper = new RecordingSleeper();
        client = SynthflowEndpoints.create(config().build());
    }

    SynthflowConfig.Builder config() {
        return SynthflowConfig.builder()
                .apiKey(Secret.of(API_KEY))
                .workspaceId(WORKSPACE)
                .baseUrl(wm.baseUrl() + "/v2")
                .http(http -> http.sleeper(sleeper).jitterSeed(42).clock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    /** A request to {@code /v2<path>} carrying our auth and User-Agent headers. */
    static RequestPatternBuilder sent(RequestMethod method, String path) {
        return RequestPatternBuilder.newRequestPattern(method, urlPathEqualTo("/v2" + path))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("User-Agent", equalTo(Trunkline.USER_AGENT))
                .withHeader("Accept", equalTo("application/json"));
    }

    /** Like {@link #sent} with exactly this JSON body (no extra, missing or null fields). */
    static RequestPatternBuilder sentJson(RequestMethod method, String path, String json) {
        return sent(method, path)
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, false, false))
                .withRequestBody(notContaining("null"));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
