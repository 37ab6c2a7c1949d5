package io.trunkline.testkit;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.time.Sleeper;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;
import io.trunkline.synthflow.internal.SynthflowAssumptions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Points the real Trunkline clients and adapters at the simulators in one call: credentials, base
 * URLs and time. When a simulator runs on a {@link SimulatorClock}, the clients and the engine get
 * that clock and a {@link Sleeper} that advances it, so retries, rate-limit pacing and registration
 * polling take no real time.
 *
 * <pre>{@code
 * @TrunklineSimulators
 * class ProvisioningTest {
 *     @Test
 *     void connectsTheLine(SynthflowSimulator synthflow, AircallSimulator aircall) {
 *         IntegrationEngine engine = SimulatedVendors.engine(synthflow, aircall).build();
 *         engine.converge(plan, ApplyListener.NONE, ManualStepConfirmer.NONE);
 *     }
 * }
 * }</pre>
 */
public final class SimulatedVendors {

    private SimulatedVendors() {
    }

    /**
     * @param synthflow the simulator
     * @return a Synthflow configuration for it; adjust retries or timeouts before {@code build()}
     */
    public static SynthflowConfig.Builder synthflowConfig(SynthflowSimulator synthflow) {
        Objects.requireNonNull(synthflow, "synthflow");
        return SynthflowConfig.builder().apiKey(synthflow.apiKey()).workspaceId(synthflow.workspaceId())
                .baseUrl(synthflow.baseUrl())
                .http(http -> http.clock(synthflow.clock()).sleeper(sleeperFor(synthflow.clock())));
    }

    /**
     * @param aircall the simulator
     * @return an Aircall configuration for it (Basic auth); adjust the rate-limit budget before {@code build()}
     */
    public static AircallConfig.Builder aircallConfig(AircallSimulator aircall) {
        Objects.requireNonNull(aircall, "aircall");
        return AircallConfig.builder().apiId(Secret.of(aircall.apiId())).apiToken(aircall.apiToken())
                .baseUrl(aircall.baseUrl())
                .http(http -> http.clock(aircall.clock()).sleeper(sleeperFor(aircall.clock())));
    }

    /**
     * @param synthflow the Synthflow simulator
     * @param aircall the Aircall simulator
     * @return an engine builder wired to both, on the Synthflow simulator's clock; set a state store
     *     before {@code build()} if the test needs one that outlives the engine
     */
    public static IntegrationEngine.Builder engine(SynthflowSimulator synthflow, AircallSimulator aircall) {
        return IntegrationEngine.builder()
                .agentPlatform(agentPlatform(synthflow))
                .contactCenter(AircallContactCenter.create(AircallClient.create(aircallConfig(aircall).build())))
                .clock(synthflow.clock()).sleeper(sleeperFor(synthflow.clock()));
    }

    /**
     * The Synthflow adapter for the simulator, using what the simulator's {@link VendorProfile}
     * grants: under {@link VendorProfile#LEDGER_ASSUMPTIONS} a {@code LIVE_TRANSFER}'s settings are
     * read back, as a real workspace allows once preflight confirms {@code SF-LIVE-TRANSFER-READBACK};
     * under {@link VendorProfile#DOCUMENTED_ONLY} they are not.
     *
     * @param synthflow the simulator
     * @return the adapter
     */
    public static SynthflowAgentPlatform agentPlatform(SynthflowSimulator synthflow) {
        return SynthflowAgentPlatform.create(synthflowConfig(synthflow).build(), grantedAssumptions(synthflow));
    }

    /**
     * What a preflight against the simulator would be entitled to report: every Synthflow ledger
     * entry CONFIRMED under {@link VendorProfile#LEDGER_ASSUMPTIONS}, nothing under
     * {@link VendorProfile#DOCUMENTED_ONLY}. Pass it to
     * {@link SynthflowAgentPlatform#create(SynthflowClient, List)} for an adapter of your own configuration.
     *
     * @param synthflow the simulator
     * @return the verdicts, empty for the documented-only profile
     */
    public static List<AssumptionVerdict> grantedAssumptions(SynthflowSimulator synthflow) {
        if (synthflow.profile().documentedOnly()) {
            return List.of();
        }
        return SynthflowAssumptions.all().stream()
                .map(a -> new AssumptionVerdict(a, AssumptionVerdict.Verdict.CONFIRMED,
                        "granted by the simulator's " + VendorProfile.LEDGER_ASSUMPTIONS + " profile"))
                .toList();
    }

    /**
     * @param clock a clock
     * @return a sleeper that advances {@code clock} when it is a {@link SimulatorClock}, else a real one
     */
    public static Sleeper sleeperFor(Clock clock) {
        return clock instanceof SimulatorClock simulated ? simulated::advance : Sleeper.system();
    }
}
