package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testkit.SimulatedFault;
import io.trunkline.testkit.SynthflowAction;
import io.trunkline.testkit.VendorProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QuickStart in real-vendor mode (credentials and base URLs from the environment, a state file on
 * disk) against stand-ins that grant only what the vendors document: an unknown number slug
 * answers 400 and a LIVE_TRANSFER's settings are never echoed.
 */
class QuickStartRealModeTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private int run(DemoVendors vendors, String... args) {
        buffer.reset();
        Map<String, String> env = Map.of(
                "SYNTHFLOW_API_KEY", vendors.synthflowSimulator.apiKey().reveal(),
                "SYNTHFLOW_WORKSPACE_ID", vendors.synthflowSimulator.workspaceId(),
                "SYNTHFLOW_BASE_URL", vendors.synthflowSimulator.baseUrl(),
                "AIRCALL_API_ID", vendors.aircallSimulator.apiId(),
                "AIRCALL_API_TOKEN", vendors.aircallSimulator.apiToken().reveal(),
                "AIRCALL_BASE_URL", vendors.aircallSimulator.baseUrl());
        String[] withState = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--state-file", dir.resolve("trunkline.state").toString())).toArray(String[]::new);
        return QuickStart.run(withState, env, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plansAppliesAndReappliesWithoutAWriteAgainstDocumentedOnlyVendors() {
        try (DemoVendors vendors = DemoVendors.simulators(VendorProfile.DOCUMENTED_ONLY)) {
            assertThat(run(vendors)).as(output()).isZero();
            assertThat(output()).contains("Talking to the real vendors (plan only)", "Nothing was changed");
            assertThat(vendors.synthflowSimulator.numbers()).isEmpty();

            assertThat(run(vendors, "--apply")).as(output()).isZero();
            assertThat(run(vendors, "--apply")).as(output()).isZero();

            assertThat(output()).contains("re-apply:              ").contains(", 0 write(s)")
                    .contains("  API changes applied:   0");
            assertOneOfEach(vendors);
        }
    }

    @Test
    void aLostAnswerAfterEachSynthflowCreateThenARerunLeavesOneOfEach() {
        try (DemoVendors vendors = DemoVendors.simulators(VendorProfile.DOCUMENTED_ONLY)) {
            for (String[] create : List.of(new String[] {"POST", "/v2/custom-numbers"},
                    new String[] {"POST", "/v2/actions"}, new String[] {"POST", "/v2/actions/attach"})) {
                vendors.synthflowSimulator.faults().next(1, create[0], create[1], SimulatedFault.crashAfterCommit());
                assertThat(run(vendors, "--apply")).as(output()).isEqualTo(1);
                assertThat(output()).contains("error:");
            }
            assertThat(run(vendors, "--apply")).as(output()).isZero();

            assertOneOfEach(vendors);
            assertThat(vendors.synthflowSimulator.requests("POST", "/v2/custom-numbers")).hasSize(1);
            assertThat(vendors.synthflowSimulator.requests("POST", "/v2/actions")).hasSize(1);
        }
    }

    private static void assertOneOfEach(DemoVendors vendors) {
        assertThat(vendors.synthflowSimulator.numbers()).hasSize(1);
        List<SynthflowAction> actions = vendors.synthflowSimulator.actions();
        assertThat(actions).as("one transfer action per target").hasSize(1);
        assertThat(actions.get(0).assistantIds()).as("attached once").containsExactly(SamplePlans.ASSISTANT_ID);
    }
}
