package io.trunkline.aircall.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.AircallWireMock;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorHandlingTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallEndpoints client = AircallWireMock.endpoints(aircall, time);

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void mapsA401WithoutCredentialsToAuthenticationException() {
        aircall.stubFor(get("/v1/ping").willReturn(json(401, "{\"message\":\"Unauthorized\"}")));

        assertThatThrownBy(client::ping)
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.vendor()).isEqualTo(Vendor.AIRCALL);
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.vendorMessage()).contains("Unauthorized");
                    assertThat(e.errorCode()).as("Aircall documents no error code").isEmpty();
                    assertThat(e.request()).contains("GET /v1/ping");
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("Aircall ping failed: Unauthorized; status: 401")
                .hasMessageContaining("Integrations → API keys");
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void mapsA403InvalidKeyToAuthenticationExceptionWithoutRetrying() {
        aircall.stubFor(get("/v1/ping").willReturn(json(403, "{\"message\":\"Forbidden\"}")));

        assertThatThrownBy(client::ping)
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Forbidden; status: 403")
                .hasMessageContaining("403")
                .hasMessageContaining("malformed Authorization header");
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void mapsA404ToResourceNotFound() {
        aircall.stubFor(get("/v1/teams/999").willReturn(json(404, "{\"message\":\"Not Found\"}")));

        assertThatThrownBy(() -> client.team(999))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Aircall get team 999 failed: Not Found; status: 404");
    }

    @Test
    void mapsA400ToVendorApiExceptionReadingMessageAndTroubleshoot() {
        aircall.stubFor(get("/v2/users/5").willReturn(json(400,
                "{\"error\":\"Bad request\",\"troubleshoot\":\"Check the id\"}")));

        assertThatThrownBy(() -> client.user(5))
                .isExactlyInstanceOf(VendorApiException.class)
                .isInstanceOfSatisfying(VendorApiException.class, e -> {
                    assertThat(e.vendor()).isEqualTo(Vendor.AIRCALL);
                    assertThat(e.errorCode()).as("'error' is read as message text, not as a code").isEmpty();
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("Bad request; troubleshoot: Check the id; status: 400");
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v2/users/5")));
    }

    @Test
    void retriesAGetThroughABurstOfServerErrorsWithJitteredBackoff() {
        aircall.stubFor(get("/v1/ping").inScenario("burst").whenScenarioStateIs(STARTED)
                .willReturn(json(502, "")).willSetStateTo("second"));
        aircall.stubFor(get("/v1/ping").inScenario("burst").whenScenarioStateIs("second")
                .willReturn(json(503, "{\"message\":\"Service Unavailable\"}")).willSetStateTo("ok"));
        aircall.stubFor(get("/v1/ping").inScenario("burst").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"ping\":\"pong\"}")));

        client.ping();

        aircall.verify(3, getRequestedFor(urlPathEqualTo("/v1/ping")));
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
        assertThat(time.sleeps().get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
    }

    @Test
    void givesUpOnServerErrorsAfterMaxAttempts() {
        aircall.stubFor(get("/v1/ping").willReturn(json(500, "{\"message\":\"boom\"}")));

        assertThatThrownBy(client::ping)
                .isExactlyInstanceOf(VendorApiException.class)
                .isInstanceOfSatisfying(VendorApiException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("boom; status: 500")
                .hasMessageContaining("after 4 attempt(s)");
        aircall.verify(4, getRequestedFor(urlPathEqualTo("/v1/ping")));
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void sameSeedGivesTheSameBackoffSequence() {
        aircall.stubFor(get("/v1/ping").willReturn(json(500, "")));
        ManualClock other = new ManualClock(AircallWireMock.START);
        AircallEndpoints twin = AircallWireMock.endpoints(aircall, other);

        assertThatThrownBy(client::ping).isInstanceOf(VendorApiException.class);
        assertThatThrownBy(twin::ping).isInstanceOf(VendorApiException.class);

        assertThat(other.sleeps()).isEqualTo(time.sleeps());
    }

    @Test
    void retriesAGetAfterAConnectionReset() {
        aircall.stubFor(get("/v1/ping").inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        aircall.stubFor(get("/v1/ping").inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"ping\":\"pong\"}")));

        client.ping();

        aircall.verify(2, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void reportsATimeoutAsAConnectionFailureNamingVendorAndOperation() {
        aircall.stubFor(get("/v1/numbers/1").willReturn(okJson("{\"number\":{\"id\":1}}").withFixedDelay(1500)));
        AircallEndpoints impatient = AircallEndpoints.create(AircallWireMock.config(aircall, time)
                .http(http -> http.readTimeout(Duration.ofMillis(100)).maxAttempts(2)).build());

        assertThatThrownBy(() -> impatient.number(1))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall get number 1 failed: timed out")
                .hasMessageContaining("after 2 attempt(s)");
        aircall.verify(2, getRequestedFor(urlPathEqualTo("/v1/numbers/1")));
    }

    @Test
    void reportsMalformedJsonWithoutRetrying() {
        aircall.stubFor(get("/v1/numbers/1").willReturn(okJson("{\"number\": {\"id\": 1,")));

        assertThatThrownBy(() -> client.number(1))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall get number 1 failed")
                .hasMessageContaining("not well-formed JSON")
                .hasMessageContaining("Retry later");
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers/1")));
    }

    @Test
    void reportsAnEmptySuccessBody() {
        aircall.stubFor(get("/v1/numbers/1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")));

        assertThatThrownBy(() -> client.number(1))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall get number 1 failed");
    }

    @Test
    void reportsAWrongTypeByFieldPathOnly() {
        aircall.stubFor(get("/v1/numbers/1").willReturn(okJson("{\"number\": {\"id\": \"not-a-number\"}}")));

        assertThatThrownBy(() -> client.number(1))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("'number.id' has an unexpected type or value")
                .hasMessageNotContaining("not-a-number");
    }

    @Test
    void toleratesAnHtmlErrorPage() {
        aircall.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>404</h1><script>x()</script></body></html>")));

        assertThatThrownBy(client::ping)
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("non-JSON error page (HTML)")
                .hasMessageNotContaining("<script>");
    }

    @Test
    void toleratesAnEmptyErrorBody() {
        aircall.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(405)));

        assertThatThrownBy(client::ping)
                .isExactlyInstanceOf(VendorApiException.class)
                .hasMessageContaining("Aircall ping failed: HTTP 405 with an empty error body. Aircall does not allow")
                .hasMessageNotContaining("no message");
    }

    @Test
    void doesNotFollowRedirects() {
        aircall.stubFor(get("/v1/ping").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://elsewhere.example.com/v1/ping")));

        assertThatThrownBy(client::ping).isExactlyInstanceOf(VendorApiException.class)
                .hasMessageContaining("HTTP 302 with an empty error body");
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }
}
