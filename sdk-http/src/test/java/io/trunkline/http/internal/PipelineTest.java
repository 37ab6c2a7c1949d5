package io.trunkline.http.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.Secret;
import io.trunkline.http.HttpListener;
import io.trunkline.http.HttpOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The shared pipeline against WireMock: what is retried, how long it waits, what it reports. */
class PipelineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    interface Api {
        @GET("things")
        Call<JsonNode> things();

        @POST("things")
        Call<JsonNode> create(@Body JsonNode body);

        @GET("things")
        Call<JsonNode> search(@Query("api_token") String token);
    }

    record Op(String name, boolean idempotent) implements Operation {
    }

    static final Op READ = new Op("list things", true);
    static final Op CREATE = new Op("create thing", false);

    /** A vendor whose advice names the hook that produced it, so tests see which hook ran. */
    static final class TestErrors extends ErrorMapping {
        TestErrors() {
            super(Vendor.SYNTHFLOW);
        }

        @Override
        public VendorError parse(String body, String contentType) {
            return body.isBlank() ? VendorError.NONE : new VendorError(body.strip(), "req-1");
        }

        @Override
        protected String authAdvice(Operation op, HttpFailure failure) {
            return "auth advice";
        }

        @Override
        protected String notFoundAdvice(Operation op) {
            return "not-found advice";
        }

        @Override
        protected String rateLimitedAdvice(Operation op, HttpFailure failure) {
            return "rate-limited advice after " + failure.attempts();
        }

        @Override
        protected String serverErrorAdvice(Operation op, HttpFailure failure) {
            return "server advice after " + failure.attempts();
        }

        @Override
        protected String rejectedAdvice(Operation op, HttpFailure failure) {
            return "rejected advice";
        }

        @Override
        protected String connectionAdvice(Operation op, int attempts) {
            return "connection advice after " + attempts;
        }

        @Override
        protected String unreadableAdvice(Operation op) {
            return "unreadable advice";
        }
    }

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final HttpListener listener = new HttpListener() {
        @Override
        public void attemptFinished(Attempt attempt) {
            events.add(attempt);
        }

        @Override
        public void retryScheduled(Retry retry) {
            events.add(retry);
        }

        @Override
        public void rateLimitWait(RateLimitWait wait) {
            events.add(wait);
        }
    };
    private VendorHttp wiring;

    @AfterEach
    void close() {
        if (wiring != null) {
            wiring.close();
        }
    }

    private HttpOptions.Builder options() {
        return HttpOptions.builder().sleeper(sleeps::add).clock(Clock.fixed(NOW, ZoneOffset.UTC)).jitterSeed(7)
                .listener(listener);
    }

    private Api api(HttpOptions options) {
        wiring = VendorHttp.create(options, HttpUrl.get(wm.baseUrl() + "/"), new ObjectMapper(), Secret.of("Bearer k"),
                "application/json", "application/json");
        return wiring.api(Api.class);
    }

    private HttpPipeline pipeline(HttpOptions options) {
        return new HttpPipeline(options, new TestErrors(), new HttpPipeline.Hooks() { });
    }

    private static void failingThen(int failures, ResponseDefinitionBuilder failure) {
        String state = STARTED;
        for (int i = 1; i <= failures; i++) {
            wm.stubFor(get(urlPathEqualTo("/things")).inScenario("flaky").whenScenarioStateIs(state)
                    .willReturn(failure).willSetStateTo("failed " + i));
            state = "failed " + i;
        }
        wm.stubFor(get(urlPathEqualTo("/things")).inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(okJson("{\"ok\":true}")));
    }

    @Test
    void aReadIsRetriedThroughServerErrorsWithFullJitterBackoffBelowEachCap() {
        HttpOptions options = options().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300)).build();
        failingThen(3, aResponse().withStatus(503));

        JsonNode body = pipeline(options).execute(READ, api(options).things());

        assertThat(body.get("ok").asBoolean()).isTrue();
        wm.verify(4, getRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        assertThat(sleeps.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(300));
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        failingThen(3, aResponse().withStatus(500));
        HttpOptions options = options().build();
        pipeline(options).execute(READ, api(options).things());
        List<Duration> first = List.copyOf(sleeps);

        wm.resetAll();
        sleeps.clear();
        failingThen(3, aResponse().withStatus(500));
        pipeline(options).execute(READ, api(options).things());

        assertThat(sleeps).hasSize(3).isEqualTo(first);
    }

    @Test
    void aPostIsSentOnceWhateverHappens() {
        HttpOptions options = options().build();
        wm.stubFor(post("/things").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> pipeline(options).execute(CREATE, api(options).create(new ObjectMapper().createObjectNode())))
                .isInstanceOf(VendorApiException.class).hasMessageContaining("server advice after 1");

        wm.stubFor(post("/things").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        assertThatThrownBy(() -> pipeline(options).execute(CREATE, api(options).create(new ObjectMapper().createObjectNode())))
                .isInstanceOf(RateLimitedException.class);

        wm.stubFor(post("/things").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> pipeline(options).execute(CREATE, api(options).create(new ObjectMapper().createObjectNode())))
                .isInstanceOf(VendorConnectionException.class).hasMessageContaining("connection advice after 1");

        wm.verify(3, postRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeps).isEmpty();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503})
    void aReadIsRetryableExactlyWhenThePipelineRetriedIt(int status) {
        HttpOptions options = options().maxAttempts(2).build();
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(status)));

        VendorApiException e = catchThrowableOfType(VendorApiException.class,
                () -> pipeline(options).execute(READ, api(options).things()));

        int sent = wm.findAll(getRequestedFor(urlPathEqualTo("/things"))).size();
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.retryable()).as("retryable() and the pipeline follow one rule").isEqualTo(sent > 1);
        assertThat(e.retryable()).as("429 and 5xx only").isEqualTo(status == 429 || status >= 500);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 429, 500, 503})
    void aCreateIsNeverRetryableWhateverTheStatus(int status) {
        HttpOptions options = options().build();
        wm.stubFor(post("/things").willReturn(aResponse().withStatus(status)));

        VendorApiException e = catchThrowableOfType(VendorApiException.class,
                () -> pipeline(options).execute(CREATE, api(options).create(new ObjectMapper().createObjectNode())));

        assertThat(e.retryable()).isFalse();
        assertThat(e.request()).contains("POST /things");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/things")));
    }

    @Test
    void aLostConnectionIsRetryableForAReadAndNotForACreate() {
        HttpOptions options = options().maxAttempts(2).build();
        wm.stubFor(get("/things").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(post("/things").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        VendorConnectionException read = catchThrowableOfType(VendorConnectionException.class,
                () -> pipeline(options).execute(READ, api(options).things()));
        VendorConnectionException create = catchThrowableOfType(VendorConnectionException.class,
                () -> pipeline(options).execute(CREATE, api(options).create(new ObjectMapper().createObjectNode())));

        assertThat(read.retryable()).isTrue();
        assertThat(read.vendor()).isEqualTo(Vendor.SYNTHFLOW);
        assertThat(read.request()).contains("GET /things");
        assertThat(create.retryable()).isFalse();
    }

    @Test
    void theRequestNamesMethodAndPathButNeverTheQuery() {
        HttpOptions options = options().build();
        wm.stubFor(get(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(400)));

        VendorApiException e = catchThrowableOfType(VendorApiException.class,
                () -> pipeline(options).execute(READ, api(options).search("query-secret")));

        assertThat(e.request()).contains("GET /things");
        assertThat(e).hasMessageNotContaining("query-secret");
    }

    @Test
    void aPostDeclaredIdempotentIsRefusedBeforeAnythingIsSent() {
        HttpOptions options = options().build();

        assertThatThrownBy(() -> pipeline(options).execute(new Op("create thing", true),
                api(options).create(new ObjectMapper().createObjectNode())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("POST");
        wm.verify(0, postRequestedFor(urlPathEqualTo("/things")));
    }

    @Test
    void aRetryAfterInSecondsOrAsADateIsWaitedOutExactly() {
        HttpOptions options = options().build();
        failingThen(2, aResponse().withStatus(429).withHeader("Retry-After", "3"));
        pipeline(options).execute(READ, api(options).things());
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));

        wm.resetAll();
        sleeps.clear();
        failingThen(1, aResponse().withStatus(503).withHeader("Retry-After", "Wed, 15 Jan 2025 10:00:05 GMT"));
        pipeline(options).execute(READ, api(options).things());
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aRetryAfterLongerThanTheAcceptedWaitFailsAtOnce() {
        HttpOptions options = options().maxRateLimitWait(Duration.ofSeconds(10)).build();
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "11")));

        assertThatThrownBy(() -> pipeline(options).execute(READ, api(options).things()))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(11)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theAttemptBudgetEndsRetriesAndNamesTheAttempts() {
        HttpOptions options = options().maxAttempts(2).build();
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(500).withBody("boom")));

        assertThatThrownBy(() -> pipeline(options).execute(READ, api(options).things()))
                .isInstanceOf(VendorApiException.class)
                .hasMessageContaining("boom; status: 500; request-id: req-1")
                .hasMessageContaining("server advice after 2");
        wm.verify(2, getRequestedFor(urlPathEqualTo("/things")));
    }

    @Test
    void finalStatusesMapToTheirExceptionTypesWithoutRetry() {
        HttpOptions options = options().build();
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> pipeline(options).execute(READ, api(options).things()))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("auth advice");
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> pipeline(options).execute(READ, api(options).things()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("not-found advice");
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(422).withBody("name is required")));
        assertThatThrownBy(() -> pipeline(options).execute(READ, api(options).things()))
                .isExactlyInstanceOf(VendorApiException.class).hasMessageContaining("name is required")
                .hasMessageContaining("rejected advice");

        wm.verify(3, getRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aSuccessThatIsNotJsonIsUnreadableAndNotRetried() {
        HttpOptions options = options().build();
        wm.stubFor(get("/things").willReturn(aResponse().withStatus(200).withBody("<html>secret page</html>")));

        assertThatThrownBy(() -> pipeline(options).execute(READ, api(options).things()))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("not well-formed JSON").hasMessageContaining("unreadable advice")
                .hasMessageNotContaining("secret page")
                .isInstanceOfSatisfying(VendorConnectionException.class, e -> assertThat(e.retryable()).isFalse());
        wm.verify(1, getRequestedFor(urlPathEqualTo("/things")));
    }

    @Test
    void theListenerHearsEveryAttemptAndRetryWithoutUrlsOrBodies() {
        HttpOptions options = options().initialBackoff(Duration.ofMillis(100)).build();
        failingThen(1, aResponse().withStatus(502));

        pipeline(options).execute(READ, api(options).things());

        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isInstanceOfSatisfying(HttpListener.Attempt.class, a -> {
            assertThat(a.vendor()).isEqualTo(Vendor.SYNTHFLOW);
            assertThat(a.operation()).isEqualTo("list things");
            assertThat(a.attempt()).isEqualTo(1);
            assertThat(a.status()).isEqualTo(502);
            assertThat(a.duration()).isPositive();
        });
        assertThat(events.get(1)).isEqualTo(new HttpListener.Retry(Vendor.SYNTHFLOW, "list things", 1, 502, sleeps.get(0)));
        assertThat(events.get(2)).isInstanceOfSatisfying(HttpListener.Attempt.class,
                a -> assertThat(a.status()).isEqualTo(200));
    }

    @Test
    void theListenerHearsARateLimitWaitAHookReports() {
        HttpOptions options = options().build();
        wm.stubFor(get("/things").willReturn(okJson("{}")));
        HttpPipeline paced = new HttpPipeline(options, new TestErrors(), new HttpPipeline.Hooks() {
            @Override
            public Duration beforeAttempt() {
                return Duration.ofMillis(250);
            }
        });

        paced.execute(READ, api(options).things());

        assertThat(events.get(0)).isEqualTo(new HttpListener.RateLimitWait(Vendor.SYNTHFLOW, "list things",
                Duration.ofMillis(250)));
    }

    @Test
    void fixedHeadersAreSentOnEveryRequest() {
        HttpOptions options = options().userAgent("acme-sync/1").build();
        wm.stubFor(get("/things").willReturn(okJson("{}")));

        pipeline(options).execute(READ, api(options).things());

        wm.verify(getRequestedFor(urlPathEqualTo("/things"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer k"))
                .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.equalTo("acme-sync/1"))
                .withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.equalTo("application/json")));
    }
}
