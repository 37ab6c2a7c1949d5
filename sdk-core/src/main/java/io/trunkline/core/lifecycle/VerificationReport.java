package io.trunkline.core.lifecycle;

import io.trunkline.core.internal.lifecycle.ResultRenderer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every check {@link IntegrationEngine#verify} ran, in order.
 *
 * @param checks the checks
 */
public record VerificationReport(List<VerificationCheck> checks) {

    /** Copies the list. */
    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /**
     * @return whether every check passed; {@code false} while a check is
     *     {@linkplain VerificationCheck.Status#NOT_VERIFIABLE not verifiable by API}
     */
    public boolean verified() {
        return checks.stream().allMatch(c -> c.status() == VerificationCheck.Status.PASSED);
    }

    /**
     * @return whether everything an API can show passed: no check failed or is pending, and what
     *     remains ({@link #notVerifiable()}) needs a test call
     */
    public boolean readyForTestCall() {
        return failures().isEmpty() && pending().isEmpty();
    }

    /** @return the checks no API can decide, such as SIP registration */
    public List<VerificationCheck> notVerifiable() {
        return withStatus(VerificationCheck.Status.NOT_VERIFIABLE);
    }

    /** @return the failed checks */
    public List<VerificationCheck> failures() {
        return withStatus(VerificationCheck.Status.FAILED);
    }

    /** @return the pending checks */
    public List<VerificationCheck> pending() {
        return withStatus(VerificationCheck.Status.PENDING);
    }

    /**
     * @param name a check name
     * @return the check with that name
     * @throws IllegalArgumentException when there is none
     */
    public VerificationCheck check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check named " + name + " in " + checks));
    }

    private List<VerificationCheck> withStatus(VerificationCheck.Status status) {
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
}
