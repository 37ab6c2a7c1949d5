package io.trunkline.aircall.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.aircall.AircallWireMock;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallEndpoints client = AircallWireMock.endpoints(aircall, time);

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tooManyRequests() {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Too Many Requests\"}");
    }

    private void stubPingFailingOnceWith(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        aircall.stubFor(get("/v1/ping").inScenario("limited").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("ok"));
        aircall.stubFor(get("/v1/ping").inScenario("limited").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"ping\":\"pong\"}")));
    }

    @Test
    void neverSendsMoreThanTheBudgetInAnyWindow() {
        aircall.stubFor(get("/v1/ping").willReturn(okJson("{\"ping\":\"pong\"}")));
        List<Instant> sent = Collections.synchronizedList(new ArrayList<>());
        OkHttpClient recording = new OkHttpClient.Builder()
                .addNetworkInterceptor(chain -> {
                    sent.add(time.instant());
                    return chain.proceed(chain.request());
                }).build();
        AircallEndpoints paced = AircallEndpoints.create(AircallWireMock.config(aircall, time)
                .http(http -> http.okHttpClient(recording)).rateLimit(5, Duration.ofSeconds(10)).build());

        for (int i = 0; i < 23; i++) {
            paced.ping();
            time.advance(Duration.ofMillis(700));
        }

        assertThat(sent).hasSize(23);
        for (int i = 5; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 5), sent.get(i)))
                    .as("request %d vs request %d", i, i - 5).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        // Request 22 goes exactly one window and its 2 % guard (10.2 s) after request 17, which went one
        // after 12, 7 and 2 (at 1.4 s).
        assertThat(Duration.between(sent.get(0), sent.get(22))).as("no slower than needed")
                .isEqualTo(Duration.ofMillis(42_200));
    }

    @Test
    void waitsExactlyUntilAResetGivenInSecondsThenSucceeds() {
        long reset = AircallWireMock.START.getEpochSecond() + 7;
        stubPingFailingOnceWith(tooManyRequests()
                .withHeader("X-AircallApi-Limit", "120").withHeader("X-AircallApi-Remaining", "0")
                .withHeader("X-AircallApi-Reset", Long.toString(reset)));

        client.ping();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        aircall.verify(2, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void waitsExactlyUntilAResetGivenInMillisecondsThenSucceeds() {
        long reset = AircallWireMock.START.toEpochMilli() + 2_350;
        stubPingFailingOnceWith(tooManyRequests().withHeader("X-AircallApi-Reset", Long.toString(reset)));

        client.ping();

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(2_350));
        aircall.verify(2, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void honoursRetryAfterSeconds() {
        stubPingFailingOnceWith(tooManyRequests().withHeader("Retry-After", "3"));

        client.ping();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void backsOffWhenA429SaysNothingAboutWhenToReturn() {
        stubPingFailingOnceWith(tooManyRequests());

        client.ping();

        assertThat(time.sleeps()).singleElement().satisfies(d -> assertThat(d).isBetween(Duration.ZERO,
                Duration.ofMillis(500)));
        aircall.verify(2, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void pausesBeforeTheNextRequestWhenRemainingIsZero() {
        long reset = AircallWireMock.START.getEpochSecond() + 5;
        aircall.stubFor(get("/v1/ping").willReturn(okJson("{\"ping\":\"pong\"}")
                .withHeader("X-AircallApi-Limit", "120").withHeader("X-AircallApi-Remaining", "0")
                .withHeader("X-AircallApi-Reset", Long.toString(reset))));

        client.ping();
        assertThat(time.sleeps()).isEmpty();
        client.ping();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void throwsRateLimitedAfterTheAttemptBudgetIsSpent() {
        aircall.stubFor(get("/v1/ping").willReturn(tooManyRequests().withHeader("Retry-After", "2")));

        assertThatThrownBy(client::ping)
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                })
                .hasMessageContaining("Too Many Requests; status: 429")
                .hasMessageContaining("after 4 attempt(s)");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        aircall.verify(4, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }

    @Test
    void failsAtOnceWhenTheResetIsFurtherAwayThanTheAcceptedWait() {
        aircall.stubFor(get("/v1/ping").willReturn(tooManyRequests().withHeader("Retry-After", "3600")));

        assertThatThrownBy(client::ping)
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("longer than AircallConfig.http().maxRateLimitWait");
        assertThat(time.sleeps()).isEmpty();
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/ping")));
    }
}
