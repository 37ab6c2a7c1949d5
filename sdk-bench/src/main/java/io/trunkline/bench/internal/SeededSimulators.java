package io.trunkline.bench.internal;

import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.internal.AircallEndpoints;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;
import io.trunkline.synthflow.internal.SynthflowEndpoints;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.VendorProfile;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Both simulators, preloaded with {@code integrations} Aircall lines on the Smartflows editor and as
 * many inbound Synthflow assistants (engine v2.0), plus the support team, its agent and the transfer
 * line; and clients configured against them through the testkit's {@link SimulatedVendors}, with an
 * OkHttp client of the benchmark's choosing. Real system clock: the simulators run in real time.
 */
public final class SeededSimulators implements AutoCloseable {

    /** A budget so large that the Aircall client never waits, for benchmarks that are not about pacing. */
    public static final int UNPACED = 1_000_000;

    private final SynthflowSimulator synthflow;
    private final AircallSimulator aircall;

    /**
     * @param integrations how many DIDs to preload
     * @param aircallLimit the simulator's Aircall budget per {@code aircallWindow}
     * @param aircallWindow the simulator's rate-limit window
     */
    public SeededSimulators(int integrations, int aircallLimit, Duration aircallWindow) {
        // Trunkline and the hand-written baseline alike are measured on what the vendors document.
        this(integrations, aircallLimit, aircallWindow, VendorProfile.DOCUMENTED_ONLY);
    }

    /**
     * @param integrations how many DIDs to preload
     * @param aircallLimit the simulator's Aircall budget per {@code aircallWindow}
     * @param aircallWindow the simulator's rate-limit window
     * @param profile what the simulators grant beyond the vendors' documentation
     */
    public SeededSimulators(int integrations, int aircallLimit, Duration aircallWindow, VendorProfile profile) {
        this.synthflow = SynthflowSimulator.builder().profile(profile).build();
        this.aircall = AircallSimulator.builder().profile(profile).rateLimit(aircallLimit, aircallWindow).build();
        AircallUser agent = aircall.addUser(AircallUser.builder("Ada Agent", "ada@example.com")
                .id(BenchPlans.SUPPORT_AGENT).build());
        aircall.addTeam(AircallTeam.builder("Support").id(BenchPlans.SUPPORT_TEAM).addUserId(agent.id()).build());
        aircall.addNumber(AircallNumber.builder(BenchPlans.TRANSFER_LINE_DID).id(BenchPlans.TRANSFER_LINE)
                .name("Support (human)").flowEditorEnabled(true).build());
        for (int i = 0; i < integrations; i++) {
            aircall.addNumber(AircallNumber.builder(BenchPlans.did(i)).id(BenchPlans.lineId(i))
                    .name("Support line " + i).flowEditorEnabled(true).build());
            synthflow.addAssistant(SynthflowAssistant.builder("Receptionist " + i, "inbound")
                    .modelId(BenchPlans.assistantId(i)).voiceEngineVersion("2.0").build());
        }
    }

    /** @return the Synthflow simulator */
    public SynthflowSimulator synthflow() {
        return synthflow;
    }

    /** @return the Aircall simulator */
    public AircallSimulator aircall() {
        return aircall;
    }

    /**
     * @param http the OkHttp client to derive from (e.g. one with a counting interceptor)
     * @return a Synthflow client for the simulator, with default retries
     */
    public SynthflowClient synthflowClient(OkHttpClient http) {
        return SynthflowClient.create(synthflowConfig(http));
    }

    /**
     * @param http the OkHttp client to derive from
     * @return Synthflow's endpoints on the simulator, for code that measures or scripts the raw calls
     */
    public SynthflowEndpoints synthflowEndpoints(OkHttpClient http) {
        return SynthflowEndpoints.create(synthflowConfig(http));
    }

    /**
     * @param http the OkHttp client to derive from
     * @param requests the client-side budget per {@code window}
     * @param window the client-side window
     * @return an Aircall client for the simulator, pacing itself to that budget
     */
    public AircallClient aircallClient(OkHttpClient http, int requests, Duration window) {
        return AircallClient.create(aircallConfig(http, requests, window));
    }

    /**
     * @param http the OkHttp client to derive from
     * @param requests the client-side budget per {@code window}
     * @param window the client-side window
     * @return Aircall's endpoints on the simulator, pacing themselves to that budget, for code that
     *         calls them one by one as a hand-written script would
     */
    public AircallEndpoints aircallEndpoints(OkHttpClient http, int requests, Duration window) {
        return AircallEndpoints.create(aircallConfig(http, requests, window));
    }

    private SynthflowConfig synthflowConfig(OkHttpClient http) {
        return SimulatedVendors.synthflowConfig(synthflow).http(options -> options.okHttpClient(http)).build();
    }

    private AircallConfig aircallConfig(OkHttpClient http, int requests, Duration window) {
        return SimulatedVendors.aircallConfig(aircall).http(options -> options.okHttpClient(http))
                .rateLimit(requests, window).build();
    }

    /**
     * An engine over new clients and adapters, as a fresh process would build it (the Aircall number
     * directory starts empty), sharing {@code store} with earlier runs.
     *
     * @param http the OkHttp client to derive both vendor clients from
     * @param store ownership and confirmations, kept between runs like a state file
     * @param aircallRequests the Aircall client's budget per {@code aircallWindow}
     * @param aircallWindow the Aircall client's window
     * @return the engine
     */
    public IntegrationEngine engine(OkHttpClient http, StateStore store, int aircallRequests, Duration aircallWindow) {
        return engine(http, http, store, aircallRequests, aircallWindow);
    }

    /**
     * Like {@link #engine(OkHttpClient, StateStore, int, Duration)} with one OkHttp client per vendor,
     * e.g. to instrument each side separately.
     *
     * @param synthflowHttp the OkHttp client to derive the Synthflow client from
     * @param aircallHttp the OkHttp client to derive the Aircall client from
     * @param store ownership and confirmations
     * @param aircallRequests the Aircall client's budget per {@code aircallWindow}
     * @param aircallWindow the Aircall client's window
     * @return the engine
     */
    public IntegrationEngine engine(OkHttpClient synthflowHttp, OkHttpClient aircallHttp, StateStore store,
                                    int aircallRequests, Duration aircallWindow) {
        return IntegrationEngine.builder()
                .agentPlatform(SynthflowAgentPlatform.create(synthflowClient(synthflowHttp),
                        SimulatedVendors.grantedAssumptions(synthflow)))
                .contactCenter(AircallContactCenter.create(aircallClient(aircallHttp, aircallRequests, aircallWindow)))
                .stateStore(store)
                .build();
    }

    @Override
    public void close() {
        synthflow.close();
        aircall.close();
    }
}
