package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.NumberPage;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import io.trunkline.http.HttpOptions;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.testsupport.LogCapture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryTest extends ClientTestBase {

    private static final String NUMBERS_OK = """
            { "status": "ok", "response": { "pagination": { "total_records": 0, "limit": 20, "offset": 0 },
              "phone_numbers": [] } }""";

    private void failTwiceThen(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
                               com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder success) {
        wm.stubFor(get(urlPathEqualTo(path)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("failed once"));
        wm.stubFor(get(urlPathEqualTo(path)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(first).willSetStateTo("failed twice"));
        wm.stubFor(get(urlPathEqualTo(path)).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(success));
    }

    @Test
    void aGetThatFailsTwiceWith503ThenSucceedsIsRetriedWithBoundedJitteredBackoff() {
        failTwiceThen("/v2/numbers", json(503, "{\"detail\":\"Service Unavailable\"}"), json(NUMBERS_OK));

        NumberPage page = client.listNumbers(20, 0);

        assertThat(page.phoneNumbers()).isEmpty();
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v2/numbers")));
        assertThat(sleeper.waits()).hasSize(2);
        // full jitter: before retry n the wait is in [0, min(max, initial * 2^(n-1))]
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ZERO, HttpOptions.DEFAULT_INITIAL_BACKOFF);
        assertThat(sleeper.waits().get(1)).isBetween(Duration.ZERO,
                HttpOptions.DEFAULT_INITIAL_BACKOFF.multipliedBy(2));
    }

    @Test
    void aSeededJitterSourceGivesRepeatableWaits() {
        failTwiceThen("/v2/numbers", json(502, "{}"), json(NUMBERS_OK));
        client.listNumbers(20, 0);
        var firstRun = sleeper.waits();

        wm.resetAll();
        createClient();
        failTwiceThen("/v2/numbers", json(502, "{}"), json(NUMBERS_OK));
        client.listNumbers(20, 0);

        assertThat(sleeper.waits()).isEqualTo(firstRun).hasSize(2);
    }

    @Test
    void waitsNeverExceedTheMaximumBackoff() {
        SynthflowEndpoints patient = SynthflowEndpoints.create(config().http(http -> http.maxAttempts(6)
                .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(250))).build());
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json(500, "{}")));

        assertThatThrownBy(() -> patient.listNumbers(20, 0)).hasMessageContaining("6 attempt(s)");

        wm.verify(6, getRequestedFor(urlPathEqualTo("/v2/numbers")));
        assertThat(sleeper.waits()).hasSize(5).allSatisfy(wait ->
                assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(250)));
    }

    @Test
    void connectionResetsOnReadsAreRetried() {
        failTwiceThen("/v2/numbers", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(NUMBERS_OK));

        client.listNumbers(20, 0);

        wm.verify(3, getRequestedFor(urlPathEqualTo("/v2/numbers")));
    }

    @Test
    void idempotentPatchAndDeleteAreRetriedOnServerErrors() {
        wm.stubFor(patch(urlPathEqualTo("/v2/numbers/33123456789")).willReturn(json(503, "{}")));
        wm.stubFor(delete(urlPathEqualTo("/v2/numbers/33123456789")).willReturn(json(500, "{}")));

        assertThatThrownBy(() -> client.updateNumber("33123456789",
                NumberUpdate.builder().friendlyName("x").build())).hasMessageContaining("gave up after " + HttpOptions.DEFAULT_MAX_ATTEMPTS);
        assertThatThrownBy(() -> client.deleteNumber("33123456789")).hasMessageContaining("gave up after " + HttpOptions.DEFAULT_MAX_ATTEMPTS);

        wm.verify(HttpOptions.DEFAULT_MAX_ATTEMPTS, patchRequestedFor(urlPathEqualTo("/v2/numbers/33123456789")));
        wm.verify(HttpOptions.DEFAULT_MAX_ATTEMPTS, deleteRequestedFor(urlPathEqualTo("/v2/numbers/33123456789")));
    }

    @Test
    void oneAttemptMeansNoRetry() {
        SynthflowEndpoints once = SynthflowEndpoints.create(config().http(http -> http.maxAttempts(1)).build());
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json(503, "{}")));

        assertThatThrownBy(() -> once.listNumbers(20, 0)).hasMessageContaining("1 attempt(s)");

        wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/numbers")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aRetryAfterWithinTheBudgetIsHonoured() {
        failTwiceThen("/v2/numbers", json(429, "{}").withHeader("Retry-After", "2"), json(NUMBERS_OK));

        client.listNumbers(20, 0);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void aRetryWaitLongerThanASecondIsLoggedAtInfoWithTheOperationAndTheFailedAttempt() {
        failTwiceThen("/v2/numbers", json(429, "{}").withHeader("Retry-After", "2"), json(NUMBERS_OK));

        java.util.List<String> info;
        try (LogCapture log = new LogCapture()) {
            client.listNumbers(20, 0);
            info = log.infoLines();
        }

        assertThat(info).hasSize(2);
        assertThat(info.get(0)).contains("Waiting 2.0 s before retrying Synthflow list numbers (GET ")
                .endsWith("; attempt 1 failed: HTTP 429)");
        assertThat(info.get(1)).endsWith("; attempt 2 failed: HTTP 429)");
    }

    @Test
    void aRetryWaitOfASecondOrLessStaysBelowInfo() {
        failTwiceThen("/v2/numbers", json(429, "{}").withHeader("Retry-After", "1"), json(NUMBERS_OK));

        try (LogCapture log = new LogCapture()) {
            client.listNumbers(20, 0);
            assertThat(log.infoLines()).isEmpty();
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterDateIsReadAgainstTheInjectedClock() {
        failTwiceThen("/v2/numbers", json(503, "{}").withHeader("Retry-After", "Wed, 15 Jan 2025 10:00:03 GMT"),
                json(NUMBERS_OK));

        client.listNumbers(20, 0);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumBackoffStopsAtOnceAndIsReported() {
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json(429, "{}").withHeader("Retry-After", "120")));

        RateLimitedException e = org.assertj.core.api.Assertions.catchThrowableOfType(RateLimitedException.class,
                () -> client.listNumbers(20, 0));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/numbers")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void anInterruptedWaitStopsRetryingAndKeepsTheInterruptFlag() {
        SynthflowEndpoints interrupted = SynthflowEndpoints.create(config().http(http -> http.sleeper(d -> {
            throw new InterruptedException("test");
        })).build());
        wm.stubFor(get(urlPathEqualTo("/v2/numbers")).willReturn(json(503, "{}")));

        try {
            assertThatThrownBy(() -> interrupted.listNumbers(20, 0))
                    .isInstanceOf(VendorConnectionException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/numbers")));
    }
}
