package io.trunkline.core.lifecycle;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.internal.lifecycle.ResultRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every check {@link IntegrationEngine#verify} ran, in order.
 *
 * @param checks the checks
 */
public record VerificationReport(List<Check> checks) {

    /**
     * Copies the list.
     *
     * @param checks the checks
     */
    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /**
     * @return whether every check passed; {@code false} while a check is
     *     {@linkplain Check.Status#NOT_VERIFIABLE not verifiable by API}
     */
    public boolean verified() {
        return checks.stream().allMatch(c -> c.status() == Check.Status.PASSED);
    }

    /**
     * @return whether everything an API can show passed: no check failed or is pending, and what
     *     remains ({@link #notVerifiable()}) needs a test call
     */
    public boolean readyForTestCall() {
        return failures().isEmpty() && pending().isEmpty();
    }

    /** @return the checks no API can decide, such as SIP registration */
    public List<Check> notVerifiable() {
        return withStatus(Check.Status.NOT_VERIFIABLE);
    }

    /** @return the failed checks */
    public List<Check> failures() {
        return withStatus(Check.Status.FAILED);
    }

    /** @return the pending checks */
    public List<Check> pending() {
        return withStatus(Check.Status.PENDING);
    }

    /**
     * @param name a check name
     * @return the check with that name
     * @throws IllegalArgumentException when there is none
     */
    public Check check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check named " + name + " in " + checks));
    }

    private List<Check> withStatus(Check.Status status) {
        return checks.stream().filter(c -> c.status() == status).toList();
    }

    /**
     * Renders the report: the verdict ({@linkplain #verified() verified}, {@linkplain
     * #readyForTestCall() ready for a test call} or not ready), then every check with its reason.
     *
     * <pre>{@code
     * System.out.println(engine.verify(integration, VerifyOptions.defaults()).render(PlanFormat.MARKDOWN));
     * }</pre>
     *
     * @param format text, Markdown or JSON ({@code trunkline.verification/v1}, see docs/plan-json.md)
     * @return the rendering
     */
    public String render(PlanFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case TEXT -> ResultRenderer.text(this);
            case MARKDOWN -> ResultRenderer.markdown(this);
            case JSON -> ResultRenderer.json(this);
        };
    }

    /** @return one line per check */
    @Override
    public String toString() {
        return checks.stream().map(c -> String.format("%-14s %-40s %s", c.status(), c.name(), c.reason()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * One check of {@link IntegrationEngine#verify}: what was checked, the result, and why. A failed
     * check carries the {@link Diagnostic} that explains it, the same one planning and {@code Diagnose}
     * report for that problem.
     */
    public static final class Check {

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

        private Check(String name, Status status, String reason, Diagnostic diagnostic) {
            this.name = Objects.requireNonNull(name, "name");
            this.status = Objects.requireNonNull(status, "status");
            this.reason = Objects.requireNonNull(reason, "reason");
            this.diagnostic = diagnostic;
        }

        static Check passed(String name, String reason) {
            return new Check(name, Status.PASSED, reason, null);
        }

        static Check pending(String name, String reason) {
            return new Check(name, Status.PENDING, reason, null);
        }

        static Check notVerifiable(String name, String reason) {
            return new Check(name, Status.NOT_VERIFIABLE, reason, null);
        }

        /** A failed check whose reason is the diagnostic's message and fix. */
        static Check failed(String name, Diagnostic diagnostic) {
            return failed(name, diagnostic.message() + "; " + diagnostic.fix(), diagnostic);
        }

        static Check failed(String name, String reason, Diagnostic diagnostic) {
            return new Check(name, Status.FAILED, reason, Objects.requireNonNull(diagnostic, "diagnostic"));
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
            return o instanceof Check other && name.equals(other.name) && status == other.status
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
}
