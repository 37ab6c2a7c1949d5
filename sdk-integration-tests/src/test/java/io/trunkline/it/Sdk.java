package io.trunkline.it;

import io.trunkline.http.HttpOptions;
import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.time.Sleeper;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;
import io.trunkline.testkit.SimulatedVendors;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One SDK instance as a user would wire it: a Synthflow client and an Aircall client, their
 * adapters, and an engine — all on the simulators' clock and a sleeper that does not block.
 */
final class Sdk {

    final SynthflowConfig synthflowConfig;
    final AircallConfig aircallConfig;
    final SynthflowClient synthflowClient;
    final AircallClient aircallClient;
    final SynthflowAgentPlatform platform;
    final AircallContactCenter contactCenter;
    final IntegrationEngine engine;

    private Sdk(Options o) {
        HttpOptions http = HttpOptions.builder()
                .readTimeout(o.readTimeout)
                .callTimeout(o.readTimeout.multipliedBy(4))
                .clock(o.clock)
                .sleeper(o.sleeper)
                .jitterSeed(42)
                .build();
        this.synthflowConfig = SynthflowConfig.builder()
                .apiKey(o.synthflowKey)
                .workspaceId(Vendors.WORKSPACE)
                .baseUrl(o.synthflowUrl)
                .http(http)
                .build();
        AircallConfig.Builder aircall = AircallConfig.builder()
                .baseUrl(o.aircallUrl)
                .rateLimit(o.aircallBudget, o.aircallWindow)
                .http(http);
        if (o.bearer) {
            aircall.accessToken(Secrets.aircallBearer());
        } else {
            aircall.apiId(Secret.of(Secrets.AIRCALL_API_ID)).apiToken(o.aircallToken);
        }
        this.aircallConfig = aircall.build();
        this.synthflowClient = SynthflowClient.create(synthflowConfig);
        this.aircallClient = AircallClient.create(aircallConfig);
        // Under the ledger's profile the simulator echoes a LIVE_TRANSFER's settings, as a workspace whose
        // preflight confirmed SF-LIVE-TRANSFER-READBACK does; documented-only, nothing is read back.
        this.platform = SynthflowAgentPlatform.create(synthflowClient, o.granted);
        this.contactCenter = AircallContactCenter.create(aircallClient);
        this.engine = IntegrationEngine.builder()
                .agentPlatform(platform)
                .contactCenter(contactCenter)
                .stateStore(o.store)
                .clock(o.clock)
                .sleeper(o.sleeper)
                .build();
    }

    static Options against(Vendors vendors) {
        return new Options(vendors);
    }

    /** What differs between the SDK instances of the tests. */
    static final class Options {
        private String synthflowUrl;
        private String aircallUrl;
        private Clock clock;
        private Sleeper sleeper;
        private StateStore store = StateStore.inMemory();
        private Duration readTimeout = Duration.ofSeconds(5);
        private int aircallBudget = AircallConfig.DEFAULT_RATE_LIMIT_REQUESTS;
        private Duration aircallWindow = AircallConfig.DEFAULT_RATE_LIMIT_WINDOW;
        private boolean bearer;
        private Secret synthflowKey = Secrets.synthflowApiKey();
        private Secret aircallToken = Secrets.aircallApiToken();

        private final List<AssumptionVerdict> granted;

        private Options(Vendors vendors) {
            this.granted = SimulatedVendors.grantedAssumptions(vendors.synthflow);
            this.synthflowUrl = vendors.synthflow.baseUrl();
            this.aircallUrl = vendors.aircall.baseUrl();
            this.clock = vendors.clock;
            this.sleeper = new ClockSleeper(vendors.clock);
        }

        Options synthflowUrl(String url) {
            this.synthflowUrl = url;
            return this;
        }

        Options aircallUrl(String url) {
            this.aircallUrl = url;
            return this;
        }

        Options sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        Options store(StateStore store) {
            this.store = store;
            return this;
        }

        Options readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        Options aircallRateLimit(int budget, Duration window) {
            this.aircallBudget = budget;
            this.aircallWindow = window;
            return this;
        }

        Options synthflowKey(Secret key) {
            this.synthflowKey = key;
            return this;
        }

        Options aircallToken(Secret token) {
            this.aircallToken = token;
            return this;
        }

        Options bearer() {
            this.bearer = true;
            return this;
        }

        Sdk build() {
            return new Sdk(this);
        }
    }
}
