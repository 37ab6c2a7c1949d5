package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.model.Secret;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private static final String DID = "+33123456789";

    private static SynthflowSimulator synthflow;
    private static AircallSimulator aircall;
    private Http http;
    private String importBody;

    @BeforeAll
    static void start() {
        synthflow = SynthflowSimulator.builder().apiKey(Secret.of("k")).clock(SimulatorClock.create()).build();
        // the ledger's profile sends the rate-limit headers on every answer, which the budget checks read
        aircall = AircallSimulator.builder().apiId("a").apiToken(Secret.of("t")).clock(SimulatorClock.create())
                .profile(VendorProfile.LEDGER_ASSUMPTIONS).build();
    }

    @AfterAll
    static void stop() {
        synthflow.close();
        aircall.close();
    }

    @BeforeEach
    void reset() {
        synthflow.reset();
        aircall.reset();
        http = Http.bearer(synthflow.baseUrl(), "k");
        importBody = "{\"workspace_id\":\"" + synthflow.workspaceId() + "\",\"phone_number\":\"" + DID
                + "\",\"termination_uri\":\"sip:aircall.example\"}";
    }

    @Test
    void failsTheNextNMatchingRequestsWithA5xxWithoutTouchingState() {
        FaultInjection.Rule rule = synthflow.faults().next(2, "POST", "/v2/custom-numbers", SimulatedFault.serverError(503));

        int first = http.post("/custom-numbers", importBody).status();
        int second = http.post("/custom-numbers", importBody).status();
        assertThat(synthflow.numbers()).isEmpty();
        int third = http.post("/custom-numbers", importBody).status();

        assertThat(first).isEqualTo(503);
        assertThat(second).isEqualTo(503);
        assertThat(third).isEqualTo(200);
        assertThat(rule.triggered()).isEqualTo(2);
        assertThat(rule.remaining()).isZero();
        assertThat(synthflow.requests("POST", "/v2/custom-numbers")).hasSize(3);
    }

    @Test
    void sendsTheGivenBodyWithA5xx() {
        synthflow.faults().next("GET", "/v2/assistants/", SimulatedFault.serverError(502, "{\"detail\":\"upstream\"}"));

        Http.Response r = http.get("/assistants/");

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body()).isEqualTo("{\"detail\":\"upstream\"}");
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void matchesOnlyTheGivenMethodAndPathPattern() {
        http.post("/custom-numbers", importBody);
        synthflow.faults().next("GET", "/v2/numbers/*", SimulatedFault.serverError(500));

        int patch = http.patch("/numbers/33123456789", "{\"friendly_name\":\"x\"}").status();
        int list = http.get("/numbers?workspace=" + synthflow.workspaceId()).status();
        int get = http.get("/numbers/33123456789?workspace=" + synthflow.workspaceId()).status();

        assertThat(patch).isEqualTo(200);
        assertThat(list).isEqualTo(200);
        assertThat(get).isEqualTo(500);
    }

    @Test
    void answers429WithRetryAfterInWholeSeconds() {
        synthflow.faults().next("*", "/v2/**", SimulatedFault.tooManyRequests(Duration.ofMillis(1500)));

        Http.Response r = http.get("/assistants/");

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void resetsTheConnectionWithoutApplyingTheRequest() {
        synthflow.faults().next("POST", "/v2/custom-numbers", SimulatedFault.connectionReset());

        assertThatThrownBy(() -> http.sendOrThrow("POST", "/custom-numbers", importBody)).isInstanceOf(IOException.class);
        assertThat(synthflow.numbers()).isEmpty();
    }

    @Test
    void delaysTheNormalResponseAndAppliesTheRequest() {
        synthflow.faults().next("POST", "/v2/custom-numbers", SimulatedFault.delay(Duration.ofMillis(30)));

        Http.Response r = http.post("/custom-numbers", importBody);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/response/phone_number").asText()).isEqualTo(DID);
        assertThat(synthflow.numbers()).hasSize(1);
    }

    @Test
    void sendsATruncatedJsonBodyThatCannotBeParsed() {
        synthflow.faults().next("GET", "/v2/assistants/", SimulatedFault.malformedBody());

        Http.Response r = http.get("/assistants/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThatThrownBy(() -> new ObjectMapper().readTree(r.body())).isInstanceOf(IOException.class);
    }

    @Test
    void sendsAnHtmlErrorPage() {
        synthflow.faults().next("GET", "/v2/assistants/", SimulatedFault.htmlErrorPage(502));

        Http.Response r = http.get("/assistants/");

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).startsWith("<html>").contains("502 Bad Gateway");
    }

    @Test
    void sendsAnEmptyBody() {
        synthflow.faults().next("GET", "/v2/assistants/", SimulatedFault.emptyBody(200));

        Http.Response r = http.get("/assistants/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void crashAfterCommitAppliesTheRequestButAnswers500() {
        synthflow.faults().next("POST", "/v2/custom-numbers", SimulatedFault.crashAfterCommit());

        Http.Response crashed = http.post("/custom-numbers", importBody);
        Http.Response retried = http.post("/custom-numbers", importBody);

        assertThat(crashed.status()).isEqualTo(500);
        assertThat(crashed.body()).isEmpty();
        assertThat(synthflow.numbers()).extracting(SynthflowNumber::phoneNumber).containsExactly(DID);
        assertThat(retried.status()).as("a blind retry collides with the committed import").isEqualTo(400);
    }

    @Test
    void afterCommitCanLoseTheResponseToAConnectionReset() {
        synthflow.faults().next("POST", "/v2/assistants", SimulatedFault.afterCommit(SimulatedFault.connectionReset()));

        assertThatThrownBy(() -> http.sendOrThrow("POST", "/assistants",
                "{\"type\":\"inbound\",\"name\":\"R\",\"agent\":{}}")).isInstanceOf(IOException.class);
        assertThat(synthflow.assistants()).extracting(SynthflowAssistant::name).containsExactly("R");
    }

    @Test
    void injectsFaultsIntoTheAircallSimulatorWithoutSpendingItsRateLimit() {
        aircall.faults().next(2, "GET", "/v1/numbers", SimulatedFault.serverError(503));
        Http client = AircallSimulatorTest.basic(aircall, "a", "t");

        Http.Response first = client.get("/v1/numbers");
        client.get("/v1/numbers");
        Http.Response third = client.get("/v1/numbers");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("X-AircallApi-Remaining")).isNull();
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.header("X-AircallApi-Remaining")).isEqualTo("119");
        assertThat(aircall.requestCount()).isEqualTo(3);
    }

    @Test
    void crashAfterCommitOnAnAircallWebhookCreateLeavesTheWebhookInPlace() {
        aircall.faults().next("POST", "/v1/webhooks", SimulatedFault.crashAfterCommit());
        Http client = AircallSimulatorTest.basic(aircall, "a", "t");

        Http.Response crashed = client.post("/v1/webhooks", "{\"url\":\"https://example.com/hook\"}");

        assertThat(crashed.status()).isEqualTo(500);
        assertThat(aircall.webhooks()).extracting(AircallSimulator.Webhook::url).containsExactly("https://example.com/hook");
    }

    @Test
    void rejectsAfterCommitWrappingADelay() {
        assertThatThrownBy(() -> SimulatedFault.afterCommit(SimulatedFault.delay(Duration.ofMillis(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedFault.serverError(404)).isInstanceOf(IllegalArgumentException.class);
    }
}
