package io.trunkline.core.diagnostic;

import io.trunkline.core.exception.PlanValidationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every {@link Diagnostic} {@code IntegrationPlan.validate()} found, in the order of the plan's fields,
 * each at a field path. A plan with no {@link Severity#ERROR} is valid; warnings do not block it.
 *
 * @param diagnostics all findings
 */
public record ValidationReport(List<Diagnostic> diagnostics) {

    /**
     * Copies the list.
     *
     * @param diagnostics all findings
     */
    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether there is no error (warnings allowed) */
    public boolean isValid() {
        return errors().isEmpty();
    }

    /** @return the errors */
    public List<Diagnostic> errors() {
        return bySeverity(Severity.ERROR);
    }

    /** @return the warnings */
    public List<Diagnostic> warnings() {
        return bySeverity(Severity.WARNING);
    }

    /**
     * @param path a field path, e.g. {@code sipNumber.did}
     * @return the diagnostics at exactly that path
     */
    public List<Diagnostic> at(String path) {
        return diagnostics.stream().filter(d -> d.subject().equals(path)).toList();
    }

    /**
     * @param code a code
     * @return the first diagnostic with that code, if any
     */
    public Optional<Diagnostic> find(DiagnosticCode code) {
        return diagnostics.stream().filter(d -> d.code() == code).findFirst();
    }

    /**
     * Throws when the plan has errors.
     *
     * @return this report, when valid
     * @throws PlanValidationException listing every error
     */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new PlanValidationException(this);
        }
        return this;
    }

    private List<Diagnostic> bySeverity(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).toList();
    }

    /**
     * @return every diagnostic (message and fix on separate lines), errors first, then warnings,
     *     each in the order of the plan's fields; or "valid: no findings"
     */
    @Override
    public String toString() {
        if (diagnostics.isEmpty()) {
            return "valid: no findings";
        }
        return Stream.concat(errors().stream(), warnings().stream()).map(Diagnostic::toString)
                .collect(Collectors.joining("\n"));
    }
}
