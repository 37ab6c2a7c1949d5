package io.trunkline.aircall.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.AircallWireMock;
import io.trunkline.aircall.FakeTime;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.aircall.AircallWireMock.API_TOKEN;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** No credential or webhook token may reach a toString, an exception message or a stack trace. */
class SecretsTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final FakeTime time = new FakeTime();
    private final AircallClient client = AircallWireMock.client(aircall, time);
    private final String base64 = BASIC.substring("Basic ".length());
    private final List<String> forbidden = List.of(API_TOKEN, base64, WebhooksTest.WEBHOOK_TOKEN, "oauth-SECRET-555");

    private void assertClean(String text) {
        for (String secret : forbidden) {
            assertThat(text).doesNotContain(secret);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void configAndClientToStringMaskEveryCredential() {
        AircallConfig bearer = AircallConfig.builder().accessToken(Secret.of("oauth-SECRET-555")).build();

        assertClean(client.config().toString());
        assertClean(client.toString());
        assertClean(bearer.toString());
        assertThat(client.config().toString()).contains("apiToken=" + Secret.MASK).contains("apiId=" + Secret.MASK);
        assertThat(bearer.toString()).contains("accessToken=" + Secret.MASK);
    }

    @Test
    void authenticationFailuresNeverEchoTheCredentials() {
        aircall.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Forbidden\"}")));

        TrunklineException e = catchThrowableOfType(TrunklineException.class, client::ping);

        assertClean(stackTrace(e));
    }

    @Test
    void unreadableWebhookAnswersNeverEchoTheToken() {
        aircall.stubFor(get(urlPathEqualTo("/v1/webhooks/w-1")).willReturn(okJson(
                "{\"webhook\":{\"token\":\"" + WebhooksTest.WEBHOOK_TOKEN + "\",\"events\":[]}}")));
        aircall.stubFor(post("/v1/webhooks").willReturn(okJson(
                "{\"webhook\":{\"webhook_id\":\"w-2\",\"token\":\"" + WebhooksTest.WEBHOOK_TOKEN + "\",")));

        TrunklineException missingId = catchThrowableOfType(TrunklineException.class, () -> client.webhook("w-1"));
        TrunklineException malformed = catchThrowableOfType(TrunklineException.class, () -> client.createWebhook(
                WebhookCreateRequest.builder().url("https://example.com/h").addEvent("call.created").build()));

        assertThat(missingId).hasMessageContaining("'webhook.webhook_id'");
        assertClean(stackTrace(missingId));
        assertClean(stackTrace(malformed));
    }

    @Test
    void webhookToStringAndJsonMaskTheToken() throws Exception {
        Webhook webhook = new Webhook("w-1", null, null, "Trunkline", "https://example.com/h", true,
                Secret.of(WebhooksTest.WEBHOOK_TOKEN), List.of("call.created"));

        assertClean(webhook.toString());
        assertClean(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(webhook));
    }
}
