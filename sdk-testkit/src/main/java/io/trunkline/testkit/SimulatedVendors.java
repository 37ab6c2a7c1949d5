package io.trunkline.testkit;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.client.AircallClient;
import io.trunkline.aircall.client.AircallConfig;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.model.Secret;
import io.trunkline.core.time.Sleeper;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.client.SynthflowConfig;
import java.time.Clock;
import java.util.Objects;

/**
 * Points the real Trunkline clients and adapters at the simulators in one call: credentials, base
 * URLs and time. When a simulator runs on a {@link SimulatorClock}, the clients and the engine get
 * that clock and a {@link Sleeper} that advances it, so retries, rate-limit pacing and registration
 * polling take no real time.
 *
 * <pre>{@code
 * @TrunklineSimulators(registrationDelaySeconds = 90)
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
                .baseUrl(synthflow.baseUrl()).clock(synthflow.clock()).sleeper(sleeperFor(synthflow.clock()));
    }

    /**
     * @param aircall the simulator
     * @return an Aircall configuration for it (Basic auth); adjust the rate-limit budget before {@code build()}
     */
    public static AircallConfig.Builder aircallConfig(AircallSimulator aircall) {
        Objects.requireNonNull(aircall, "aircall");
        return AircallConfig.builder().apiId(Secret.of(aircall.apiId())).apiToken(aircall.apiToken())
                .baseUrl(aircall.baseUrl()).clock(aircall.clock()).sleeper(sleeperFor(aircall.clock()));
    }

    /**
     * @param synthflow the Synthflow simulator
     * @param aircall the Aircall simulator
     * @return an engine builder wired to both, on the Synthflow simulator's clock; set a state store
     *     before {@code build()} if the test needs one that outlives the engine
     */
    public static IntegrationEngine.Builder engine(SynthflowSimulator synthflow, AircallSimulator aircall) {
        return IntegrationEngine.builder()
                .agentPlatform(SynthflowAgentPlatform.create(synthflowConfig(synthflow).build()))
                .contactCenter(AircallContactCenter.create(AircallClient.create(aircallConfig(aircall).build())))
                .clock(synthflow.clock()).sleeper(sleeperFor(synthflow.clock()));
    }

    /**
     * @param clock a clock
     * @return a sleeper that advances {@code clock} when it is a {@link SimulatorClock}, else a real one
     */
    public static Sleeper sleeperFor(Clock clock) {
        return clock instanceof SimulatorClock simulated ? simulated::advance : Sleeper.system();
    }
}
