package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.GuidePlans;
import io.trunkline.diagnostics.sip.ProbeResult;
import io.trunkline.diagnostics.sip.ProbeTarget;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnose explains SIP probe results: one outcome per test. */
class DiagnoseProbeTest {

    private final IntegrationPlan udpPlan = GuidePlans.ipAllowlist().build();

    private Diagnose.Findings diagnose(ProbeResult... results) {
        return TelCaveat.apart(Diagnose.plan(udpPlan).probeResults(List.of(results)).run());
    }

    @Test
    void aReachableProbeOnlyRemindsOfTheRtpRange() {
        Diagnose.Findings findings = diagnose(Probes.reachable(Transport.UDP));

        assertThat(findings.codes()).containsExactly(DiagnosticCode.RTP_MEDIA_PORTS);
        assertThat(findings.healthy()).isTrue();
        Diagnostic rtp = findings.all().get(0);
        assertThat(rtp.severity()).isEqualTo(Severity.INFO);
        assertThat(rtp.message()).contains("sip.synthflow.ai:32681 over UDP");
        assertThat(rtp.cause()).contains("10000-60000").contains("34.73.190.14").contains("stay silent");
    }

    @Test
    void theRtpReminderAppearsOnceAndOnlyWhenAProbeSucceeded() {
        assertThat(diagnose(Probes.reachable(Transport.UDP), Probes.reachable(Transport.TCP))
                .withCode(DiagnosticCode.RTP_MEDIA_PORTS)).hasSize(1);
        assertThat(diagnose(Probes.noAnswer(Transport.UDP, 32681)).codes()).doesNotContain(DiagnosticCode.RTP_MEDIA_PORTS);
    }

    @Test
    void noAnswerMeansAFirewallOnTheSignallingPorts() {
        Diagnostic finding = diagnose(Probes.noAnswer(Transport.UDP, 32681)).find(DiagnosticCode.SIGNALLING_UNREACHABLE)
                .orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("SIP probe: no answer from sip.synthflow.ai:32681 over UDP");
        assertThat(finding.cause()).contains("firewall").contains("32681").contains("32682");
        assertThat(finding.fix()).contains("allow outbound UDP to sip.synthflow.ai port 32681");
    }

    @Test
    void aRefusedProbeOnTheWrongPortNamesTheRightOne() {
        Diagnostic finding = diagnose(ProbeResult.refused(Probes.target(Transport.TCP, 5060), 1))
                .find(DiagnosticCode.SIGNALLING_REFUSED).orElseThrow();

        assertThat(finding.cause()).isEqualTo("port 5060 is not Synthflow's port for TCP (32681), so nothing"
                + " listens there");
    }

    @Test
    void aTlsHandshakeOnThePlainPortSaysTheTlsPortIs32682() {
        Diagnostic finding = diagnose(ProbeResult.tlsHandshakeFailed(Probes.target(Transport.TLS, 32681),
                "Unsupported or unrecognized SSL message")).find(DiagnosticCode.TLS_HANDSHAKE_FAILED).orElseThrow();

        assertThat(finding.cause()).contains("does not speak TLS").contains("32682");
    }

    @Test
    void aTlsHandshakeToAnIpAddressBlamesTheCertificateName() {
        Diagnostic finding = diagnose(ProbeResult.tlsHandshakeFailed(new ProbeTarget("34.138.86.8", 32682, Transport.TLS),
                "No subject alternative names")).find(DiagnosticCode.TLS_HANDSHAKE_FAILED).orElseThrow();

        assertThat(finding.cause()).contains("IP address");
    }

    @Test
    void otherOutcomesHaveTheirOwnCodes() {
        assertThat(diagnose(ProbeResult.unknownHost(new ProbeTarget("sip.synthflow.invalid", 32681, Transport.UDP)))
                .codes()).containsExactly(DiagnosticCode.SIP_HOST_UNRESOLVED);
        assertThat(diagnose(ProbeResult.invalidResponse(Probes.target(Transport.TCP, 32681), 1, "HTTP/1.1 400"))
                .codes()).containsExactly(DiagnosticCode.SIGNALLING_BROKEN);
        Diagnostic rejected = diagnose(ProbeResult.answered(Probes.target(Transport.UDP, 32681),
                new SipStatus(403, "Forbidden"), Duration.ofMillis(50), "", 1)).find(DiagnosticCode.SIGNALLING_REJECTED)
                .orElseThrow();
        assertThat(rejected.severity()).isEqualTo(Severity.WARNING);
        assertThat(rejected.cause()).contains("allowlist").contains("reachable");
    }

    @Test
    void aProbeSucceedingOnAnotherTransportIsATransportMismatch() {
        Diagnose.Findings findings = diagnose(Probes.noAnswer(Transport.UDP, 32681), Probes.reachable(Transport.TCP));

        Diagnostic finding = findings.find(DiagnosticCode.TRANSPORT_MISMATCH).orElseThrow();
        assertThat(finding.message()).isEqualTo("the destination's UDP port 32681 failed (NO_ANSWER) but Synthflow"
                + " answered on sip.synthflow.ai:32681 over TCP");
        assertThat(finding.fix()).startsWith("switch the Aircall destination to TCP (port 32681)");
        assertThat(findings.codes()).contains(DiagnosticCode.SIGNALLING_UNREACHABLE, DiagnosticCode.RTP_MEDIA_PORTS);
    }

    @Test
    void aProbeSucceedingOnAnotherPortIsAPortTransportMismatch() {
        IntegrationPlan overridden = GuidePlans.ipAllowlist()
                .destination(io.trunkline.core.model.SipDestination.builder().transport(Transport.UDP).portOverride(5060)
                        .auth(io.trunkline.core.model.SipAuth.ipAllowlist("34.138.86.8")).build())
                .build();

        Diagnose.Findings findings = Diagnose.plan(overridden)
                .probeResult(Probes.noAnswer(Transport.UDP, 5060))
                .probeResult(Probes.reachable(Transport.UDP))
                .run();

        assertThat(findings.withCode(DiagnosticCode.PORT_TRANSPORT_MISMATCH))
                .anySatisfy(f -> assertThat(f.fix()).isEqualTo("set the destination port to 32681 for UDP"));
        assertThat(findings.find(DiagnosticCode.PORT_OVERRIDDEN)).as("the plan's own warning").isPresent();
    }

    @Test
    void noTransportMismatchWhenTheDestinationsOwnProbeSucceeded() {
        assertThat(diagnose(Probes.reachable(Transport.UDP), Probes.noAnswer(Transport.TCP, 32681)).codes())
                .doesNotContain(DiagnosticCode.TRANSPORT_MISMATCH, DiagnosticCode.PORT_TRANSPORT_MISMATCH);
    }
}
