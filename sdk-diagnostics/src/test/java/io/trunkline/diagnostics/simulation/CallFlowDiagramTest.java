package io.trunkline.diagnostics.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.PlanValidationException;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.diagnostics.GuidePlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CallFlowDiagramTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = CallFlowDiagramTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGuidesAfterHoursPlanRendersAsPinned() throws IOException {
        String diagram = CallFlowDiagram.mermaid(GuidePlans.credentialsAfterHours().build());

        assertThat(diagram).isEqualTo(resource("/simulation/after-hours.mmd"));
    }

    @Test
    void theOutputIsDeterministic() {
        IntegrationPlan plan = GuidePlans.credentialsAfterHours().build();

        assertThat(CallFlowDiagram.mermaid(plan)).isEqualTo(CallFlowDiagram.mermaid(plan.toBuilder().build()));
    }

    @Test
    void anAlwaysOnFlowDrawsTheForwardItsFallbackAndATeamReachedThroughALine() {
        assertThat(CallFlowDiagram.mermaid(GuidePlans.ipAllowlist().build())).isEqualTo("""
                flowchart TD
                    call(["Call to +33123456789"])
                    step0["Forward to External SIP 'Synthflow AI'<br/>sip.synthflow.ai:32681 (UDP)<br/>timeout 30 s"]
                    step0_fallback["Ring team 678"]
                    ai(["Synthflow assistant 1726559381711x108708587477942990"])
                    transfer0_line["Aircall line 5678"]
                    transfer0["Team 678"]
                    call --> step0
                    step0 -->|AI answers| ai
                    step0 -->|no answer after 30 s| step0_fallback
                    ai -->|warm transfer via new INVITE| transfer0_line
                    transfer0_line -->|rings| transfer0
                """);
    }

    @Test
    void ringStepsChainOnNoAnswerAndEmptyBranchesEndWithoutRoute() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                                .weekdays(LocalTime.of(14, 0), LocalTime.of(18, 0))
                                .open(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                                .whenClosed(SmartflowStep.ringUser(456),
                                        SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                                .fallback(SmartflowStep.voicemail()).build())
                                .build())
                        .build())
                .build();

        String diagram = CallFlowDiagram.mermaid(plan);

        assertThat(diagram)
                .contains("step0{\"Business Hours Europe/Paris<br/>Mon-Sat 09:00-12:00<br/>Mon-Fri 14:00-18:00\"}")
                .contains("step0_open_end([\"No route\"])")
                .contains("step0 -->|open| step0_open_end")
                .contains("step0 -->|closed| step0_closed0")
                .contains("step0_closed0 -->|no answer| step0_closed1")
                .contains("step0_closed1 -->|AI answers| ai");
    }

    @Test
    void userTextCannotBreakOutOfALabel() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .destination(SipDestination.builder().name("AI \"night\" <desk>").auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip("AI \"night\" <desk>").fallback(SmartflowStep.ringTeam(678)).build())
                        .build())
                .build();

        assertThat(CallFlowDiagram.mermaid(plan))
                .contains("step0[\"Forward to External SIP 'AI #quot;night#quot; #lt;desk#gt;'<br/>");
    }

    @Test
    void refusesAnInvalidPlan() {
        IntegrationPlan invalid = GuidePlans.ipAllowlist().did((String) null).build();

        assertThatThrownBy(() -> CallFlowDiagram.mermaid(invalid)).isInstanceOf(PlanValidationException.class)
                .hasMessageContaining("DID_MISSING");
    }
}
