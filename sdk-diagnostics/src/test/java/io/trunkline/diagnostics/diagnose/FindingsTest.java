package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.finding.Finding;
import io.trunkline.core.finding.FindingCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Finding finding(FindingCode code, Finding.Severity severity) {
        return new Finding(code, severity, "seen " + code, "because", "do this");
    }

    @Test
    void ordersBySeverityKeepingTheOrderWithinASeverity() {
        Findings findings = new Findings(List.of(
                finding(FindingCode.RTP_MEDIA_PORTS, Finding.Severity.INFO),
                finding(FindingCode.REGISTRATION_PENDING, Finding.Severity.WARNING),
                finding(FindingCode.DID_MISMATCH, Finding.Severity.ERROR),
                finding(FindingCode.FALLBACK_TEAM_EMPTY, Finding.Severity.ERROR)));

        assertThat(findings.codes()).containsExactly(FindingCode.DID_MISMATCH, FindingCode.FALLBACK_TEAM_EMPTY,
                FindingCode.REGISTRATION_PENDING, FindingCode.RTP_MEDIA_PORTS);
        assertThat(findings.errors()).hasSize(2);
        assertThat(findings.warnings()).hasSize(1);
        assertThat(findings.healthy()).isFalse();
    }

    @Test
    void rendersACountLineThenOneBlockPerFinding() {
        Findings findings = new Findings(List.of(
                finding(FindingCode.RTP_MEDIA_PORTS, Finding.Severity.INFO),
                finding(FindingCode.DID_MISMATCH, Finding.Severity.ERROR)));

        assertThat(findings.render()).isEqualTo("""
                1 error, 0 warnings, 1 info

                ERROR DID_MISMATCH
                  Evidence:     seen DID_MISMATCH
                  Likely cause: because
                  Fix:          do this

                INFO RTP_MEDIA_PORTS
                  Evidence:     seen RTP_MEDIA_PORTS
                  Likely cause: because
                  Fix:          do this""");
    }

    @Test
    void aFindingPrintsOnOneLine() {
        assertThat(finding(FindingCode.DID_MISMATCH, Finding.Severity.ERROR).toString())
                .isEqualTo("ERROR DID_MISMATCH: seen DID_MISMATCH Likely cause: because Fix: do this");
    }

    @Test
    void everyCodeHasASummary() {
        assertThat(FindingCode.values()).allSatisfy(code -> assertThat(code.summary()).isNotBlank().endsWith("."));
    }
}
