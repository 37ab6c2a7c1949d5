package io.trunkline.core.validation;

import io.trunkline.core.exception.PlanValidationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Diagnostic ERROR = new Diagnostic(Severity.ERROR, Rule.DID_MISMATCH, "sipNumber.did",
            "the DIDs differ", "use the same DID");
    private static final Diagnostic WARNING = new Diagnostic(Severity.WARNING, Rule.PORT_OVERRIDDEN, "destination.port",
            "port 5060 differs", "keep it only behind a proxy");

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
        assertThat(report.find(Rule.PORT_OVERRIDDEN)).contains(WARNING);
        assertThat(report.find(Rule.DID_MISSING)).isEmpty();
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
    void diagnosticCodeIsTheRuleName() {
        assertThat(ERROR.code()).isEqualTo("DID_MISMATCH");
    }

    @Test
    void diagnosticRefusesNullFieldsNamingThem() {
        assertThatThrownBy(() -> new Diagnostic(Severity.ERROR, Rule.DID_MISSING, null, "m", "f"))
                .isInstanceOf(NullPointerException.class).hasMessage("path");
        assertThatThrownBy(() -> new Diagnostic(Severity.ERROR, null, "did", "m", "f"))
                .isInstanceOf(NullPointerException.class).hasMessage("rule");
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
