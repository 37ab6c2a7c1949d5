package io.trunkline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.bench.internal.BenchOptions;
import io.trunkline.bench.internal.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark group with tiny sizes and no JMH, as CI does, and checks the harness works:
 * results written, every group present, the lifecycle really ran. No wall-clock assertion: timings on
 * a shared CI machine prove nothing.
 */
class BenchMainSmokeTest {

    private static final Path OUT = Path.of("target", "bench-smoke");
    private static Report report;
    private static JsonNode json;

    @BeforeAll
    static void runSmoke() throws IOException {
        Files.deleteIfExists(OUT.resolve("results.json"));
        report = BenchMain.run(new BenchOptions(true, OUT, Set.of(1, 2, 3, 4, 5)));
        json = new ObjectMapper().readTree(OUT.resolve("results.json").toFile());
    }

    @Test
    void writesResultsWithEveryGroupInOrder() {
        List<String> keys = new ArrayList<>();
        json.get("groups").forEach(g -> keys.add(g.get("key").asText()));
        assertThat(json.get("mode").asText()).isEqualTo("smoke");
        assertThat(keys).containsExactly("call-economy", "bulk-provisioning", "client-overhead", "planning-scale",
                "footprint");
    }

    @Test
    void reApplyingAConvergedIntegrationWritesNothing() {
        JsonNode reApply = group("call-economy").get("figures").get("re-apply").get("trunkline");
        assertThat(reApply.get("aircall").get("writes").asInt()).isZero();
        assertThat(reApply.get("synthflow").get("writes").asInt()).isZero();
    }

    @Test
    void bothTrunklineAndTheBaselineScriptDidTheWholeLifecycle() {
        JsonNode economy = group("call-economy").get("figures");
        assertThat(economy.get("sanityProblems")).isEmpty();
        assertThat(economy.get("first apply").get("trunkline").get("synthflow").get("writes").asInt()).isPositive();
        assertThat(economy.get("first apply").get("script").get("synthflow").get("writes").asInt()).isPositive();
        assertThat(economy.get("destroy").get("script").get("synthflow").get("writes").asInt()).isPositive();
    }

    @Test
    void bulkProvisioningConvergesEveryDid() {
        JsonNode bulk = group("bulk-provisioning").get("figures");
        assertThat(bulk.get("dids").asInt()).isEqualTo(5);
        assertThat(bulk.get("failed").asInt()).isZero();
        assertThat(bulk.get("aircallRequests").asInt()).isPositive();
    }

    @Test
    void bulkProvisioningRunsAsManyPacedAsUnpacedRunsAndStatesItsConclusion() {
        JsonNode bulk = group("bulk-provisioning").get("figures");
        assertThat(bulk.get("pacedWallSeconds")).hasSize(bulk.get("rounds").asInt());
        assertThat(bulk.get("unlimitedWallSecondsEach")).hasSize(bulk.get("rounds").asInt());
        assertThat(bulk.get("conclusion").asText()).contains("the pace").contains("× the lower bound");
        assertThat(report.markdown()).contains("- Conclusion: " + bulk.get("conclusion").asText());
    }

    @Test
    void overheadMeasuresBothPathsForBothVendors() {
        assertThat(group("client-overhead").get("figures").get("paired").fieldNames()).toIterable()
                .contains("sdkSynthflowGetNumber", "rawSynthflowGetNumber", "sdkAircallNumber", "rawAircallNumber");
    }

    @Test
    void overheadRecordsHowTheWarmUpSettledForEachVendor() {
        JsonNode warmUp = group("client-overhead").get("figures").get("warmUp");
        assertThat(warmUp.fieldNames()).toIterable().containsExactly("Synthflow", "Aircall");
        for (JsonNode vendor : warmUp) {
            assertThat(vendor.get("ratios")).isNotEmpty().allSatisfy(ratio -> assertThat(ratio.asDouble()).isPositive());
            assertThat(vendor.get("pairsPerBlock").asInt()).isPositive();
        }
        assertThat(report.markdown()).contains("Synthflow " + String.format(Locale.ROOT, "%.2f",
                warmUp.get("Synthflow").get("ratios").get(0).asDouble()) + " in the first block");
    }

    @Test
    void planningScaleCoversEverySmokeSize() {
        assertThat(group("planning-scale").get("figures").fieldNames()).toIterable().containsExactly("1", "10", "100");
    }

    @Test
    void footprintKeepsTheCoreAtSlf4jOnly() {
        JsonNode core = group("footprint").get("figures").get("trunkline-core");
        assertThat(core.get("runtimeDependencies")).extracting(JsonNode::asText).containsExactly("org.slf4j:slf4j-api");
    }

    @Test
    void rendersOneMarkdownSectionPerGroup() {
        assertThat(report.markdown()).contains("### 1. Call economy", "### 2. Bulk provisioning", "### 3. SDK overhead",
                "### 4. Validation and planning scale", "### 5. Footprint");
    }

    private static JsonNode group(String key) {
        for (JsonNode group : json.get("groups")) {
            if (group.get("key").asText().equals(key)) {
                return group;
            }
        }
        throw new AssertionError("no group " + key);
    }
}
