package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.simulation.CallPath;
import io.trunkline.diagnostics.simulation.CallSimulator;
import io.trunkline.diagnostics.simulation.Scenario;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SimulatedFault;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How an application's own test suite uses the testkit: both vendors simulated in-process, the real
 * Trunkline clients pointed at them, faults injected, and routing asserted without a phone call.
 */
@io.trunkline.testkit.TrunklineSimulators
class IntegrationHarnessExampleTest {

    private static final String DID = "+33123456789";

    private final IntegrationPlan plan = SamplePlans.afterHours(DID, SamplePlans.ASSISTANT_ID, "2.0",
            "sip:aircall-trunk.example.com", Transport.UDP, SamplePlans.SUPPORT_TEAM, 5678);
    private IntegrationEngine engine;

    @BeforeEach
    void seedTheAccountsAndConnect(SynthflowSimulator synthflow, AircallSimulator aircall) {
        synthflow.addAssistant(SynthflowAssistant.builder("Receptionist", "inbound").modelId(SamplePlans.ASSISTANT_ID).build());
        AircallUser jane = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com").build());
        aircall.addTeam(AircallTeam.builder("Support L1").id(SamplePlans.SUPPORT_TEAM).addUserId(jane.id()).build());
        aircall.addNumber(AircallNumber.builder(DID).id(SamplePlans.LINE_ID).flowEditorEnabled(true).build());
        aircall.addNumber(AircallNumber.builder("+33198765432").id(5678).flowEditorEnabled(true).build());
        engine = SimulatedVendors.engine(synthflow, aircall).stateStore(StateStore.inMemory()).build();
    }

    @Test
    void provisioningImportsTheDidAndAttachesItToTheAssistant(SynthflowSimulator synthflow) {
        engine.converge(plan, ApplyListener.NONE, step -> true);

        assertThat(synthflow.number(DID)).isPresent();
        assertThat(synthflow.assistant(SamplePlans.ASSISTANT_ID).orElseThrow().phoneNumber()).contains(DID);
        assertThat(engine.plan(plan).hasChanges()).as("a second run has nothing to do").isFalse();
    }

    @Test
    void verificationPassesEverythingAnApiShowsAndLeavesRegistrationToATestCall() {
        engine.converge(plan, ApplyListener.NONE, step -> true);

        VerificationReport report = engine.verify(plan, VerifyOptions.defaults());
        assertThat(report.readyForTestCall()).as(report.toString()).isTrue();
        assertThat(report.notVerifiable()).extracting(VerificationReport.Check::name).containsExactly("registration");
    }

    @Test
    void aLostAnswerDuringTheImportIsResumedWithoutADuplicate(SynthflowSimulator synthflow) {
        synthflow.faults().next(1, "POST", "/v2/custom-numbers", SimulatedFault.crashAfterCommit());

        assertThatThrownBy(() -> engine.converge(plan, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(ApplyFailedException.class);
        engine.converge(plan, ApplyListener.NONE, ManualStepConfirmer.NONE);

        assertThat(synthflow.numbers()).hasSize(1);
        assertThat(synthflow.requests("POST", "/v2/custom-numbers")).hasSize(1);
    }

    @Test
    void afterHoursCallsReachTheAiAndItsTransferReachesTheSupportLine() {
        CallSimulator calls = CallSimulator.builder(plan).lineNumber(5678, "+33 1 98 76 54 32").build();

        assertThat(calls.simulate(Scenario.at(LocalDateTime.of(2025, 1, 14, 20, 15)).build()).outcome())
                .isEqualTo(CallPath.Outcome.HANDLED_BY_AI);
        assertThat(calls.simulate(Scenario.at(LocalDateTime.of(2025, 1, 14, 20, 15)).transferTo(0).build()).outcome())
                .isEqualTo(CallPath.Outcome.TRANSFERRED_TO_TEAM);
        assertThat(calls.simulate(Scenario.at(LocalDateTime.of(2025, 1, 14, 10, 0)).build()).outcome())
                .as("during opening hours the team answers").isEqualTo(CallPath.Outcome.ROUTED_TO_TEAM);
        assertThat(PhoneNumber.parse(plan.did()).e164()).isEqualTo(DID);
    }
}
