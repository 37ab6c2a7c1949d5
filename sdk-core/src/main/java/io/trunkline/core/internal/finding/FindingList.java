package io.trunkline.core.internal.finding;

import io.trunkline.core.finding.Finding;
import io.trunkline.core.finding.FindingCode;
import java.util.ArrayList;
import java.util.List;

/** Collects findings while the checks run; never stops at the first one. */
public final class FindingList {

    private final List<Finding> findings = new ArrayList<>();

    /** Creates an empty list. */
    public FindingList() {
    }

    public void add(FindingCode code, Finding.Severity severity, String evidence, String cause, String fix) {
        findings.add(new Finding(code, severity, evidence, cause, fix));
    }

    public void error(FindingCode code, String evidence, String cause, String fix) {
        add(code, Finding.Severity.ERROR, evidence, cause, fix);
    }

    public void warning(FindingCode code, String evidence, String cause, String fix) {
        add(code, Finding.Severity.WARNING, evidence, cause, fix);
    }

    public void info(FindingCode code, String evidence, String cause, String fix) {
        add(code, Finding.Severity.INFO, evidence, cause, fix);
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /** @return the findings so far, in the order found */
    public List<Finding> all() {
        return List.copyOf(findings);
    }
}
