package io.trunkline.core.exception;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.ValidationReport;

/**
 * Thrown when an invalid plan is about to be planned or applied. Carries the full
 * {@link ValidationReport}; the message lists every error.
 */
public class PlanValidationException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /** @param report the report with at least one error */
    public PlanValidationException(ValidationReport report) {
        super("the integration plan has " + report.errors().size() + " error(s):\n" + report.errors().stream()
                .map(Diagnostic::toString).collect(java.util.stream.Collectors.joining("\n")));
        this.report = report;
    }

    /** @return the full report, warnings included */
    public ValidationReport report() {
        return report;
    }
}
