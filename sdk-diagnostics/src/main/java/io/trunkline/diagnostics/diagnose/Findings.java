package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything {@link Diagnose} found, as {@link Diagnostic}s, most serious first (errors, then
 * warnings, then information; within a severity, in the order the checks ran: plan, live state,
 * probes, calls).
 *
 * @param all every diagnostic: the plan's validation, live state, probes and calls
 */
public record Findings(List<Diagnostic> all) {

    /** Copies the list and orders it by severity, keeping the order of equal severities. */
    public Findings {
        all = Objects.requireNonNull(all, "all").stream()
                .sorted(Comparator.comparing(Diagnostic::severity))
                .toList();
    }

    /** @return the errors */
    public List<Diagnostic> errors() {
        return withSeverity(Severity.ERROR);
    }

    /** @return the warnings */
    public List<Diagnostic> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /** @return whether there is neither an error nor a warning (information alone is fine) */
    public boolean healthy() {
        return all.stream().allMatch(f -> f.severity() == Severity.INFO);
    }

    /**
     * @param code a diagnostic code
     * @return the first (most serious) finding with that code, if any
     */
    public Optional<Diagnostic> find(DiagnosticCode code) {
        return all.stream().filter(f -> f.code() == code).findFirst();
    }

    /**
     * @param code a diagnostic code
     * @return every finding with that code
     */
    public List<Diagnostic> withCode(DiagnosticCode code) {
        return all.stream().filter(f -> f.code() == code).toList();
    }

    /** @return the distinct codes found, most serious first */
    public List<DiagnosticCode> codes() {
        return all.stream().map(Diagnostic::code).distinct().toList();
    }

    /**
     * Renders the findings for a terminal or a log: a count line, then one block per finding.
     *
     * @return the text, ending without a newline
     */
    public String render() {
        if (all.isEmpty()) {
            return "No findings.";
        }
        String counts = count(Severity.ERROR, "error") + ", " + count(Severity.WARNING, "warning")
                + ", " + count(Severity.INFO, "info");
        return counts + "\n\n" + all.stream().map(Diagnostic::render).collect(Collectors.joining("\n\n"));
    }

    private String count(Severity severity, String noun) {
        long n = all.stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 || severity == Severity.INFO ? "" : "s");
    }

    private List<Diagnostic> withSeverity(Severity severity) {
        return all.stream().filter(f -> f.severity() == severity).toList();
    }

    /** @return {@link #render()} */
    @Override
    public String toString() {
        return render();
    }
}
