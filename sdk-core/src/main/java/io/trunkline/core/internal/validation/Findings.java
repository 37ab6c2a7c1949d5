package io.trunkline.core.internal.validation;

import io.trunkline.core.validation.Diagnostic;
import io.trunkline.core.validation.Rule;
import io.trunkline.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics while the rules run; never stops at the first one. */
final class Findings {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(Rule rule, String path, String message, String fix) {
        diagnostics.add(new Diagnostic(Severity.ERROR, rule, path, message, fix));
    }

    void warning(Rule rule, String path, String message, String fix) {
        diagnostics.add(new Diagnostic(Severity.WARNING, rule, path, message, fix));
    }

    List<Diagnostic> all() {
        return diagnostics;
    }
}
