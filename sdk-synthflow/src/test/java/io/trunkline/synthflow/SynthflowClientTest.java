package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public client's own surface: the credentials check and what it prints. */
class SynthflowClientTest {

    private static final String API_KEY = "sf-client-test-key-51d2";
    private static final String WORKSPACE = "1710107690998x536152705164378100";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private SynthflowClient client() {
        return SynthflowClient.create(SynthflowConfig.builder().apiKey(Secret.of(API_KEY)).workspaceId(WORKSPACE)
                .baseUrl(wm.baseUrl() + "/v2").http(http -> http.maxAttempts(1)).build());
    }

    @Test
    void checkCredentialsReadsOnePageOfOneAssistantWithTheKey() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"ok\",\"response\":{\"assistants\":[]}}")));

        try (SynthflowClient client = client()) {
            client.checkCredentials();
        }

        wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/assistants/"))
                .withQueryParam("limit", equalTo("1"))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
    }

    @Test
    void checkCredentialsFailsWithAnAuthenticationErrorWhenTheKeyIsRefused() {
        wm.stubFor(get(urlPathEqualTo("/v2/assistants/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Invalid API key\"}")));

        try (SynthflowClient client = client()) {
            assertThatThrownBy(client::checkCredentials).isInstanceOf(AuthenticationException.class)
                    .hasMessageNotContaining(API_KEY);
        }
    }

    @Test
    void toStringNamesTheWorkspaceButNeverTheKey() {
        try (SynthflowClient client = client()) {
            assertThat(client.toString()).contains(WORKSPACE).doesNotContain(API_KEY);
        }
    }
}
