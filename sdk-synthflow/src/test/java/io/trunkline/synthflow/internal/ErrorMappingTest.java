package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;
import io.trunkline.synthflow.internal.wire.TransferMode;
import io.trunkline.http.HttpOptions;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMappingTest extends ClientTestBase {

    private static final String NUMBER_PATH = "/v2/numbers/33123456789";

    private CustomNumberImport aircallNumber() {
        return CustomNumberImport.builder()
                .phoneNumber("+33123456789")
                .terminationUri("aircall.example.sip")
                .trunkPwd(Secret.of("trunk-secret-value"))
                .build();
    }

    private void stubNumber(int status, String body) {
        wm.stubFor(get(urlPathEqualTo(NUMBER_PATH)).willReturn(json(status, body)));
    }

    @Test
    void readsTheDetailStringShape() {
        stubNumber(404, "{\"detail\":\"Not Found\"}");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> client.getNumber("33123456789"));

        assertThat(e.vendor()).isEqualTo(Vendor.SYNTHFLOW);
        assertThat(e.operation()).isEqualTo("get number");
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.vendorMessage()).contains("Not Found");
        assertThat(e.requestId()).isEmpty();
        assertThat(e.errorCode()).as("the detail string has no code").isEmpty();
        assertThat(e.request()).contains("GET " + NUMBER_PATH);
        assertThat(e.retryable()).isFalse();
        assertThat(e).hasMessageStartingWith("Synthflow get number failed: Not Found; status: 404")
                .hasMessageContaining(WORKSPACE);
    }

    @Test
    void readsTheErrorAndMessageShapeWithItsSlugAsTheErrorCode() {
        stubNumber(404, "{\"error\":\"not_found\",\"message\":\"No route matched\"}");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> client.getNumber("33123456789"));

        assertThat(e.vendor()).isEqualTo(Vendor.SYNTHFLOW);
        assertThat(e.errorCode()).contains("not_found");
        assertThat(e).hasMessageContaining("not_found: No route matched");
    }

    @Test
    void readsTheDetailObjectShapeWithItsRequestId() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json(400, """
                {"detail":{"status":"error","description":"termination_uri is invalid","request_id":"req-42",
                 "category":"validation"}}""")));

        VendorApiException e = catchThrowableOfType(VendorApiException.class,
                () -> client.importCustomNumber(aircallNumber()));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.requestId()).contains("req-42");
        assertThat(e.errorCode()).as("a category is not an error code").isEmpty();
        assertThat(e.request()).contains("POST /v2/custom-numbers");
        assertThat(e.vendorMessage()).contains("termination_uri is invalid (status: error, category: validation)");
        assertThat(e).hasMessageContaining("request-id: req-42").hasMessageContaining("import custom number");
    }

    @Test
    void readsFastApiValidationListsWithoutEchoingInputs() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json(422, """
                {"detail":[{"loc":["body","trunk_pwd"],"msg":"too short","type":"value_error",
                            "input":"trunk-secret-value"}]}""")));

        VendorApiException e = catchThrowableOfType(VendorApiException.class,
                () -> client.importCustomNumber(aircallNumber()));

        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(e).hasMessageContaining("body.trunk_pwd: too short")
                .hasMessageNotContaining("trunk-secret-value");
    }

    @Test
    void anEmptyObjectBodyGivesAnExceptionWithoutVendorMessage() {
        stubNumber(400, "{}");

        VendorApiException e = catchThrowableOfType(VendorApiException.class, () -> client.getNumber("33123456789"));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.vendorMessage()).isEmpty();
        assertThat(e).hasMessageContaining("HTTP 400 with an empty error body")
                .hasMessageContaining("without naming a field").hasMessageNotContaining("its message names");
    }

    @Test
    void anEmptyBodyGivesAnExceptionWithoutVendorMessage() {
        wm.stubFor(get(urlPathEqualTo(NUMBER_PATH)).willReturn(aResponse().withStatus(404)));

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> client.getNumber("33123456789"));

        assertThat(e.vendorMessage()).isEmpty();
    }

    @Test
    void anHtmlBodyIsReportedAsNonJsonWithoutQuotingIt() {
        wm.stubFor(get(urlPathEqualTo(NUMBER_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Gateway secret-page</body></html>")));

        VendorApiException e = catchThrowableOfType(VendorApiException.class, () -> client.getNumber("33123456789"));

        assertThat(e).hasMessageContaining("not JSON (text/html)").hasMessageNotContaining("secret-page");
    }

    @Test
    void unauthorizedIsAnAuthenticationErrorWithAdviceAndIsNotRetried() {
        stubNumber(401, "{\"detail\":\"Invalid API key\"}");

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> client.getNumber("33123456789"));

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e).hasMessageContaining("Invalid API key")
                .hasMessageContaining("API key")
                .hasMessageContaining(WORKSPACE)
                .hasMessageContaining("region")
                .hasMessageNotContaining(API_KEY);
        assertThat(wm.getAllServeEvents()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void forbiddenIsAnAuthenticationErrorNamingWorkspaceAndRegion() {
        wm.stubFor(put(urlPathEqualTo("/v2/assistants/" + MODEL_ID)).willReturn(json(403, "{}")));

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> client.updateAssistant(MODEL_ID, AssistantUpdate.phoneNumber("+33123456789")));

        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e).hasMessageContaining(WORKSPACE).hasMessageContaining("region")
                .hasMessageNotContaining("Enterprise");
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void forbiddenOnImportExplainsProviderImportAndTheEnterprisePlan() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json(403,
                "{\"detail\":\"provider import is not enabled for this workspace\"}")));

        assertThatThrownBy(() -> client.importCustomNumber(aircallNumber()))
                .isInstanceOf(VendorApiException.class)
                .isNotInstanceOf(AuthenticationException.class)
                .hasMessageContaining("provider import is not enabled for this workspace")
                .hasMessageContaining("Enterprise plan")
                .hasMessageContaining("Synthflow support")
                .hasMessageNotContaining("trunk-secret-value");
    }

    @Test
    void unprocessableEntityIsAVendorApiErrorAndNotRetried() {
        stubNumber(422, "{\"detail\":\"bad slug\"}");

        VendorApiException e = catchThrowableOfType(VendorApiException.class, () -> client.getNumber("33123456789"));

        assertThat(e).isExactlyInstanceOf(VendorApiException.class);
        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void tooManyRequestsBecomesRateLimitedAfterTheRetryBudget() {
        stubNumber(429, "{\"detail\":\"Too many requests\"}");

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> client.getNumber("33123456789"));

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e).hasMessageContaining(HttpOptions.DEFAULT_MAX_ATTEMPTS + " attempt(s)");
        assertThat(wm.getAllServeEvents()).hasSize(HttpOptions.DEFAULT_MAX_ATTEMPTS);
        assertThat(sleeper.waits()).hasSize(HttpOptions.DEFAULT_MAX_ATTEMPTS - 1);
    }

    @Test
    void aServerErrorWithAnEmptyBodySaysSoAndWhatToDo() {
        wm.stubFor(get(urlPathEqualTo(NUMBER_PATH)).willReturn(
                aResponse().withStatus(500)));

        VendorApiException e = catchThrowableOfType(VendorApiException.class, () -> client.getNumber("33123456789"));

        assertThat(e.vendorMessage()).isEmpty();
        assertThat(e).hasMessageStartingWith("Synthflow get number failed: HTTP 500 with an empty error body. ")
                .hasMessageContaining("gave up after " + HttpOptions.DEFAULT_MAX_ATTEMPTS + " attempt(s)").hasMessageNotContaining("no message");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorsOnReadsAreRetriedThenReported(int status) {
        stubNumber(status, "{\"detail\":\"upstream failure\"}");

        VendorApiException e = catchThrowableOfType(VendorApiException.class, () -> client.getNumber("33123456789"));

        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e).hasMessageContaining("upstream failure")
                .hasMessageContaining("gave up after " + HttpOptions.DEFAULT_MAX_ATTEMPTS + " attempt(s)");
        assertThat(wm.getAllServeEvents()).hasSize(HttpOptions.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void aPostThatFailsWith500IsSentOnceAndSaysTheOutcomeIsUnknown() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json(500, "{\"detail\":\"Internal Server Error\"}")));

        VendorApiException e = catchThrowableOfType(VendorApiException.class,
                () -> client.importCustomNumber(aircallNumber()));

        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e).hasMessageContaining("outcome is unknown")
                .hasMessageContaining("slug (the DID without '+')")
                .hasMessageNotContaining("trunk-secret-value");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/custom-numbers")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aPostThatIsRateLimitedIsNotRetried() {
        wm.stubFor(post("/v2/actions").willReturn(json(429, "{}")));

        assertThatThrownBy(() -> client.createAction(LiveTransferConfig.builder().phone("+33123456789")
                .transferMode(TransferMode.WARM_TRANSFER).instructions("i").initiatingMsg("m").build()))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("never retried automatically")
                .hasMessageContaining("LIVE_TRANSFER has no name");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/actions")));
    }

    @Test
    void aReadTimeoutOnAGetIsAConnectionErrorAfterRetries() {
        SynthflowEndpoints impatient = SynthflowEndpoints.create(config()
                .http(http -> http.readTimeout(java.time.Duration.ofMillis(50))).build());
        wm.stubFor(get(urlPathEqualTo(NUMBER_PATH)).willReturn(json("{}").withFixedDelay(1000)));

        VendorConnectionException e = catchThrowableOfType(VendorConnectionException.class,
                () -> impatient.getNumber("33123456789"));

        assertThat(e.vendor()).isEqualTo(Vendor.SYNTHFLOW);
        assertThat(e.operation()).isEqualTo("get number");
        assertThat(e).hasMessageContaining("timed out").hasMessageContaining(HttpOptions.DEFAULT_MAX_ATTEMPTS + " attempt(s)")
                .hasMessageNotContaining(API_KEY);
        assertThat(e.getCause()).isInstanceOf(java.io.InterruptedIOException.class);
    }

    @Test
    void aReadTimeoutOnAPostSaysTheOutcomeIsUnknownAndSendsOnce() {
        SynthflowEndpoints impatient = SynthflowEndpoints.create(config()
                .http(http -> http.readTimeout(java.time.Duration.ofMillis(50))).build());
        wm.stubFor(post("/v2/custom-numbers").willReturn(json("{}").withFixedDelay(1000)));

        assertThatThrownBy(() -> impatient.importCustomNumber(aircallNumber()))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("outcome is unknown")
                .hasMessageContaining("get the number by its slug");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/custom-numbers")));
    }

    @Test
    void aConnectionResetOnAPostIsNotRetried() {
        wm.stubFor(post("/v2/actions/attach").willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.attachActions(MODEL_ID, java.util.List.of("a1")))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("outcome is unknown")
                .hasMessageContaining("include_actions=true");
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/actions/attach")));
    }

    @Test
    void nothingListeningIsAConnectionErrorNamingTheHost() {
        SynthflowEndpoints nowhere = SynthflowEndpoints.create(config().baseUrl("http://127.0.0.1:1/v2").http(http -> http.maxAttempts(1))
                .build());

        assertThatThrownBy(() -> nowhere.listNumbers(20, 0))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Synthflow list numbers failed: could not connect to Synthflow")
                .hasMessageContaining("http://127.0.0.1:1/v2/");
    }
}
