package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.diagnostics.GuidePlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnose compares what the vendors report with the plan: one broken live value per test. */
class DiagnoseLiveStateTest {

    private final IntegrationPlan plan = GuidePlans.ipAllowlist().build();

    private Diagnose.Findings diagnose(LiveState live) {
        return TelCaveat.apart(Diagnose.plan(plan).liveState(live).run());
    }

    @Test
    void aHealthyLiveStateHasNoFindings() {
        assertThat(diagnose(LiveStates.healthy().build()).all()).isEmpty();
    }

    @Test
    void aSipNumberStateWithAnotherDidIsADidMismatchNamingEverySide() {
        PhoneNumber other = PhoneNumber.parse("+33199999999");
        LiveState live = LiveStates.healthy().sipNumber(LiveStates.sipNumber(other, "sip:aircall-pbx.example.com")).build();

        Diagnostic finding = diagnose(live).find(DiagnosticCode.DID_MISMATCH).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("the DIDs differ: plan +33123456789, Aircall line 4321 +33123456789,"
                + " Synthflow SIP number +33199999999");
        assertThat(finding.fix()).contains("E.164");
    }

    @Test
    void aLineWithAnotherDidIsADidMismatch() {
        LiveState live = LiveStates.healthy()
                .line(new ContactCenter.LineState(4321, "Paris support", PhoneNumber.parse("+33100000000"), true, "Europe/Paris"))
                .build();

        assertThat(diagnose(live).find(DiagnosticCode.DID_MISMATCH).orElseThrow().message())
                .contains("Aircall line 4321 +33100000000");
    }

    @Test
    void aMissingLineAndALineOutsideSmartflowsAreReported() {
        assertThat(diagnose(LiveStates.healthy().lineNotFound().build()).codes()).containsExactly(DiagnosticCode.LINE_NOT_FOUND);

        LiveState classic = LiveStates.healthy()
                .line(new ContactCenter.LineState(4321, "Paris support", LiveStates.DID, false, "Europe/Paris")).build();
        assertThat(diagnose(classic).find(DiagnosticCode.LINE_NOT_ON_SMARTFLOWS).orElseThrow().fix()).contains("Smartflows");
    }

    @Test
    void aMissingSipNumberIsReported() {
        Diagnose.Findings findings = diagnose(LiveStates.healthy().sipNumberNotFound().build());

        assertThat(findings.find(DiagnosticCode.SIP_NUMBER_NOT_FOUND).orElseThrow().message()).contains("+33123456789");
    }

    @Test
    void aNumberAttachedToAnotherAssistantIsNotAttached() {
        AgentPlatform.SipNumberState number = new AgentPlatform.SipNumberState(LiveStates.DID, null, "sip:aircall-pbx.example.com", null, null,
                false, null, List.of("other-assistant"));

        Diagnostic finding = diagnose(LiveStates.healthy().sipNumber(number).build())
                .find(DiagnosticCode.NUMBER_NOT_ATTACHED).orElseThrow();

        assertThat(finding.message()).contains("[other-assistant]");
        assertThat(finding.fix()).contains("1-2 minutes");
    }

    @Test
    void anAssistantAnsweringAnotherNumberIsNotAttached() {
        AgentPlatform.AssistantState assistant = new AgentPlatform.AssistantState(GuidePlans.ASSISTANT_ID, "Receptionist", true,
                PhoneNumber.parse("+33100000000"), "2.0", List.of("act-1"));

        assertThat(diagnose(LiveStates.healthy().assistant(assistant).build()).find(DiagnosticCode.NUMBER_NOT_ATTACHED)
                .orElseThrow().message()).contains("answers +33100000000 instead of +33123456789");
    }

    @Test
    void pendingRegistrationPointsAtCredentialsTerminationUriAndEngine() {
        LiveState live = LiveStates.healthy().registration(AgentPlatform.RegistrationStatus.pending("trunk provisioning")).build();

        Diagnostic finding = diagnose(live).find(DiagnosticCode.REGISTRATION_PENDING).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("SIP registration is PENDING: 'trunk provisioning'");
        assertThat(finding.cause()).contains("1-2 minutes").contains("credentials")
                .contains("termination URI 'sip:aircall-pbx.example.com'").contains("engine");
        assertThat(finding.fix()).startsWith("wait 2 minutes");
    }

    @Test
    void failedRegistrationWithAnOldEngineBlamesTheEngine() {
        LiveState live = LiveStates.healthy()
                .assistant(LiveStates.assistant("1.4"))
                .registration(AgentPlatform.RegistrationStatus.failed("401 Unauthorized on REGISTER"))
                .build();

        Diagnostic finding = diagnose(live).find(DiagnosticCode.REGISTRATION_FAILED).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("FAILED").contains("401 Unauthorized on REGISTER");
        assertThat(finding.cause()).contains("engine v1.4, older than the required v2.0");
    }

    @Test
    void failedRegistrationWithADriftedTerminationUriBlamesTheUri() {
        LiveState live = LiveStates.healthy()
                .sipNumber(LiveStates.sipNumber(LiveStates.DID, "sip:old-pbx.example.com"))
                .registration(AgentPlatform.RegistrationStatus.failed("no route"))
                .build();

        Diagnose.Findings findings = diagnose(live);

        assertThat(findings.find(DiagnosticCode.REGISTRATION_FAILED).orElseThrow().cause())
                .contains("differs from the plan ('sip:old-pbx.example.com')");
        assertThat(findings.find(DiagnosticCode.TERMINATION_URI_DRIFT).orElseThrow().severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void unknownEngineVersionIsNamedAsASuspect() {
        IntegrationPlan unknownEngine = GuidePlans.ipAllowlist().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID)).build();
        LiveState live = LiveStates.healthy().assistant(LiveStates.assistant(null))
                .registration(AgentPlatform.RegistrationStatus.failed("timeout")).build();

        assertThat(Diagnose.plan(unknownEngine).liveState(live).run().find(DiagnosticCode.REGISTRATION_FAILED).orElseThrow()
                .cause()).contains("whose version the API does not show");
    }

    @Test
    void aFallbackTeamWithoutUsersIsEmpty() {
        Diagnostic finding = diagnose(LiveStates.healthy().fallbackTeam(new ContactCenter.TeamState(678, "Support", 0)).build())
                .find(DiagnosticCode.FALLBACK_TEAM_EMPTY).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("fallback team 678 'Support' has no users");
    }

    @Test
    void aFallbackTeamThatDoesNotExistIsReported() {
        assertThat(diagnose(LiveStates.healthy().fallbackTeamNotFound().build()).codes())
                .containsExactly(DiagnosticCode.FALLBACK_TEAM_NOT_FOUND);
    }

    @Test
    void aColdLiveTransferActionIsReferTowardAircall() {
        AgentPlatform.TransferActionState cold = new AgentPlatform.TransferActionState("act-9", "+33987654321", TransferMode.COLD, "x", "y",
                Duration.ofSeconds(30));

        Diagnostic finding = diagnose(LiveStates.healthy().addTransferAction(cold).build())
                .find(DiagnosticCode.TRANSFER_REFER_UNSUPPORTED).orElseThrow();

        assertThat(finding.message()).contains("'act-9'").contains("'+33987654321'").contains("cold");
        assertThat(finding.fix()).contains("warm");
    }
}
