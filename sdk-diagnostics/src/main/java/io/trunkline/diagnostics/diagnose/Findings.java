package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.finding.Finding;
import io.trunkline.core.finding.FindingCode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything {@link Diagnose} found, most serious first (errors, then warnings, then information;
 * within a severity, in the order the checks ran: plan, live state, probes, calls).
 *
 * @param all every finding
 */
public record Findings(List<Finding> all) {

    /** Copies the list and orders it by severity, keeping the order of equal severities. */
    public Findings {
        all = Objects.requireNonNull(all, "all").stream()
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
    }

    /** @return the errors */
    public List<Finding> errors() {
        return withSeverity(Finding.Severity.ERROR);
    }

    /** @return the warnings */
    public List<Finding> warnings() {
        return withSeverity(Finding.Severity.WARNING);
    }

    /** @return whether there is neither an error nor a warning (information alone is fine) */
    public boolean healthy() {
        return all.stream().allMatch(f -> f.severity() == Finding.Severity.INFO);
    }

    /**
     * @param code a finding code
     * @return the first (most serious) finding with that code, if any
     */
    public Optional<Finding> find(FindingCode code) {
        return all.stream().filter(f -> f.code() == code).findFirst();
    }

    /**
     * @param code a finding code
     * @return every finding with that code
     */
    public List<Finding> withCode(FindingCode code) {
        return all.stream().filter(f -> f.code() == code).toList();
    }

    /** @return the distinct codes found, most serious first */
    public List<FindingCode> codes() {
        return all.stream().map(Finding::code).distinct().toList();
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
        String counts = count(Finding.Severity.ERROR, "error") + ", " + count(Finding.Severity.WARNING, "warning")
                + ", " + count(Finding.Severity.INFO, "info");
        return counts + "\n\n" + all.stream().map(Finding::render).collect(Collectors.joining("\n\n"));
    }

    private String count(Finding.Severity severity, String noun) {
        long n = all.stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 || severity == Finding.Severity.INFO ? "" : "s");
    }

    private List<Finding> withSeverity(Finding.Severity severity) {
        return all.stream().filter(f -> f.severity() == severity).toList();
    }

    /** @return {@link #render()} */
    @Override
    public String toString() {
        return render();
    }
}
