package io.trunkline.core.finding;

import java.util.Objects;

/**
 * One thing Trunkline found ({@code Diagnose} in trunkline-diagnostics, or verify's test-call
 * checks): what it is (a stable {@link FindingCode}), how serious, what was
 * observed, what most likely causes it and how to fix it. Texts never contain secret values.
 *
 * <pre>{@code
 * assertThat(findings.find(FindingCode.FALLBACK_TEAM_EMPTY)).isPresent();
 * }</pre>
 *
 * @param code the stable code, e.g. {@link FindingCode#SIGNALLING_UNREACHABLE}
 * @param severity how serious it is
 * @param evidence what was observed, e.g. a probe summary or a call's error message
 * @param likelyCause what most likely causes it in an Aircall–Synthflow setup
 * @param fix what to do
 */
public record Finding(FindingCode code, Severity severity, String evidence, String likelyCause, String fix) {

    /** How serious a finding is. */
    public enum Severity {
        /** Calls fail or cannot reach the AI (or a human) until this is fixed. */
        ERROR,
        /** Calls may work, but something departs from the guide or may fail at times. */
        WARNING,
        /** Nothing is wrong; a reminder of something no check can observe. */
        INFO
    }

    /** Checks for nulls. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(likelyCause, "likelyCause");
        Objects.requireNonNull(fix, "fix");
    }

    /**
     * @return the finding as a short block: severity and code, then evidence, likely cause and fix on
     *     their own lines
     */
    public String render() {
        return severity + " " + code + "\n"
                + "  Evidence:     " + evidence + "\n"
                + "  Likely cause: " + likelyCause + "\n"
                + "  Fix:          " + fix;
    }

    /** @return e.g. {@code ERROR SIGNALLING_UNREACHABLE: <evidence> Likely cause: ... Fix: ...} on one line */
    @Override
    public String toString() {
        return severity + " " + code + ": " + evidence + " Likely cause: " + likelyCause + " Fix: " + fix;
    }
}
