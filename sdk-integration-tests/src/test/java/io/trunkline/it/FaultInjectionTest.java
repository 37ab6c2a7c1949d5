package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.testkit.FaultInjection;
import io.trunkline.testkit.VendorProfile;
import io.trunkline.testkit.VendorSimulator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint the SDK calls × every fault: the whole lifecycle (converge, verify, destroy) runs
 * with the fault armed from the start, resuming after each typed failure as an operator would. Each
 * case must end converged, verified and destroyed, with no duplicate and nothing left behind, and
 * nothing but a {@link TrunklineException} may ever reach the caller.
 */
@Order(1)
@ParameterizedClass
@EnumSource(VendorProfile.class)
class FaultInjectionTest {

    /** The simulators' profile of this run of the class. */
    @Parameter
    VendorProfile profile;


    /** What a case is expected to show. */
    enum Outcome {
        RETRIED_TO_SUCCESS("retried within the client, lifecycle unaffected"),
        TYPED_FAILURE_THEN_RESUMED("typed, actionable failure; a re-run converged"),
        ACCEPTED("2xx accepted: unknown fields ignored, or a write's answer the SDK does not need");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private static Vendors vendors;
    private static FaultProxy synthflowProxy;
    private static FaultProxy aircallProxy;
    private static List<Endpoint> endpoints;
    private static final Map<String, Object> CASES = new TreeMap<>();
    private static final Map<Outcome, Integer> OUTCOMES = new EnumMap<>(Outcome.class);
    private static int retriesAbsorbed;
    private static int failuresSurfaced;

    @BeforeParameterizedClassInvocation
    static void start(VendorProfile profile) {
        vendors = new Vendors(1, profile);
        CASES.clear();
        OUTCOMES.clear();
        retriesAbsorbed = 0;
        failuresSurfaced = 0;
        synthflowProxy = new FaultProxy(vendors.synthflow.rootUrl(), vendors.clock);
        aircallProxy = new FaultProxy(vendors.aircall.baseUrl(), vendors.clock);
        endpoints = Endpoints.discover(vendors);
    }

    @AfterParameterizedClassInvocation
    static void stop(VendorProfile profile) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("endpoints", endpoints.stream().map(e -> e.key() + " " + e.phases()).toList());
        figures.put("cases", CASES.size());
        figures.put("outcomes", new TreeMap<>(OUTCOMES));
        figures.put("retriesAbsorbed", retriesAbsorbed);
        figures.put("typedFailuresSurfaced", failuresSurfaced);
        figures.put("rawExceptionsEscaped", 0);
        figures.put("duplicates", 0);
        figures.put("leaks", 0);
        figures.put("matrix", CASES);
        Figures.write(Figures.section("fault-injection", profile), figures);
        synthflowProxy.close();
        aircallProxy.close();
        vendors.close();
    }

    static Stream<Arguments> cases() {
        return endpoints.stream().flatMap(endpoint -> Stream.of(Fault.values())
                .filter(fault -> fault.appliesTo(endpoint))
                .map(fault -> Arguments.of(endpoint, fault)));
    }

    @Test
    void theCleanRunCallsEveryPortOperationOfBothVendors() {
        assertThat(endpoints).extracting(Endpoint::key).contains(
                "Synthflow POST /v2/custom-numbers", "Synthflow GET /v2/numbers/*", "Synthflow DELETE /v2/numbers/*",
                "Synthflow PUT /v2/assistants/*", "Synthflow POST /v2/actions", "Synthflow POST /v2/actions/attach",
                "Synthflow POST /v2/actions/detach", "Synthflow DELETE /v2/actions/*", "Aircall GET /v1/numbers",
                "Aircall GET /v1/teams/*", "Aircall GET /v2/users/*");
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cases")
    void theLifecycleSurvivesTheFault(Endpoint endpoint, Fault fault) {
        vendors.reset();
        FaultProxy proxy = endpoint.vendor().equals("Synthflow") ? synthflowProxy : aircallProxy;
        Sdk.Options options = Sdk.against(vendors);
        if (fault == Fault.READ_TIMEOUT) {
            options.readTimeout(Fault.TINY_READ_TIMEOUT);
        }
        FaultInjection.Rule rule = null;
        if (fault.proxyMutation() != null) {
            proxy.arm(fault.burst, endpoint.method(), endpoint.pathPattern(), fault.proxyMutation());
            if (endpoint.vendor().equals("Synthflow")) {
                options.synthflowUrl(proxy.rootUrl() + "/v2");
            } else {
                options.aircallUrl(proxy.rootUrl());
            }
        } else {
            VendorSimulator simulator = endpoint.vendor().equals("Synthflow") ? vendors.synthflow : vendors.aircall;
            rule = simulator.faults().next(fault.burst, endpoint.method(), endpoint.pathPattern(), fault.simulated());
        }
        IntegrationPlan integration = Plans.integration(0);
        Lifecycle lifecycle = new Lifecycle(options.build().engine, integration, fault.burst + 2);
        int triggered;
        try {
            ApplyResult applied = lifecycle.converge();
            assertThat(applied.complete()).as(applied.toString()).isTrue();
            VerificationReport report = lifecycle.verify();
            assertThat(report.readyForTestCall()).as(report.toString()).isTrue();
            assertNoDuplicates();
            lifecycle.destroy();
            assertNothingLeft();
        } finally {
            triggered = rule != null ? rule.triggered() : proxy.triggered();
            proxy.disarm();
        }

        assertThat(triggered).as("the fault fired").isPositive();
        lifecycle.failures.forEach(failure -> Failures.assertActionable(failure, endpoint.vendor()));
        Outcome outcome = lifecycle.failures.isEmpty()
                ? (fault.kind == Fault.Kind.TRANSIENT ? Outcome.RETRIED_TO_SUCCESS : Outcome.ACCEPTED)
                : Outcome.TYPED_FAILURE_THEN_RESUMED;
        assertThat(outcome).as("outcome (failures: %s)", messages(lifecycle.failures)).isEqualTo(expected(endpoint, fault));
        record(endpoint, fault, outcome, triggered, lifecycle);
    }

    /**
     * Writes whose 2xx answer the SDK needs: the imported number, the new action's id, the saved
     * assistant's {@code model_id}. Other writes (attach, detach, deletes) need nothing from theirs.
     */
    static final Set<String> WRITES_READING_THEIR_ANSWER = Set.of(
            "Synthflow POST /v2/custom-numbers", "Synthflow POST /v2/actions", "Synthflow PUT /v2/assistants/*");

    /**
     * Idempotent requests absorb transient faults by retrying; a POST is never retried (the vendors
     * have no idempotency keys), so its failure surfaces and the re-run re-reads before writing; a
     * 2xx body the client cannot use is never retried, and fails typed wherever the SDK needs it;
     * unknown fields are ignored.
     */
    static Outcome expected(Endpoint endpoint, Fault fault) {
        switch (fault.kind) {
            case HARMLESS:
                return Outcome.ACCEPTED;
            case TRANSIENT:
                return endpoint.idempotent() ? Outcome.RETRIED_TO_SUCCESS : Outcome.TYPED_FAILURE_THEN_RESUMED;
            default:
                return "GET".equals(endpoint.method()) || WRITES_READING_THEIR_ANSWER.contains(endpoint.key())
                        ? Outcome.TYPED_FAILURE_THEN_RESUMED : Outcome.ACCEPTED;
        }
    }

    private static void record(Endpoint endpoint, Fault fault, Outcome outcome, int triggered, Lifecycle lifecycle) {
        synchronized (CASES) {
            int surfaced = lifecycle.failures.size();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("outcome", outcome.name());
            row.put("faultsFired", triggered);
            row.put("typedFailures", surfaced);
            row.put("failedPhases", lifecycle.phasesFailed);
            CASES.put(endpoint.key() + " × " + fault.name(), row);
            OUTCOMES.merge(outcome, 1, Integer::sum);
            if (fault.kind == Fault.Kind.TRANSIENT) {
                retriesAbsorbed += Math.max(0, triggered - surfaced);
            }
            failuresSurfaced += surfaced;
        }
    }

    private static List<String> messages(List<TrunklineException> failures) {
        List<String> messages = new ArrayList<>();
        failures.forEach(f -> messages.add(f.getClass().getSimpleName() + ": " + f.getMessage()));
        return messages;
    }

    private static void assertNoDuplicates() {
        assertThat(vendors.numbersFor(Vendors.did(0))).as("Synthflow numbers for the DID").isEqualTo(1);
        assertThat(vendors.actions()).as("transfer actions").hasSize(2);
        assertThat(vendors.attachmentsOf(0)).as("actions attached to the assistant").isEqualTo(2);
    }

    private static void assertNothingLeft() {
        assertThat(vendors.numbers()).as("numbers left after destroy").isEmpty();
        assertThat(vendors.actions()).as("actions left after destroy").isEmpty();
        assertThat(vendors.synthflow.assistant(Vendors.assistantId(0)).orElseThrow().phoneNumber())
                .as("the assistant still answers the DID").isEmpty();
    }
}
