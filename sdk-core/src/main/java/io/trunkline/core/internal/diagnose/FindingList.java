package io.trunkline.core.internal.diagnose;

import io.trunkline.core.diagnose.Finding;
import io.trunkline.core.diagnose.FindingCode;
import java.util.ArrayList;
import java.util.List;

/** Collects findings while the checks run; never stops at the first one. */
public final class FindingList {

    private final List<Finding> findings = new ArrayList<>();

    /** Creates an empty list. */
    public FindingList() {
    }

    void add(FindingCode code, Finding.Severity severity, String evidence, String cause, String fix) {
        findings.add(new Finding(code, severity, evidence, cause, fix));
    }

    void error(FindingCode code, String evidence, String cause, String fix) {
        add(code, Finding.Severity.ERROR, evidence, cause, fix);
    }

    void warning(FindingCode code, String evidence, String cause, String fix) {
        add(code, Finding.Severity.WARNING, evidence, cause, fix);
    }

    void info(FindingCode code, String evidence, String cause, String fix) {
        add(code, Finding.Severity.INFO, evidence, cause, fix);
    }

    boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /** @return the findings so far, in the order found */
    public List<Finding> all() {
        return List.copyOf(findings);
    }
}
