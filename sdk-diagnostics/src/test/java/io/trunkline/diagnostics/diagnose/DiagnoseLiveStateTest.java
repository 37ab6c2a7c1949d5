package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.finding.Finding;
import io.trunkline.core.finding.FindingCode;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AssistantState;
import io.trunkline.core.spi.LineState;
import io.trunkline.core.spi.RegistrationStatus;
import io.trunkline.core.spi.SipNumberState;
import io.trunkline.core.spi.TeamState;
import io.trunkline.core.spi.TransferActionState;
import io.trunkline.diagnostics.GuidePlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnose compares what the vendors report with the plan: one broken live value per test. */
class DiagnoseLiveStateTest {

    private final IntegrationPlan plan = GuidePlans.ipAllowlist().build();

    private Findings diagnose(LiveState live) {
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

        Finding finding = diagnose(live).find(FindingCode.DID_MISMATCH).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(finding.evidence()).isEqualTo("the DIDs differ: plan +33123456789, Aircall line 4321 +33123456789,"
                + " Synthflow SIP number +33199999999");
        assertThat(finding.fix()).contains("E.164");
    }

    @Test
    void aLineWithAnotherDidIsADidMismatch() {
        LiveState live = LiveStates.healthy()
                .line(new LineState(4321, "Paris support", PhoneNumber.parse("+33100000000"), true, "Europe/Paris"))
                .build();

        assertThat(diagnose(live).find(FindingCode.DID_MISMATCH).orElseThrow().evidence())
                .contains("Aircall line 4321 +33100000000");
    }

    @Test
    void aMissingLineAndALineOutsideSmartflowsAreReported() {
        assertThat(diagnose(LiveStates.healthy().lineNotFound().build()).codes()).containsExactly(FindingCode.LINE_NOT_FOUND);

        LiveState classic = LiveStates.healthy()
                .line(new LineState(4321, "Paris support", LiveStates.DID, false, "Europe/Paris")).build();
        assertThat(diagnose(classic).find(FindingCode.LINE_NOT_ON_SMARTFLOWS).orElseThrow().fix()).contains("Smartflows");
    }

    @Test
    void aMissingSipNumberIsReported() {
        Findings findings = diagnose(LiveStates.healthy().sipNumberNotFound().build());

        assertThat(findings.find(FindingCode.SIP_NUMBER_NOT_FOUND).orElseThrow().evidence()).contains("+33123456789");
    }

    @Test
    void aNumberAttachedToAnotherAssistantIsNotAttached() {
        SipNumberState number = new SipNumberState(LiveStates.DID, null, "sip:aircall-pbx.example.com", null, null,
                false, null, List.of("other-assistant"));

        Finding finding = diagnose(LiveStates.healthy().sipNumber(number).build())
                .find(FindingCode.NUMBER_NOT_ATTACHED).orElseThrow();

        assertThat(finding.evidence()).contains("[other-assistant]");
        assertThat(finding.fix()).contains("1-2 minutes");
    }

    @Test
    void anAssistantAnsweringAnotherNumberIsNotAttached() {
        AssistantState assistant = new AssistantState(GuidePlans.ASSISTANT_ID, "Receptionist", true,
                PhoneNumber.parse("+33100000000"), "2.0", List.of("act-1"));

        assertThat(diagnose(LiveStates.healthy().assistant(assistant).build()).find(FindingCode.NUMBER_NOT_ATTACHED)
                .orElseThrow().evidence()).contains("answers +33100000000 instead of +33123456789");
    }

    @Test
    void pendingRegistrationPointsAtCredentialsTerminationUriAndEngine() {
        LiveState live = LiveStates.healthy().registration(RegistrationStatus.pending("trunk provisioning")).build();

        Finding finding = diagnose(live).find(FindingCode.REGISTRATION_PENDING).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(finding.evidence()).isEqualTo("SIP registration is PENDING: 'trunk provisioning'");
        assertThat(finding.likelyCause()).contains("1-2 minutes").contains("credentials")
                .contains("termination URI 'sip:aircall-pbx.example.com'").contains("engine");
        assertThat(finding.fix()).startsWith("wait 2 minutes");
    }

    @Test
    void failedRegistrationWithAnOldEngineBlamesTheEngine() {
        LiveState live = LiveStates.healthy()
                .assistant(LiveStates.assistant("1.4"))
                .registration(RegistrationStatus.failed("401 Unauthorized on REGISTER"))
                .build();

        Finding finding = diagnose(live).find(FindingCode.REGISTRATION_FAILED).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(finding.evidence()).contains("FAILED").contains("401 Unauthorized on REGISTER");
        assertThat(finding.likelyCause()).contains("engine v1.4, older than the required v2.0");
    }

    @Test
    void failedRegistrationWithADriftedTerminationUriBlamesTheUri() {
        LiveState live = LiveStates.healthy()
                .sipNumber(LiveStates.sipNumber(LiveStates.DID, "sip:old-pbx.example.com"))
                .registration(RegistrationStatus.failed("no route"))
                .build();

        Findings findings = diagnose(live);

        assertThat(findings.find(FindingCode.REGISTRATION_FAILED).orElseThrow().likelyCause())
                .contains("differs from the plan ('sip:old-pbx.example.com')");
        assertThat(findings.find(FindingCode.TERMINATION_URI_DRIFT).orElseThrow().severity())
                .isEqualTo(Finding.Severity.WARNING);
    }

    @Test
    void unknownEngineVersionIsNamedAsASuspect() {
        IntegrationPlan unknownEngine = GuidePlans.ipAllowlist().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID)).build();
        LiveState live = LiveStates.healthy().assistant(LiveStates.assistant(null))
                .registration(RegistrationStatus.failed("timeout")).build();

        assertThat(Diagnose.plan(unknownEngine).liveState(live).run().find(FindingCode.REGISTRATION_FAILED).orElseThrow()
                .likelyCause()).contains("whose version the API does not show");
    }

    @Test
    void aFallbackTeamWithoutUsersIsEmpty() {
        Finding finding = diagnose(LiveStates.healthy().fallbackTeam(new TeamState(678, "Support", 0)).build())
                .find(FindingCode.FALLBACK_TEAM_EMPTY).orElseThrow();

        assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(finding.evidence()).isEqualTo("fallback team 678 'Support' has no users");
    }

    @Test
    void aFallbackTeamThatDoesNotExistIsAMissingFallback() {
        assertThat(diagnose(LiveStates.healthy().fallbackTeamNotFound().build()).codes())
                .containsExactly(FindingCode.FALLBACK_MISSING);
    }

    @Test
    void aColdLiveTransferActionIsReferTowardAircall() {
        TransferActionState cold = new TransferActionState("act-9", "+33987654321", TransferMode.COLD, "x", "y",
                Duration.ofSeconds(30));

        Finding finding = diagnose(LiveStates.healthy().addTransferAction(cold).build())
                .find(FindingCode.TRANSFER_USES_REFER).orElseThrow();

        assertThat(finding.evidence()).contains("'act-9'").contains("'+33987654321'").contains("cold");
        assertThat(finding.fix()).contains("warm");
    }
}
