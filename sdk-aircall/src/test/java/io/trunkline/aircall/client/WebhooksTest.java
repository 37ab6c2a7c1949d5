package io.trunkline.aircall.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.AircallWireMock;
import io.trunkline.aircall.FakeTime;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhooksTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final FakeTime time = new FakeTime();
    private final AircallClient client = AircallWireMock.client(aircall, time);

    static final String WEBHOOK_TOKEN = "df76g76dpziygs567f0";
    private static final String ID = "0b6e0c0e-1f2a-4b3c-9d8e-123456789abc";
    private static final String WEBHOOK = """
            { "webhook_id": "%s", "direct_link": "https://api.aircall.io/v1/webhooks/%s",
              "created_at": "2024-01-15T10:00:00.000Z", "custom_name": "Trunkline",
              "url": "https://example.com/aircall", "active": true, "token": "%s",
              "events": ["call.created", "call.answered", "call.ended"] }""".formatted(ID, ID, WEBHOOK_TOKEN);

    @Test
    void listsWebhooksAndKeepsTheirTokensSecret() {
        aircall.stubFor(get(urlPathEqualTo("/v1/webhooks")).willReturn(okJson("""
                { "webhooks": [%s], "meta": { "count": 1, "total": 1, "current_page": 1, "per_page": 50,
                  "next_page_link": null, "previous_page_link": null } }""".formatted(WEBHOOK))));

        List<Webhook> webhooks = client.webhooks().toList();

        assertThat(webhooks).singleElement().satisfies(webhook -> {
            assertThat(webhook.webhookId()).isEqualTo(ID);
            assertThat(webhook.token().reveal()).isEqualTo(WEBHOOK_TOKEN);
            assertThat(webhook.events()).containsExactly("call.created", "call.answered", "call.ended");
            assertThat(webhook.toString()).doesNotContain(WEBHOOK_TOKEN).contains("token=" + Secret.MASK)
                    .contains("url=https://example.com/aircall");
        });
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/webhooks")).withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("50")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void getsOneWebhookIncludingItsToken() {
        aircall.stubFor(get("/v1/webhooks/" + ID).willReturn(okJson("{ \"webhook\": " + WEBHOOK + " }")));

        Webhook webhook = client.webhook(ID);

        assertThat(webhook.token()).isEqualTo(Secret.of(WEBHOOK_TOKEN));
        assertThat(webhook.active()).isTrue();
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/webhooks/" + ID)).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void createsAWebhookWithAnExplicitEventList() {
        aircall.stubFor(post("/v1/webhooks").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{ \"webhook\": " + WEBHOOK + " }")));

        Webhook created = client.createWebhook(WebhookCreateRequest.builder()
                .url("https://example.com/aircall").customName("Trunkline")
                .events(List.of("call.created", "call.answered")).addEvent("call.ended").build());

        assertThat(created.webhookId()).isEqualTo(ID);
        aircall.verify(1, postRequestedFor(urlPathEqualTo("/v1/webhooks"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("""
                        {"custom_name":"Trunkline","url":"https://example.com/aircall",
                         "events":["call.created","call.answered","call.ended"]}""")));
    }

    @Test
    void omitsAnUnsetCustomNameInsteadOfSendingNull() {
        aircall.stubFor(post("/v1/webhooks").willReturn(okJson("{ \"webhook\": " + WEBHOOK + " }")));

        client.createWebhook(WebhookCreateRequest.builder().url("https://example.com/aircall")
                .addEvent("call.created").build());

        aircall.verify(1, postRequestedFor(urlPathEqualTo("/v1/webhooks")).withRequestBody(equalToJson(
                "{\"url\":\"https://example.com/aircall\",\"events\":[\"call.created\"]}")));
    }

    @Test
    void refusesToCreateOrUpdateWithoutEventsBecauseAircallWouldSubscribeToAll() {
        assertThatThrownBy(() -> WebhookCreateRequest.builder().url("https://example.com/aircall").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("webhookCreateRequest.events").hasMessageContaining("ALL events");
        assertThatThrownBy(() -> WebhookUpdateRequest.builder().active(true).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("webhookUpdateRequest.events");
    }

    @Test
    void refusesAPlainHttpWebhookUrl() {
        assertThatThrownBy(() -> WebhookCreateRequest.builder().url("http://example.com/aircall")
                .addEvent("call.created").build())
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("https");
    }

    @Test
    void updatesAWebhookAndAlwaysSendsItsEvents() {
        aircall.stubFor(put("/v1/webhooks/" + ID).willReturn(okJson("{ \"webhook\": " + WEBHOOK + " }")));

        client.updateWebhook(ID, WebhookUpdateRequest.builder().active(true)
                .events(List.of("call.created", "call.ended")).build());

        aircall.verify(1, putRequestedFor(urlPathEqualTo("/v1/webhooks/" + ID))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalToJson("{\"active\":true,\"events\":[\"call.created\",\"call.ended\"]}")));
    }

    @Test
    void deletesAWebhook() {
        aircall.stubFor(delete("/v1/webhooks/" + ID).willReturn(aResponse().withStatus(204)));

        client.deleteWebhook(ID);

        aircall.verify(1, deleteRequestedFor(urlPathEqualTo("/v1/webhooks/" + ID))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void retriesAnIdempotentDeleteAfterAServerError() {
        aircall.stubFor(delete("/v1/webhooks/" + ID).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(serverError()).willSetStateTo("ok"));
        aircall.stubFor(delete("/v1/webhooks/" + ID).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(204)));

        client.deleteWebhook(ID);

        aircall.verify(2, deleteRequestedFor(urlPathEqualTo("/v1/webhooks/" + ID)));
    }

    @Test
    void mapsADeleteOfAnUnknownWebhookToNotFound() {
        aircall.stubFor(delete("/v1/webhooks/" + ID).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not Found\"}")));

        assertThatThrownBy(() -> client.deleteWebhook(ID)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Aircall delete webhook " + ID + " failed: Not Found; status: 404");
    }

    @Test
    void neverRetriesACreateAfterAServerErrorAndSaysTheOutcomeIsUnknown() {
        aircall.stubFor(post("/v1/webhooks").willReturn(serverError().withBody("{\"message\":\"Internal error\"}")));

        assertThatThrownBy(() -> client.createWebhook(WebhookCreateRequest.builder()
                .url("https://example.com/aircall").addEvent("call.created").build()))
                .isInstanceOf(VendorApiException.class)
                .hasMessageContaining("status: 500")
                .hasMessageContaining("outcome is unknown")
                .hasMessageContaining("List webhooks (GET /v1/webhooks)");
        aircall.verify(1, postRequestedFor(urlPathEqualTo("/v1/webhooks")));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void neverRetriesACreateAfterAConnectionFailure() {
        aircall.stubFor(post("/v1/webhooks").willReturn(aResponse().withFault(CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.createWebhook(WebhookCreateRequest.builder()
                .url("https://example.com/aircall").addEvent("call.created").build()))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall create webhook failed")
                .hasMessageContaining("outcome is unknown");
        aircall.verify(1, postRequestedFor(urlPathEqualTo("/v1/webhooks")));
    }
}
