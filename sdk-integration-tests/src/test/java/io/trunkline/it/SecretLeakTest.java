package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.Transport;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.diagnostics.diagnose.Diagnose;
import io.trunkline.diagnostics.diagnose.LiveState;
import io.trunkline.diagnostics.simulation.CallFlowDiagram;
import io.trunkline.diagnostics.sip.ProbeResult;
import io.trunkline.diagnostics.sip.SipProbe;
import io.trunkline.examples.QuickStart;
import io.trunkline.testkit.SimulatedFault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs representative scenarios with every logger at TRACE (slf4j-simple, to System.err) and
 * captures everything the SDK emits — console output and logs, plan renderings in every format,
 * runbooks, verification and validation reports, Diagnose findings, call-flow diagrams, SIP probe
 * results, batch results, exception messages and full stack traces, the state file, the
 * {@code toString} of plans, configs, clients, adapters and results, and the output of QuickStart
 * run in-process against the simulators with the test credentials — then looks for every configured
 * secret in every form {@link Secrets#needles()} lists: the canary marker, plain, URL-encoded,
 * Base64, JSON-escaped, and every prefix and suffix of 6 characters or more. A scenario that fails
 * other than as it is meant to fails the test, and every scenario's captures must be there. OkHttp's wire logging (logging-interceptor) is not
 * on the classpath and the SDK does not add it, so raw HTTP headers are never logged.
 */
@Order(4)
class SecretLeakTest {

    private static Vendors vendors;
    private static FaultProxy synthflowProxy;

    @TempDir
    Path stateDir;

    private final Map<String, StringBuilder> captured = new LinkedHashMap<>();
    private final List<Throwable> thrown = new ArrayList<>();
    private final List<String> scenarios = new ArrayList<>();

    @BeforeAll
    static void start() {
        vendors = new Vendors(1);
        synthflowProxy = new FaultProxy(vendors.synthflow.rootUrl(), vendors.clock);
    }

    @AfterAll
    static void stop() {
        synthflowProxy.close();
        vendors.close();
    }

    @Test
    void noConfiguredSecretAppearsInAnythingTheSdkPrintsLogsRendersOrThrows() throws IOException {
        IntegrationPlan integration = Plans.integration(0);
        scenario("happy path: plan, converge, verify, re-plan, destroy", null, () -> {
            Sdk sdk = Sdk.against(vendors).store(StateStore.file(stateDir.resolve("happy.state"))).build();
            describe(sdk);
            render(sdk.engine.plan(integration));
            Lifecycle lifecycle = new Lifecycle(sdk.engine, integration, 1);
            keep("apply result", lifecycle.converge().toString());
            keep("verification report", lifecycle.verify().toString());
            render(sdk.engine.plan(integration));
            render(sdk.engine.planDestroy(integration));
            keep("runbook", sdk.contactCenter.manualSteps(integration.validated()).toString());
            keep("teardown runbook", sdk.contactCenter.teardownSteps(integration.validated()).toString());
            keep("state file", Files.readString(stateDir.resolve("happy.state")));
            keep("destroy result", lifecycle.destroy().toString());
        });
        scenario("Aircall with an OAuth bearer token: converge and destroy", null, () -> {
            Sdk sdk = Sdk.against(vendors).bearer().build();
            describe(sdk);
            Lifecycle lifecycle = new Lifecycle(sdk.engine, integration, 1);
            lifecycle.converge();
            lifecycle.destroy();
        });
        scenario("Synthflow refuses the API key (401)", AuthenticationException.class, () -> {
            Sdk sdk = Sdk.against(vendors).synthflowKey(Secret.of(Secrets.WRONG_SYNTHFLOW_API_KEY)).build();
            describe(sdk);
            sdk.engine.plan(integration);
        });
        scenario("Aircall refuses the api_token (403)", AuthenticationException.class, () -> {
            Sdk sdk = Sdk.against(vendors).aircallToken(Secret.of(Secrets.WRONG_AIRCALL_API_TOKEN)).build();
            describe(sdk);
            sdk.engine.plan(integration);
        });
        scenario("Synthflow answers 422 echoing the import body with the SIP password", TrunklineException.class, () -> {
            synthflowProxy.arm(1, "POST", "/v2/custom-numbers", FaultProxy.Mutation.ECHO_422);
            Sdk sdk = Sdk.against(vendors).synthflowUrl(synthflowProxy.rootUrl() + "/v2").build();
            try {
                sdk.engine.converge(integration, ApplyListener.NONE, Lifecycle.ALL_DONE);
            } finally {
                assertThat(synthflowProxy.triggered()).isEqualTo(1);
                synthflowProxy.disarm();
            }
        });
        scenario("faults on every write, crash after commit, resume and destroy", null, () -> {
            vendors.synthflow.faults().next(1, "POST", "/v2/custom-numbers", SimulatedFault.crashAfterCommit());
            vendors.synthflow.faults().next(3, "PUT", "/v2/assistants/*",
                    SimulatedFault.serverError(503, "{\"detail\":\"busy\"}"));
            vendors.synthflow.faults().next(1, "POST", "/v2/actions", SimulatedFault.afterCommit(SimulatedFault.malformedBody()));
            vendors.synthflow.faults().next(1, "POST", "/v2/actions/attach", SimulatedFault.connectionReset());
            vendors.synthflow.faults().next(1, "GET", "/v2/numbers/*", SimulatedFault.tooManyRequests(Duration.ofSeconds(1)));
            vendors.synthflow.faults().next(1, "DELETE", "/v2/numbers/*", SimulatedFault.htmlErrorPage(502));
            vendors.aircall.faults().next(2, "GET", "/v1/teams/*", SimulatedFault.emptyBody(200));
            vendors.aircall.faults().next(1, "GET", "/v1/numbers", SimulatedFault.connectionReset());
            Sdk sdk = Sdk.against(vendors).build();
            Lifecycle lifecycle = new Lifecycle(sdk.engine, integration, 8);
            lifecycle.converge();
            lifecycle.verify();
            lifecycle.destroy();
            thrown.addAll(lifecycle.failures);
            assertThat(lifecycle.failures).hasSizeGreaterThanOrEqualTo(4);
        });
        scenario("read timeouts on a create", null, () -> {
            vendors.synthflow.faults().next(1, "POST", "/v2/custom-numbers", SimulatedFault.delay(Fault.LATE_ANSWER));
            Sdk sdk = Sdk.against(vendors).readTimeout(Fault.TINY_READ_TIMEOUT).build();
            Lifecycle lifecycle = new Lifecycle(sdk.engine, integration, 3);
            lifecycle.converge();
            lifecycle.destroy();
            thrown.addAll(lifecycle.failures);
            assertThat(lifecycle.failures).hasSize(1);
        });

        scenario("diagnose the live state, probe results and a failed call; draw the call flow", null, () -> {
            Sdk sdk = Sdk.against(vendors).build();
            Lifecycle lifecycle = new Lifecycle(sdk.engine, integration, 1);
            lifecycle.converge();
            keep("integration plan and validation report", integration + "\n" + integration.validate());
            keep("call-flow diagram", CallFlowDiagram.mermaid(integration));
            List<ProbeResult> probes = probes();
            probes.forEach(probe -> keep("probe results", probe + "\n" + probe.summary()));
            Diagnose.Findings findings = Diagnose.plan(integration)
                    .liveState(LiveState.read(integration, sdk.contactCenter, sdk.platform))
                    .probeResults(probes)
                    .calls(List.of(AgentPlatform.CallRecord.builder("sf-401").errorMessage("Telephony - 401 - Unauthorized").build()))
                    .run();
            assertThat(findings.codes()).as("the call record was diagnosed").contains(DiagnosticCode.TELEPHONY_401_UNAUTHORIZED);
            keep("Diagnose findings", findings.render() + "\n" + findings);
            lifecycle.destroy();
        });
        scenario("applyAll with one integration that converges and one whose line does not exist", null, () -> {
            Sdk sdk = Sdk.against(vendors).build();
            BatchResult batch = sdk.engine.applyAll(List.of(integration, Plans.integration(1)), 2, ApplyListener.NONE,
                    Lifecycle.ALL_DONE);
            assertThat(batch.count(BatchResult.Item.Status.FAILED)).as(batch.toString()).isEqualTo(1);
            batch.items().forEach(item -> item.failure().ifPresent(thrown::add));
            for (PlanFormat format : PlanFormat.values()) {
                keep("batch result", batch.render(format));
            }
            keep("batch result", batch.toString());
        });
        scenario("QuickStart, in-process, applying against the simulators with the test credentials", null, () -> {
            Path state = stateDir.resolve("quickstart.state");
            int status = QuickStart.run(new String[] {"--apply", "--did", integration.did(), "--assistant",
                    Vendors.assistantId(0), "--engine-version", "2.1", "--fallback-team", String.valueOf(Vendors.TEAM_ID),
                    "--transfer-line", String.valueOf(Vendors.TEAM_LINE_ID), "--state-file", state.toString()},
                    quickStartEnvironment(), System.out);
            assertThat(status).as("QuickStart's exit status").isZero();
            keep("QuickStart's state file", Files.readString(state));
        });

        assertThat(scenarios).as("scenarios run").hasSize(10);
        assertThat(captured.get("scenario: " + scenarios.get(9))).as("QuickStart's output")
                .contains("== 7. Summary", "API changes applied");
        List<String> expectedCaptures = new ArrayList<>(List.of("toString of configs, clients and adapters",
                "plan rendered as TEXT", "plan rendered as MARKDOWN", "plan rendered as JSON", "plan toString",
                "apply result", "verification report", "runbook", "teardown runbook", "state file", "destroy result",
                "integration plan and validation report", "call-flow diagram", "probe results", "Diagnose findings",
                "batch result", "QuickStart's state file"));
        scenarios.forEach(name -> expectedCaptures.add("scenario: " + name));
        assertThat(captured.keySet()).as("every scenario's captures").containsExactlyInAnyOrderElementsOf(expectedCaptures);
        captured.forEach((where, text) -> assertThat(text.toString()).as("captured %s", where).isNotBlank());
        assertThat(captured.get("state file").toString()).as("the state file was scanned, not an empty one")
                .contains("aircall.sip-destination");

        String exceptions = stackTraces();
        keep("exceptions (messages and stack traces)", exceptions);
        assertThat(thrown).as("the scenarios exercised failures").hasSizeGreaterThanOrEqualTo(8);
        assertThat(exceptions).contains("AuthenticationException", "VendorConnectionException", "ApplyFailedException");
        String logs = captured.values().stream().map(StringBuilder::toString).reduce("", String::concat);
        assertThat(logs).as("TRACE/DEBUG logging was captured").contains("DEBUG io.trunkline.synthflow")
                .contains("DEBUG io.trunkline.aircall");

        // the needles do match the real wire forms: what the simulators received carries them
        String wire = vendors.aircall.requests().get(0).header("Authorization").orElseThrow();
        assertThat(Secrets.needles().values()).anyMatch(wire::contains);

        Map<String, String> leaks = new LinkedHashMap<>();
        Secrets.needles().forEach((name, needle) -> captured.forEach((where, text) -> {
            if (text.indexOf(needle) >= 0) {
                leaks.put(name + " in " + where, excerpt(text, needle));
            }
        }));
        long bytes = captured.values().stream().mapToLong(StringBuilder::length).sum();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("scenarios", captured.keySet().stream().filter(k -> k.startsWith("scenario: ")).count());
        figures.put("needles", Secrets.needles().size());
        figures.put("secrets", Secrets.values().size());
        figures.put("capturesScanned", captured.size());
        figures.put("exceptionsScanned", thrown.size());
        figures.put("bytesScanned", bytes);
        figures.put("secretsLeaked", leaks.size());
        Figures.write("secret-leak", figures);
        assertThat(bytes).as("bytes scanned").isGreaterThan(SCANNED_AT_LEAST);
        assertThat(leaks).as("secrets found").isEmpty();
    }

    /** QuickStart's environment for the real vendors, pointing at the simulators, with the test credentials. */
    private static Map<String, String> quickStartEnvironment() {
        return Map.of("SYNTHFLOW_API_KEY", Secrets.SYNTHFLOW_API_KEY, "SYNTHFLOW_WORKSPACE_ID", Vendors.WORKSPACE,
                "AIRCALL_API_ID", Secrets.AIRCALL_API_ID, "AIRCALL_API_TOKEN", Secrets.AIRCALL_API_TOKEN,
                "SYNTHFLOW_BASE_URL", vendors.synthflow.baseUrl(), "AIRCALL_BASE_URL", vendors.aircall.baseUrl());
    }

    /** Probes of a loopback port nobody listens on, over every transport: each ends without a SIP answer. */
    private static List<ProbeResult> probes() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        SipProbe probe = SipProbe.builder().timeouts(SipProbe.Timeouts.builder().t1(Duration.ofMillis(20))
                .transactionTimeout(Duration.ofMillis(500)).build()).build();
        List<ProbeResult> results = new ArrayList<>();
        for (Transport transport : Transport.values()) {
            results.add(probe.options("127.0.0.1", closed, transport));
        }
        return results;
    }

    /** The doc states this floor rather than the exact count, which varies with ports and thread names. */
    static final long SCANNED_AT_LEAST = 100_000;

    private interface Scenario {
        void run() throws Exception;
    }

    /**
     * Runs a scenario with its output captured. The failure it is meant to end with is kept for the
     * scan; any other outcome fails the test, so a scenario can never stop early unnoticed and
     * leave part of what it should have exercised unscanned.
     *
     * @param expected the exception the scenario must end with, or {@code null} when it must finish
     */
    private void scenario(String name, Class<? extends TrunklineException> expected, Scenario scenario) {
        scenarios.add(name);
        vendors.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(capture);
        System.setErr(capture);
        try {
            scenario.run();
            if (expected != null) {
                throw new AssertionError("scenario '" + name + "' should have ended with " + expected.getSimpleName());
            }
        } catch (Exception e) {
            if (expected == null || !expected.isInstance(e)) {
                throw new AssertionError("scenario '" + name + "' failed unexpectedly: " + e, e);
            }
            thrown.add(e);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        keep("scenario: " + name, out.toString(StandardCharsets.UTF_8));
    }

    private void describe(Sdk sdk) {
        keep("toString of configs, clients and adapters", String.join("\n", sdk.synthflowConfig.toString(),
                sdk.aircallConfig.toString(), sdk.synthflowClient.toString(), sdk.aircallClient.toString(),
                sdk.platform.toString(), sdk.contactCenter.toString(), sdk.engine.toString()));
    }

    private void render(ChangePlan plan) {
        for (PlanFormat format : PlanFormat.values()) {
            keep("plan rendered as " + format, plan.render(format));
        }
        keep("plan toString", plan.toString() + plan.changes());
    }

    private void keep(String where, String text) {
        captured.computeIfAbsent(where, k -> new StringBuilder()).append(text).append('\n');
    }

    private String stackTraces() {
        StringWriter traces = new StringWriter();
        try (PrintWriter writer = new PrintWriter(traces)) {
            for (Throwable t : thrown) {
                writer.println(t);
                writer.println(t.getMessage());
                t.printStackTrace(writer);
            }
        }
        return traces.toString();
    }

    private static String excerpt(CharSequence text, String needle) {
        int at = text.toString().indexOf(needle);
        return text.subSequence(Math.max(0, at - 80), Math.min(text.length(), at + needle.length() + 20)).toString();
    }

}
