package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.finding.Finding;
import io.trunkline.core.finding.FindingCode;
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

/** Diagnose maps the plan's validation to findings: one bad configuration per finding. */
class DiagnosePlanTest {

    @Test
    void aGuidePlanWithoutOtherSourcesHasOnlyThePhoneNumberTransferCaveat() {
        Findings findings = Diagnose.plan(GuidePlans.ipAllowlist().build()).run();

        assertThat(findings.all()).singleElement().satisfies(caveat -> {
            assertThat(TelCaveat.is(caveat)).isTrue();
            assertThat(caveat.severity()).as("a caveat to confirm with a test call, not a fault")
                    .isEqualTo(Finding.Severity.INFO);
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

        Finding finding = Diagnose.plan(plan).run().find(FindingCode.DID_MISMATCH).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(finding.evidence()).contains("DID_MISMATCH at sipNumber.did").contains("+33199999999");
        assertThat(finding.likelyCause()).contains("Request-URI");
    }

    @Test
    void aTlsPortOnUdpIsAPortTransportMismatch() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .destination(SipDestination.builder().transport(Transport.UDP).port(32682)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                .build();

        Finding finding = Diagnose.plan(plan).run().find(FindingCode.PORT_TRANSPORT_MISMATCH).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(finding.evidence()).contains("port 32682 does not match transport UDP");
        assertThat(finding.fix()).contains("32681");
    }

    @Test
    void aColdTransferInThePlanIsReferTowardAircall() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .transferTargets(java.util.List.of(TransferTarget.team(678).viaLine(1234).mode(TransferMode.COLD).build()))
                .build();

        Finding finding = Diagnose.plan(plan).run().find(FindingCode.TRANSFER_USES_REFER).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(finding.evidence()).contains("transferTargets[0].mode");
        assertThat(finding.likelyCause()).contains("REFER");
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

        Findings findings = Diagnose.plan(plan).run();

        Finding finding = findings.find(FindingCode.BUSINESS_HOURS_AFTER_SIP).orElseThrow();
        assertThat(finding.evidence()).contains("smartflow.steps[1]");
        assertThat(finding.likelyCause()).contains("before the hours are checked");
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

        assertThat(Diagnose.plan(plan).run().codes()).contains(FindingCode.AI_HOURS_MISROUTED);
    }

    @Test
    void aForwardStepWithoutFallbackIsAMissingFallback() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).build())
                        .build())
                .build();

        Finding finding = Diagnose.plan(plan).run().find(FindingCode.FALLBACK_MISSING).orElseThrow();

        assertThat(finding.evidence()).contains("smartflow.steps[0].fallback");
        assertThat(finding.likelyCause()).contains("dropped");
    }

    @Test
    void otherRulesBecomePlanValidationFindingsWithTheirSeverity() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .sipNumber(SipNumber.builder().terminationUri("sip:sip.synthflow.ai").build())
                .smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                                .timeout(java.time.Duration.ofSeconds(20)).fallback(SmartflowStep.ringTeam(678)).build())
                        .build())
                .build();

        Findings findings = Diagnose.plan(plan).run();

        assertThat(findings.withCode(FindingCode.PLAN_VALIDATION))
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(f.evidence()).contains("TERMINATION_URI_LOOPS_TO_SYNTHFLOW");
                })
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                    assertThat(f.evidence()).contains("FORWARD_TIMEOUT_NOT_RECOMMENDED");
                });
        // errors come first
        assertThat(findings.all().get(0).severity()).isEqualTo(Finding.Severity.ERROR);
    }

    @Test
    void differingCredentialsAreReportedWithoutThePasswords() {
        IntegrationPlan plan = GuidePlans.credentialsAfterHours()
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com;transport=tls")
                        .credentials(SipAuth.credentials("aircall-trunk", Secret.of("other-pw-123")))
                        .registrationEnabled(true).build())
                .build();

        Findings findings = Diagnose.plan(plan).run();

        assertThat(findings.find(FindingCode.CREDENTIALS_MISMATCH)).isPresent();
        assertThat(findings.render()).doesNotContain(GuidePlans.SIP_PASSWORD).doesNotContain("other-pw-123");
    }
}
