package io.trunkline.modulepathcheck;

import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.Transport;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SimulatorClock;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;

/**
 * Plans, applies and verifies an integration against the testkit's simulators, as QuickStart does,
 * but from a named module: every vendor call goes through Retrofit's proxies and Jackson's binding
 * inside Trunkline's modules, so a package missing from a descriptor fails here.
 */
public final class ModulePathSmoke {

    static final String DID = "+33 1 23 45 67 89";
    static final long FALLBACK_TEAM = 678;
    static final String ASSISTANT_ID = "1726559381711x108708587477942990";

    private ModulePathSmoke() {
    }

    /** @param args none */
    public static void main(String[] args) {
        System.out.println("running in module " + ModulePathSmoke.class.getModule().getName());
        SimulatorClock clock = SimulatorClock.create();
        try (SynthflowSimulator synthflow = SynthflowSimulator.builder().clock(clock).build();
             AircallSimulator aircall = AircallSimulator.builder().clock(clock).build();
             SynthflowAgentPlatform platform = SimulatedVendors.agentPlatform(synthflow);
             AircallClient aircallClient = AircallClient.create(SimulatedVendors.aircallConfig(aircall).build())) {
            synthflow.addAssistant(SynthflowAssistant.builder("Receptionist", "inbound")
                    .modelId(ASSISTANT_ID).voiceEngineVersion("2.0").build());
            AircallUser agent = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com").build());
            aircall.addTeam(AircallTeam.builder("Support L1").id(FALLBACK_TEAM).addUserId(agent.id()).build());
            aircall.addNumber(AircallNumber.builder(PhoneNumber.parse(DID).e164()).id(1234).name("Paris support")
                    .timeZone("Europe/Paris").flowEditorEnabled(true).build());
            IntegrationEngine engine = IntegrationEngine.builder().agentPlatform(platform)
                    .contactCenter(AircallContactCenter.create(aircallClient))
                    .clock(clock).sleeper(SimulatedVendors.sleeperFor(clock)).build();
            run(engine, plan());
        }
    }

    private static void run(IntegrationEngine engine, IntegrationPlan plan) {
        ChangePlan changes = engine.plan(plan);
        System.out.print(changes.render(PlanFormat.TEXT));
        ApplyResult applied = engine.apply(changes, ApplyListener.NONE);
        System.out.println("applied: " + applied.succeededCount());
        VerificationReport verification = engine.verify(plan, VerifyOptions.defaults());
        System.out.println(verification);
    }

    private static IntegrationPlan plan() {
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().transport(Transport.UDP)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(FALLBACK_TEAM)).build())
                        .build())
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-trunk.example.com").build())
                .assistant(AssistantRef.of(ASSISTANT_ID, "2.0"))
                .build();
    }
}
