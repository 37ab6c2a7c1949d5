package io.trunkline.diagnostics.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.exception.PlanValidationException;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.diagnostics.GuidePlans;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallSimulatorTest {

    /** Tuesday 14 January 2025. */
    private static final LocalDateTime TUESDAY_EVENING = LocalDateTime.of(2025, 1, 14, 20, 15);
    private static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2025, 1, 14, 10, 30);

    /** The guide's after-hours pattern: agents 9-18 on weekdays, the AI otherwise, voicemail as fallback. */
    private final IntegrationPlan afterHours = GuidePlans.credentialsAfterHours().build();
    private final CallSimulator afterHoursSimulator = CallSimulator.builder(afterHours)
            .lineNumber(5678, "+33 9 87 65 43 21").build();

    private static IntegrationPlan alwaysAi(SmartflowStep.Fallback fallback, TransferTarget... targets) {
        return GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).fallback(fallback).build())
                        .build())
                .transferTargets(List.of(targets))
                .build();
    }

    @Test
    void duringOpeningHoursTheTeamTakesTheCall() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_MORNING).build());

        assertThat(path.hops()).containsExactly("Business Hours: open (Tue 10:30 Europe/Paris)", "Ring team 678",
                "Team 678 answers");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.ROUTED_TO_TEAM);
    }

    @Test
    void afterHoursTheAiAnswersAndKeepsTheCall() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).build());

        assertThat(path.hops()).containsExactly("Business Hours: closed (Tue 20:15 Europe/Paris)",
                "Forward to External SIP 'Synthflow AI' (timeout 30 s)", "AI answers");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.HANDLED_BY_AI);
    }

    @Test
    void anInstantIsConvertedWithTheConditionsZoneIncludingSummerTime() {
        // 07:30 UTC is 09:30 in Paris in July (UTC+2): open; 19:15 UTC in January is 20:15 (UTC+1): closed
        assertThat(afterHoursSimulator.simulate(Scenario.at(Instant.parse("2025-07-15T07:30:00Z")).build()).hops())
                .first().isEqualTo("Business Hours: open (Tue 09:30 Europe/Paris)");
        assertThat(afterHoursSimulator.simulate(Scenario.at(Instant.parse("2025-01-14T19:15:00Z")).build()).hops())
                .first().isEqualTo("Business Hours: closed (Tue 20:15 Europe/Paris)");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2025-01-13T08:59, closed",
        "2025-01-13T09:00, open",
        "2025-01-13T17:59, open",
        "2025-01-13T18:00, closed",
        "2025-01-17T17:59:59, open",
        "2025-01-18T12:00, closed",
        "2025-01-19T12:00, closed"})
    void openingIncludesTheOpeningMinuteAndExcludesTheClosingMinute(LocalDateTime time, String expected) {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(time).build());

        assertThat(path.hops().get(0)).startsWith("Business Hours: " + expected + " (");
        assertThat(path.outcome()).isEqualTo(expected.equals("open") ? CallPath.Outcome.ROUTED_TO_TEAM : CallPath.Outcome.HANDLED_BY_AI);
    }

    @Test
    void aDayWithoutOpeningHoursIsClosedAllDay() {
        CallPath saturdayNoon = afterHoursSimulator.simulate(Scenario.at(LocalDateTime.of(2025, 1, 18, 12, 0)).build());

        assertThat(saturdayNoon.hops().get(0)).isEqualTo("Business Hours: closed (Sat 12:00 Europe/Paris)");
    }

    @Test
    void whenTheAiDoesNotAnswerTheFallbackTeamIsRung() {
        CallPath path = CallSimulator.of(alwaysAi(SmartflowStep.ringTeam(678)))
                .simulate(Scenario.anyTime().aiAnswers(false).build());

        assertThat(path.hops()).containsExactly("Forward to External SIP 'Synthflow AI' (timeout 30 s)",
                "AI does not answer within 30 s", "Fallback: ring team 678");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.FALLBACK_TEAM);
    }

    @Test
    void whenTheAiDoesNotAnswerTheFallbackUserOrVoicemailTakesTheCall() {
        assertThat(CallSimulator.of(alwaysAi(SmartflowStep.ringUser(456)))
                .simulate(Scenario.anyTime().aiAnswers(false).build()).outcome()).isEqualTo(CallPath.Outcome.FALLBACK_USER);

        CallPath voicemail = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).aiAnswers(false).build());
        assertThat(voicemail.hops()).endsWith("AI does not answer within 30 s", "Fallback: voicemail");
        assertThat(voicemail.outcome()).isEqualTo(CallPath.Outcome.VOICEMAIL);
    }

    @Test
    void theAiTransfersToALineByName() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING)
                .transferTo("Transfer to Aircall line 5678").build());

        assertThat(path.hops()).containsExactly("Business Hours: closed (Tue 20:15 Europe/Paris)",
                "Forward to External SIP 'Synthflow AI' (timeout 30 s)", "AI answers",
                "Warm transfer: new INVITE to +33987654321 via termination URI"
                        + " sip:aircall-pbx.example.com;transport=tls (Aircall line 5678)",
                "Aircall line 5678 answers");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.TRANSFERRED_TO_LINE);
    }

    @Test
    void theAiTransfersToAUserThroughTheLineThatRingsThem() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).transferTo(1).build());

        assertThat(path.hops()).endsWith("Aircall line 9012 rings user 456", "User 456 answers");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.TRANSFERRED_TO_USER);
    }

    @Test
    void theAiTransfersToATeamThroughTheLineThatRingsIt() {
        IntegrationPlan plan = alwaysAi(SmartflowStep.ringTeam(678),
                TransferTarget.team(678).viaLine(5678).mode(TransferMode.WARM_WITH_CONTEXT).build());

        CallPath path = CallSimulator.of(plan).simulate(Scenario.anyTime().transferTo(0).build());

        assertThat(path.hops()).containsExactly("Forward to External SIP 'Synthflow AI' (timeout 30 s)", "AI answers",
                "Warm transfer with context summary: new INVITE to Aircall line 5678 via termination URI"
                        + " sip:aircall-pbx.example.com",
                "Aircall line 5678 rings team 678", "Team 678 answers");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.TRANSFERRED_TO_TEAM);
    }

    @Test
    void anUnansweredTransferLeavesTheCallWithTheAi() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).transferTo(1).targetAnswers(false).build());

        assertThat(path.hops()).last().isEqualTo("User 456 does not answer within 30 s: the call stays with the AI");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.TRANSFER_UNANSWERED);
    }

    @Test
    void theAiNeverTransfersACallItDidNotAnswer() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).aiAnswers(false).transferTo(0).build());

        assertThat(path.hops()).noneMatch(hop -> hop.contains("transfer"));
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.VOICEMAIL);
    }

    /** Paris hours outside, then a Saturday-morning desk in London; the AI answers whenever both are closed. */
    private static IntegrationPlan nested() {
        return GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenOpen(SmartflowStep.ringTeam(678))
                                .whenClosed(SmartflowStep.businessHours("Europe/London")
                                        .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
                                        .whenOpen(SmartflowStep.ringUser(456))
                                        .whenClosed(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                                .fallback(SmartflowStep.voicemail()).build())
                                        .build())
                                .build())
                        .build())
                .build();
    }

    @Test
    void nestedConditionsEachUseTheirOwnZoneForTheSameMoment() {
        CallSimulator simulator = CallSimulator.of(nested());

        // Saturday 11:30 in Paris is 10:30 in London: the Saturday desk is open
        CallPath desk = simulator.simulate(Scenario.at(LocalDateTime.of(2025, 1, 18, 11, 30)).build());
        assertThat(desk.hops()).containsExactly("Business Hours: closed (Sat 11:30 Europe/Paris)",
                "Business Hours: open (Sat 10:30 Europe/London)", "Ring user 456", "User 456 answers");
        assertThat(desk.outcome()).isEqualTo(CallPath.Outcome.ROUTED_TO_USER);

        // Saturday 10:30 in Paris is 09:30 in London: both closed, the AI answers
        CallPath ai = simulator.simulate(Scenario.at(LocalDateTime.of(2025, 1, 18, 10, 30)).build());
        assertThat(ai.hops()).startsWith("Business Hours: closed (Sat 10:30 Europe/Paris)",
                "Business Hours: closed (Sat 09:30 Europe/London)");
        assertThat(ai.outcome()).isEqualTo(CallPath.Outcome.HANDLED_BY_AI);
    }

    @Test
    void aRingStepNobodyAnswersMovesOnToTheNextStep() {
        IntegrationPlan overflow = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.ringTeam(678))
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.voicemail()).build())
                        .build())
                .build();

        CallPath path = CallSimulator.of(overflow).simulate(Scenario.anyTime().agentsAnswer(false).build());

        assertThat(path.hops()).containsExactly("Ring team 678", "Team 678 does not answer",
                "Forward to External SIP 'Synthflow AI' (timeout 30 s)", "AI answers");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.HANDLED_BY_AI);
    }

    @Test
    void anEmptyBranchHasNoRoute() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenClosed(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                        .fallback(SmartflowStep.voicemail()).build())
                                .build())
                        .build())
                .build();

        CallPath path = CallSimulator.of(plan).simulate(Scenario.at(TUESDAY_MORNING).build());

        assertThat(path.hops()).containsExactly("Business Hours: open (Tue 10:30 Europe/Paris)",
                "No step left: the call ends unanswered");
        assertThat(path.outcome()).isEqualTo(CallPath.Outcome.NO_ROUTE);
    }

    @Test
    void refusesAnInvalidPlanListingItsErrors() {
        IntegrationPlan invalid = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder().addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).build()).build())
                .build();

        assertThatThrownBy(() -> CallSimulator.of(invalid))
                .isInstanceOf(PlanValidationException.class)
                .hasMessageContaining("FORWARD_FALLBACK_MISSING at smartflow.steps[0].fallback");
    }

    @Test
    void refusesATransferTargetThePlanDoesNotHave() {
        assertThatThrownBy(() -> afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).transferTo("Sales").build()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'Sales'").hasMessageContaining("'Transfer to Aircall line 5678'");
        assertThatThrownBy(() -> afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).transferTo(2).build()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("target #2").hasMessageContaining("from 0 to 1");
    }

    @Test
    void refusesAScenarioWithoutTimeWhenTheFlowChecksHours() {
        assertThatThrownBy(() -> afterHoursSimulator.simulate(Scenario.anyTime().build()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("Scenario.at(");
    }

    @Test
    void rendersThePathAsNumberedHopsAndTheOutcome() {
        CallPath path = afterHoursSimulator.simulate(Scenario.at(TUESDAY_EVENING).build());

        assertThat(path.render()).isEqualTo("""
                1. Business Hours: closed (Tue 20:15 Europe/Paris)
                2. Forward to External SIP 'Synthflow AI' (timeout 30 s)
                3. AI answers
                => HANDLED_BY_AI""");
        assertThat(path.toString()).isEqualTo("Business Hours: closed (Tue 20:15 Europe/Paris) → Forward to External"
                + " SIP 'Synthflow AI' (timeout 30 s) → AI answers => HANDLED_BY_AI");
    }
}
