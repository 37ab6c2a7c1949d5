package io.trunkline.core.exception;

import io.trunkline.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Live state makes the plan impossible: the DID is not a contact-center line, the assistant does
 * not exist, a transfer target's team is unknown… Every problem found is listed at once, each as the
 * same {@link Diagnostic} verification and {@code Diagnose} report for it.
 */
public class PlanningException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /** @param diagnostics each problem with what to do about it */
    public PlanningException(List<Diagnostic> diagnostics) {
        super("cannot plan the integration:\n" + diagnostics.stream().map(d -> "- " + d.code() + ": " + d.message()
                + "; " + d.fix()).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the problems found */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
