package io.trunkline.examples;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.time.Sleeper;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowConfig;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SimulatorClock;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.VendorProfile;
import java.time.Clock;
import java.time.Duration;

/**
 * The vendors QuickStart talks to: both embedded simulators (the default, seeded like a small
 * contact center), or the real APIs when credentials are in the environment.
 */
final class DemoVendors implements AutoCloseable {

    static final String SECOND_LINE_DID = "+33 1 98 76 54 32";
    static final long SECOND_LINE_ID = 5678;

    final AgentPlatform platform;
    final ContactCenter contactCenter;
    final Clock clock;
    final Sleeper sleeper;
    final SynthflowSimulator synthflowSimulator;
    final AircallSimulator aircallSimulator;
    private final SynthflowAgentPlatform synthflowPlatform;
    private final AircallClient aircallClient;

    private DemoVendors(SynthflowAgentPlatform platform, AircallClient aircall, Clock clock, Sleeper sleeper,
                        SynthflowSimulator synthflowSimulator, AircallSimulator aircallSimulator) {
        this.synthflowPlatform = platform;
        this.aircallClient = aircall;
        this.platform = platform;
        this.contactCenter = AircallContactCenter.create(aircall);
        this.clock = clock;
        this.sleeper = sleeper;
        this.synthflowSimulator = synthflowSimulator;
        this.aircallSimulator = aircallSimulator;
    }

    boolean simulated() {
        return synthflowSimulator != null;
    }

    /**
     * Starts both simulators on a simulated clock: waits (retries, rate limits, and under the ledger's
     * profile a 90 s lag before Synthflow shows the attachment) advance that clock instead of blocking,
     * so the demo runs in about a second.
     */
    static DemoVendors simulators(VendorProfile profile) {
        SimulatorClock clock = SimulatorClock.create();
        Sleeper sleeper = SimulatedVendors.sleeperFor(clock);
        SynthflowSimulator synthflow = SynthflowSimulator.builder().clock(clock).profile(profile)
                .registrationDelay(profile.documentedOnly() ? Duration.ZERO : Duration.ofSeconds(90)).build();
        synthflow.addAssistant(SynthflowAssistant.builder("Paris after-hours receptionist", "inbound")
                .modelId(SamplePlans.ASSISTANT_ID).voiceEngineVersion("2.0").build());
        AircallSimulator aircall = AircallSimulator.builder().clock(clock).profile(profile).build();
        AircallUser jane = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com").build());
        aircall.addTeam(AircallTeam.builder("Support L1").id(SamplePlans.SUPPORT_TEAM).addUserId(jane.id()).build());
        aircall.addNumber(AircallNumber.builder(PhoneNumber.parse(SamplePlans.DID).e164()).id(SamplePlans.LINE_ID).name("Paris support")
                .timeZone("Europe/Paris").flowEditorEnabled(true).build());
        aircall.addNumber(AircallNumber.builder(PhoneNumber.parse(SECOND_LINE_DID).e164()).id(SECOND_LINE_ID).name("Support escalation")
                .timeZone("Europe/Paris").flowEditorEnabled(true).build());
        return new DemoVendors(SimulatedVendors.agentPlatform(synthflow),
                AircallClient.create(SimulatedVendors.aircallConfig(aircall).build()), clock, sleeper, synthflow, aircall);
    }

    /** Connects to the real vendors (or whatever the *_BASE_URL variables point at). */
    static DemoVendors real(QuickStartOptions options) {
        SynthflowConfig.Builder synthflow = SynthflowConfig.builder()
                .apiKey(Secret.of(options.env("SYNTHFLOW_API_KEY"))).workspaceId(options.env("SYNTHFLOW_WORKSPACE_ID"));
        options.optionalEnv("SYNTHFLOW_BASE_URL").ifPresent(synthflow::baseUrl);
        AircallConfig.Builder aircall = AircallConfig.builder()
                .apiId(Secret.of(options.env("AIRCALL_API_ID"))).apiToken(Secret.of(options.env("AIRCALL_API_TOKEN")));
        options.optionalEnv("AIRCALL_BASE_URL").ifPresent(aircall::baseUrl);
        return new DemoVendors(SynthflowAgentPlatform.create(synthflow.build()), AircallClient.create(aircall.build()),
                Clock.systemUTC(), Sleeper.system(), null, null);
    }

    /** Closes the clients (their HTTP threads and connections), then the simulators, if any. */
    @Override
    public void close() {
        synthflowPlatform.close();
        aircallClient.close();
        if (synthflowSimulator != null) {
            synthflowSimulator.close();
            aircallSimulator.close();
        }
    }
}
