package io.trunkline.core.lifecycle;

import io.trunkline.core.diagnostic.Diagnostic;
import java.util.Objects;
import java.util.Optional;

/**
 * One check of {@link IntegrationEngine#verify}: what was checked, the result, and why. A failed
 * check carries the {@link Diagnostic} that explains it, the same one planning and {@code Diagnose}
 * report for that problem.
 */
public final class VerificationCheck {

    /** The result of a check. */
    public enum Status {
        /** Verified. */
        PASSED,
        /** Verified wrong; the diagnostic says what to fix. */
        FAILED,
        /** Not verifiable yet (a manual step awaits a person). */
        PENDING,
        /**
         * No vendor API can show it (e.g. SIP registration); the reason says what proves it, such as
         * a test call. Never reported as passed.
         */
        NOT_VERIFIABLE
    }

    private final String name;
    private final Status status;
    private final String reason;
    private final Diagnostic diagnostic;

    private VerificationCheck(String name, Status status, String reason, Diagnostic diagnostic) {
        this.name = Objects.requireNonNull(name, "name");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.diagnostic = diagnostic;
    }

    static VerificationCheck passed(String name, String reason) {
        return new VerificationCheck(name, Status.PASSED, reason, null);
    }

    static VerificationCheck pending(String name, String reason) {
        return new VerificationCheck(name, Status.PENDING, reason, null);
    }

    static VerificationCheck notVerifiable(String name, String reason) {
        return new VerificationCheck(name, Status.NOT_VERIFIABLE, reason, null);
    }

    /** A failed check whose reason is the diagnostic's message and fix. */
    static VerificationCheck failed(String name, Diagnostic diagnostic) {
        return failed(name, diagnostic.message() + "; " + diagnostic.fix(), diagnostic);
    }

    static VerificationCheck failed(String name, String reason, Diagnostic diagnostic) {
        return new VerificationCheck(name, Status.FAILED, reason, Objects.requireNonNull(diagnostic, "diagnostic"));
    }

    /** @return e.g. {@code DID_MISMATCH: <message> Likely cause: <cause> Fix: <fix>}, on one line for a reason */
    static String oneLine(Diagnostic d) {
        return d.code() + ": " + d.message() + " Likely cause: " + d.cause() + " Fix: " + d.fix();
    }

    /** @return what was checked, e.g. {@code registration} */
    public String name() {
        return name;
    }

    /** @return passed, failed, pending or not verifiable by API */
    public Status status() {
        return status;
    }

    /** @return why, with what to do when it failed */
    public String reason() {
        return reason;
    }

    /** @return the problem found, for a failed check; empty otherwise */
    public Optional<Diagnostic> diagnostic() {
        return Optional.ofNullable(diagnostic);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationCheck other && name.equals(other.name) && status == other.status
                && reason.equals(other.reason) && Objects.equals(diagnostic, other.diagnostic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, status, reason, diagnostic);
    }

    /** @return e.g. {@code FAILED line: <reason>} */
    @Override
    public String toString() {
        return status + " " + name + ": " + reason;
    }
}
