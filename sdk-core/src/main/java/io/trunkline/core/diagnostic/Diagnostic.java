package io.trunkline.core.diagnostic;

import java.util.Objects;

/**
 * One problem Trunkline found, wherever it found it: validating a plan, checking live state before
 * planning, verifying, or diagnosing ({@code Diagnose} in trunkline-diagnostics). Texts never contain
 * secret values.
 *
 * <pre>{@code
 * plan.validate().find(DiagnosticCode.DID_MISMATCH).ifPresent(d -> System.out.println(d.render()));
 * }</pre>
 *
 * @param code the stable code, e.g. {@link DiagnosticCode#DID_MISMATCH}
 * @param severity how serious it is
 * @param subject what it is about: a field path in the plan (e.g. {@code destination.auth.allowlist[2]})
 *     or a live resource (e.g. {@code Aircall line 1234})
 * @param message what is wrong, or what was observed
 * @param cause why it matters or what most likely causes it; by default the code's {@link DiagnosticCode#why()}
 * @param fix what to do
 */
public record Diagnostic(DiagnosticCode code, Severity severity, String subject, String message, String cause,
                         String fix) {

    /**
     * Checks for nulls.
     *
     * @param code the stable code, e.g. {@link DiagnosticCode#DID_MISMATCH}
     * @param severity how serious it is
     * @param subject what it is about: a field path in the plan (e.g. {@code destination.auth.allowlist[2]})
     *     or a live resource (e.g. {@code Aircall line 1234})
     * @param message what is wrong, or what was observed
     * @param cause why it matters or what most likely causes it; by default the code's {@link DiagnosticCode#why()}
     * @param fix what to do
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fix, "fix");
    }

    /**
     * A diagnostic whose cause is its code's {@link DiagnosticCode#why()}: the usual case, where the
     * code's reason is all there is to say.
     *
     * @param code the stable code
     * @param severity how serious it is
     * @param subject the field path or live resource it is about
     * @param message what is wrong, or what was observed
     * @param fix what to do
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, Severity severity, String subject, String message, String fix) {
        return new Diagnostic(code, severity, subject, message, Objects.requireNonNull(code, "code").why(), fix);
    }

    /**
     * @return the diagnostic as a short block: severity, code and subject, then the message, cause and
     *     fix on their own lines
     */
    public String render() {
        return severity + " " + code + " at " + subject + "\n"
                + "  Evidence:     " + message + "\n"
                + "  Likely cause: " + cause + "\n"
                + "  Fix:          " + fix;
    }

    /**
     * @return two lines: {@code ERROR DID_MISMATCH at sipNumber.did: <message>}, then
     *     {@code   Fix: <fix>}, so that the fix never reads as the end of the message
     */
    @Override
    public String toString() {
        return severity + " " + code + " at " + subject + ": " + message + "\n  Fix: " + fix;
    }
}
