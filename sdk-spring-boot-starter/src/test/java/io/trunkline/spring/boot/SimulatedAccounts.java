package io.trunkline.spring.boot;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import java.util.ArrayList;
import java.util.List;

/** Properties pointing the starter at the testkit simulators, and an account seeded for one plan. */
final class SimulatedAccounts {

    static final String DID = "+33123456789";
    static final String ASSISTANT_ID = "1726559381711x108708587477942990";
    static final long TEAM_ID = 678;

    private SimulatedAccounts() {
    }

    /** Credentials and base URLs of both simulators, an in-memory state store, and {@code extra}. */
    static String[] properties(SynthflowSimulator synthflow, AircallSimulator aircall, String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "trunkline.synthflow.api-key=" + synthflow.apiKey().reveal(),
                "trunkline.synthflow.workspace-id=" + synthflow.workspaceId(),
                "trunkline.synthflow.base-url=" + synthflow.baseUrl(),
                "trunkline.aircall.api-id=" + aircall.apiId(),
                "trunkline.aircall.api-token=" + aircall.apiToken().reveal(),
                "trunkline.aircall.base-url=" + aircall.baseUrl(),
                "trunkline.state.type=memory"));
        properties.addAll(List.of(extra));
        return properties.toArray(String[]::new);
    }

    /** Seeds the line, team and assistant the plan needs, and returns the plan. */
    static IntegrationPlan seededPlan(SynthflowSimulator synthflow, AircallSimulator aircall) {
        synthflow.addAssistant(SynthflowAssistant.builder("Receptionist", "inbound").modelId(ASSISTANT_ID).build());
        aircall.addTeam(AircallTeam.builder("Support L1").id(TEAM_ID).build());
        aircall.addNumber(AircallNumber.builder(DID).id(1234).flowEditorEnabled(true).build());
        return IntegrationPlan.builder()
                .did(DID)
                .destination(SipDestination.builder().auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(TEAM_ID)).build())
                        .build())
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-trunk.example.com").build())
                .assistant(AssistantRef.of(ASSISTANT_ID, "2.0"))
                .build();
    }
}
