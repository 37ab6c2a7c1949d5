package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.GuidePlans;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Diagnose reports the plan's validation diagnostics: one bad configuration per diagnostic. */
class DiagnosePlanTest {

    @Test
    void aGuidePlanWithoutOtherSourcesHasOnlyThePhoneNumberTransferCaveat() {
        Diagnose.Findings findings = Diagnose.plan(GuidePlans.ipAllowlist().build()).run();

        assertThat(findings.all()).singleElement().satisfies(caveat -> {
            assertThat(TelCaveat.is(caveat)).isTrue();
            assertThat(caveat.severity()).as("a caveat to confirm with a test call, not a fault")
                    .isEqualTo(Severity.INFO);
            assertThat(caveat.fix()).contains("viaSipUri");
        });
        assertThat(findings.healthy()).isTrue();
        assertThat(TelCaveat.apart(findings).render()).isEqualTo("No findings.");
    }

    @Test
    void aSipNumberWithAnotherDidIsADidMismatch() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .sipNumber(SipNumber.builder().did("+33 1 99 99 99 99").terminationUri("sip:aircall-pbx.example.com").build())
                .build();

        Diagnostic finding = Diagnose.plan(plan).run().find(DiagnosticCode.DID_MISMATCH).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.subject()).isEqualTo("sipNumber.did");
        assertThat(finding.message()).contains("+33199999999");
        assertThat(finding.cause()).contains("Request-URI");
    }

    @Test
    void aTlsPortOnUdpIsAPortTransportMismatch() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .destination(SipDestination.builder().transport(Transport.UDP).port(32682)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .build();

        Diagnostic finding = Diagnose.plan(plan).run().find(DiagnosticCode.PORT_TRANSPORT_MISMATCH).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("port 32682 does not match transport UDP");
        assertThat(finding.fix()).contains("32681");
    }

    @Test
    void aColdTransferInThePlanIsReferTowardAircall() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .transferTargets(java.util.List.of(TransferTarget.team(678).viaLine(1234).mode(TransferMode.COLD).build()))
                .build();

        Diagnostic finding = Diagnose.plan(plan).run().find(DiagnosticCode.TRANSFER_REFER_UNSUPPORTED).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.subject()).isEqualTo("transferTargets[0].mode");
        assertThat(finding.cause()).contains("REFER");
        assertThat(finding.fix()).contains("WARM");
    }

    @Test
    void aBusinessHoursConditionAfterTheSipStepIsReported() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .fallback(SmartflowStep.ringTeam(678)).build())
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenOpen(SmartflowStep.ringTeam(678))
                                .whenClosed(SmartflowStep.voicemail())
                                .build())
                        .build())
                .build();

        Diagnose.Findings findings = Diagnose.plan(plan).run();

        Diagnostic finding = findings.find(DiagnosticCode.BUSINESS_HOURS_AFTER_SIP).orElseThrow();
        assertThat(finding.subject()).isEqualTo("smartflow.steps[1]");
        assertThat(finding.cause()).contains("every call goes to the AI first");
        assertThat(finding.fix()).contains("before the forward step");
    }

    @Test
    void theAiOnTheOpenBranchOfAnAfterHoursFlowIsMisrouted() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .aiHours(Smartflow.AiHours.OUTSIDE_BUSINESS_HOURS)
                        .addStep(SmartflowStep.businessHours("Europe/Paris")
                                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenOpen(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                        .fallback(SmartflowStep.ringTeam(678)).build())
                                .whenClosed(SmartflowStep.voicemail())
                                .build())
                        .build())
                .build();

        assertThat(Diagnose.plan(plan).run().codes()).contains(DiagnosticCode.AI_ON_WRONG_BRANCH);
    }

    @Test
    void aForwardStepWithoutFallbackIsAMissingFallback() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).build())
                        .build())
                .build();

        Diagnostic finding = Diagnose.plan(plan).run().find(DiagnosticCode.FORWARD_FALLBACK_MISSING).orElseThrow();

        assertThat(finding.subject()).isEqualTo("smartflow.steps[0].fallback");
        assertThat(finding.cause()).contains("dropped");
    }

    @Test
    void everyRuleKeepsItsCodeSeverityAndTextsFromValidation() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .sipNumber(SipNumber.builder().terminationUri("sip:sip.synthflow.ai").build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .timeout(java.time.Duration.ofSeconds(20)).fallback(SmartflowStep.ringTeam(678)).build())
                        .build())
                .build();

        Diagnose.Findings findings = Diagnose.plan(plan).run();

        assertThat(findings.find(DiagnosticCode.TERMINATION_URI_LOOPS_TO_SYNTHFLOW).orElseThrow().severity())
                .isEqualTo(Severity.ERROR);
        assertThat(findings.find(DiagnosticCode.FORWARD_TIMEOUT_NOT_RECOMMENDED).orElseThrow().severity())
                .isEqualTo(Severity.WARNING);
        // the same diagnostics validate() returns: one shape, each message written once
        assertThat(TelCaveat.apart(findings).all()).containsExactlyInAnyOrderElementsOf(
                plan.validate().diagnostics().stream().filter(d -> !TelCaveat.is(d)).toList());
        // errors come first
        assertThat(findings.all().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void differingCredentialsAreReportedWithoutThePasswords() {
        IntegrationPlan plan = GuidePlans.credentialsAfterHours()
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com;transport=tls")
                        .credentials(SipAuth.credentials("aircall-trunk", Secret.of("other-pw-123")))
                        .registrationEnabled(true).build())
                .build();

        Diagnose.Findings findings = Diagnose.plan(plan).run();

        assertThat(findings.find(DiagnosticCode.CREDENTIALS_MISMATCH)).isPresent();
        assertThat(findings.render()).doesNotContain(GuidePlans.SIP_PASSWORD).doesNotContain("other-pw-123");
    }
}
