package io.trunkline.core.internal.diagnostic;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics while checks run; never stops at the first one. The four-text forms take the
 * cause from the code's {@link DiagnosticCode#why()} ({@link Diagnostic#of}), so a rule's reason is
 * written once, on its code.
 */
public final class DiagnosticList {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Creates an empty list. */
    public DiagnosticList() {
    }

    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public void error(DiagnosticCode code, String subject, String message, String fix) {
        add(Diagnostic.of(code, Severity.ERROR, subject, message, fix));
    }

    public void warning(DiagnosticCode code, String subject, String message, String fix) {
        add(Diagnostic.of(code, Severity.WARNING, subject, message, fix));
    }

    public void error(DiagnosticCode code, String subject, String message, String cause, String fix) {
        add(new Diagnostic(code, Severity.ERROR, subject, message, cause, fix));
    }

    public void warning(DiagnosticCode code, String subject, String message, String cause, String fix) {
        add(new Diagnostic(code, Severity.WARNING, subject, message, cause, fix));
    }

    public void info(DiagnosticCode code, String subject, String message, String cause, String fix) {
        add(new Diagnostic(code, Severity.INFO, subject, message, cause, fix));
    }

    public boolean has(DiagnosticCode code) {
        return diagnostics.stream().anyMatch(d -> d.code() == code);
    }

    public boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    /** @return the diagnostics so far, in the order found */
    public List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }
}
