package io.trunkline.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Points QuickStart's real-vendor mode at WireMock recorders (proxies in front of the simulators)
 * through the *_BASE_URL variables, and checks that every request it sent is an endpoint the
 * vendors document.
 */
class QuickStartRecorderTest {

    /** Every endpoint in ../shared/vendor-apis that the SDK may call, as "METHOD path-regex". */
    private static final List<String> DOCUMENTED = List.of(
            "GET /v2/numbers", "GET /v2/numbers/\\d+", "PATCH /v2/numbers/\\d+", "DELETE /v2/numbers/\\d+",
            "POST /v2/custom-numbers",
            "POST /v2/assistants", "GET /v2/assistants/", "GET /v2/assistants/[^/]+", "PUT /v2/assistants/[^/]+",
            "DELETE /v2/assistants/[^/]+",
            "GET /v2/actions", "POST /v2/actions", "GET /v2/actions/[^/]+", "PUT /v2/actions/[^/]+",
            "DELETE /v2/actions/[^/]+", "POST /v2/actions/attach", "POST /v2/actions/detach",
            "GET /v2/calls", "GET /v2/calls/[^/]+",
            "GET /v1/ping", "GET /v1/numbers", "GET /v1/numbers/\\d+", "GET /v1/teams", "GET /v1/teams/\\d+",
            "GET /v2/users", "GET /v2/users/[^/]+", "GET /v1/users/\\d+/availability",
            "GET /v1/calls", "GET /v1/calls/\\d+",
            "GET /v1/webhooks", "POST /v1/webhooks", "GET /v1/webhooks/[^/]+", "PUT /v1/webhooks/[^/]+",
            "DELETE /v1/webhooks/[^/]+");

    private final SynthflowSimulator synthflow = SynthflowSimulator.builder().build();
    private final AircallSimulator aircall = AircallSimulator.builder().build();
    private final WireMockServer synthflowRecorder = recorderFor(synthflow.rootUrl());
    private final WireMockServer aircallRecorder = recorderFor(aircall.baseUrl());

    private static WireMockServer recorderFor(String target) {
        WireMockServer recorder = new WireMockServer(options().dynamicPort());
        recorder.start();
        recorder.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(target)));
        return recorder;
    }

    @AfterEach
    void stop() {
        synthflowRecorder.stop();
        aircallRecorder.stop();
        synthflow.close();
        aircall.close();
    }

    @Test
    void quickStartWithApplyCallsOnlyDocumentedEndpoints() {
        seedLikeARealAccount();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(
                "SYNTHFLOW_API_KEY", synthflow.apiKey().reveal(), "SYNTHFLOW_WORKSPACE_ID", synthflow.workspaceId(),
                "SYNTHFLOW_BASE_URL", synthflowRecorder.baseUrl() + "/v2",
                "AIRCALL_API_ID", aircall.apiId(), "AIRCALL_API_TOKEN", aircall.apiToken().reveal(),
                "AIRCALL_BASE_URL", aircallRecorder.baseUrl());

        int status = QuickStart.run(new String[] {"--apply", "--state-file", "target/recorder-test.state"}, env,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Talking to the real vendors (plan and apply)").contains("done      sip-number")
                .doesNotContain(synthflow.apiKey().reveal()).doesNotContain(aircall.apiToken().reveal());
        assertThat(status).as("manual steps stay pending against real vendors, so verification is incomplete")
                .isIn(0, 1);
        List<String> sent = recorded(synthflowRecorder);
        sent.addAll(recorded(aircallRecorder));
        assertThat(sent).as("requests recorded").isNotEmpty()
                .allSatisfy(request -> assertThat(DOCUMENTED).as(request)
                        .anyMatch(endpoint -> Pattern.matches(endpoint, request)));
        assertThat(sent).contains("POST /v2/custom-numbers", "GET /v1/numbers");
    }

    private void seedLikeARealAccount() {
        synthflow.registrationDelay(java.time.Duration.ZERO);
        synthflow.addAssistant(SynthflowAssistant.builder("Receptionist", "inbound").modelId(SamplePlans.ASSISTANT_ID)
                .build());
        AircallUser jane = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com").build());
        aircall.addTeam(AircallTeam.builder("Support L1").id(SamplePlans.SUPPORT_TEAM).addUserId(jane.id()).build());
        aircall.addNumber(AircallNumber.builder(PhoneNumber.parse(SamplePlans.DID).e164()).id(SamplePlans.LINE_ID)
                .name("Paris support").flowEditorEnabled(true).build());
        aircall.addNumber(AircallNumber.builder(PhoneNumber.parse(DemoVendors.SECOND_LINE_DID).e164())
                .id(DemoVendors.SECOND_LINE_ID).name("Support escalation").flowEditorEnabled(true).build());
    }

    private static List<String> recorded(WireMockServer recorder) {
        return recorder.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(r -> r.getMethod().getName() + " " + r.getUrl().replaceFirst("\\?.*$", ""))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }
}
