package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Diagnostic finding(DiagnosticCode code, Severity severity) {
        return new Diagnostic(code, severity, "the subject", "seen " + code, "because", "do this");
    }

    @Test
    void ordersBySeverityKeepingTheOrderWithinASeverity() {
        Diagnose.Findings findings = new Diagnose.Findings(List.of(
                finding(DiagnosticCode.RTP_MEDIA_PORTS, Severity.INFO),
                finding(DiagnosticCode.REGISTRATION_PENDING, Severity.WARNING),
                finding(DiagnosticCode.DID_MISMATCH, Severity.ERROR),
                finding(DiagnosticCode.FALLBACK_TEAM_EMPTY, Severity.ERROR)));

        assertThat(findings.codes()).containsExactly(DiagnosticCode.DID_MISMATCH, DiagnosticCode.FALLBACK_TEAM_EMPTY,
                DiagnosticCode.REGISTRATION_PENDING, DiagnosticCode.RTP_MEDIA_PORTS);
        assertThat(findings.errors()).hasSize(2);
        assertThat(findings.warnings()).hasSize(1);
        assertThat(findings.healthy()).isFalse();
    }

    @Test
    void rendersACountLineThenOneBlockPerFinding() {
        Diagnose.Findings findings = new Diagnose.Findings(List.of(
                finding(DiagnosticCode.RTP_MEDIA_PORTS, Severity.INFO),
                finding(DiagnosticCode.DID_MISMATCH, Severity.ERROR)));

        assertThat(findings.render()).isEqualTo("""
                1 error, 0 warnings, 1 info

                ERROR DID_MISMATCH at the subject
                  Evidence:     seen DID_MISMATCH
                  Likely cause: because
                  Fix:          do this

                INFO RTP_MEDIA_PORTS at the subject
                  Evidence:     seen RTP_MEDIA_PORTS
                  Likely cause: because
                  Fix:          do this""");
    }
}
