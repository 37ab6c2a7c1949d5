package io.trunkline.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.PlanValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Diagnostic ERROR = new Diagnostic(DiagnosticCode.DID_MISMATCH, Severity.ERROR, "sipNumber.did",
            "the DIDs differ", "because", "use the same DID");
    private static final Diagnostic WARNING = new Diagnostic(DiagnosticCode.PORT_OVERRIDDEN, Severity.WARNING,
            "destination.port", "port 5060 differs", "because", "keep it only behind a proxy");
    private static final Diagnostic INFO = new Diagnostic(DiagnosticCode.RTP_MEDIA_PORTS, Severity.INFO,
            "SIP probe", "a reminder", "because", "open the ports");

    @Test
    void warningsAloneDoNotBlockThePlan() {
        ValidationReport report = new ValidationReport(List.of(WARNING));

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).containsExactly(WARNING);
        assertThat(report.errors()).isEmpty();
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void orThrowListsEveryErrorButNoWarning() {
        ValidationReport report = new ValidationReport(List.of(WARNING, ERROR));

        assertThatThrownBy(report::orThrow)
                .isInstanceOfSatisfying(PlanValidationException.class, e -> assertThat(e.report()).isSameAs(report))
                .hasMessageStartingWith("the integration plan has 1 error(s):")
                .hasMessageContaining("ERROR DID_MISMATCH at sipNumber.did: the DIDs differ\n  Fix: use the same DID")
                .hasMessageNotContaining("PORT_OVERRIDDEN");
    }

    @Test
    void findsDiagnosticsByPathAndByRule() {
        ValidationReport report = new ValidationReport(List.of(WARNING, ERROR));

        assertThat(report.at("sipNumber.did")).containsExactly(ERROR);
        assertThat(report.at("sipNumber")).as("paths match exactly, not by prefix").isEmpty();
        assertThat(report.find(DiagnosticCode.PORT_OVERRIDDEN)).contains(WARNING);
        assertThat(report.find(DiagnosticCode.DID_MISSING)).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfTheDiagnostics() {
        List<Diagnostic> source = new ArrayList<>(List.of(ERROR));
        ValidationReport report = new ValidationReport(source);
        source.clear();

        assertThat(report.diagnostics()).containsExactly(ERROR);
    }

    @Test
    void printsTwoLinesPerDiagnosticOrSaysValid() {
        assertThat(new ValidationReport(List.of())).hasToString("valid: no findings");
        assertThat(new ValidationReport(List.of(ERROR, WARNING)).toString()).hasLineCount(4)
                .startsWith("ERROR DID_MISMATCH at sipNumber.did").contains("WARNING PORT_OVERRIDDEN at destination.port");
    }

    @Test
    void informationIsNeitherAnErrorNorAWarning() {
        ValidationReport report = new ValidationReport(List.of(INFO));

        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.diagnostics()).containsExactly(INFO);
    }

    @Test
    void rendersADiagnosticAsABlockWithItsCause() {
        assertThat(ERROR.render()).isEqualTo("""
                ERROR DID_MISMATCH at sipNumber.did
                  Evidence:     the DIDs differ
                  Likely cause: because
                  Fix:          use the same DID""");
    }

    @Test
    void aDiagnosticMadeFromItsCodeGivesTheCodesReasonAsItsCause() {
        Diagnostic d = Diagnostic.of(DiagnosticCode.DID_MISMATCH, Severity.ERROR, "sipNumber.did", "differ", "fix it");

        assertThat(d.cause()).isEqualTo(DiagnosticCode.DID_MISMATCH.why()).contains("Request-URI");
        assertThat(d).isEqualTo(new Diagnostic(DiagnosticCode.DID_MISMATCH, Severity.ERROR, "sipNumber.did", "differ",
                DiagnosticCode.DID_MISMATCH.why(), "fix it"));
    }

    @Test
    void diagnosticRefusesNullFieldsNamingThem() {
        assertThatThrownBy(() -> new Diagnostic(DiagnosticCode.DID_MISSING, Severity.ERROR, null, "m", "c", "f"))
                .isInstanceOf(NullPointerException.class).hasMessage("subject");
        assertThatThrownBy(() -> new Diagnostic(null, Severity.ERROR, "did", "m", "c", "f"))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> new Diagnostic(DiagnosticCode.DID_MISSING, Severity.ERROR, "did", "m", null, "f"))
                .isInstanceOf(NullPointerException.class).hasMessage("cause");
    }

    @Test
    void printsEachFixOnItsOwnLineAndErrorsBeforeWarnings() {
        ValidationReport report = new ValidationReport(List.of(WARNING, ERROR));

        assertThat(report.toString().lines().toList()).containsExactly(
                "ERROR DID_MISMATCH at sipNumber.did: the DIDs differ",
                "  Fix: use the same DID",
                WARNING.toString().lines().findFirst().orElseThrow(),
                WARNING.toString().lines().skip(1).findFirst().orElseThrow());
        assertThat(report.toString()).startsWith("ERROR").contains("\nWARNING PORT_OVERRIDDEN");
    }
}
