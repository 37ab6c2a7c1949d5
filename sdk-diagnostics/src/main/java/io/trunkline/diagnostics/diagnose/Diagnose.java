package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.finding.CallFindings;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.diagnostics.internal.diagnose.LiveFindings;
import io.trunkline.diagnostics.internal.diagnose.PlanFindings;
import io.trunkline.diagnostics.internal.diagnose.ProbeFindings;
import io.trunkline.diagnostics.sip.ProbeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Troubleshoots an Aircall–Synthflow integration: explains why calls do not reach the AI, stay
 * silent, or fail to transfer back to Aircall. Give it the plan, and whatever else you have: the
 * live state read from the vendors, SIP probe results, recent call records. Each source adds its
 * checks; nothing is read or written by {@code run()} itself.
 *
 * <pre>{@code
 * Findings findings = Diagnose.plan(plan)
 *     .liveState(LiveState.read(plan, aircall, synthflow))
 *     .probeResults(List.of(SipProbe.builder().build().options("sip.synthflow.ai", Transport.UDP)))
 *     .calls(recentCalls)
 *     .run();
 * System.out.println(findings.render());
 * }</pre>
 *
 * <p>The plan does not need to be valid: its validation findings are part of the diagnosis. A
 * {@code Diagnose} is a mutable request; {@link #run()} returns an immutable result.
 */
public final class Diagnose {

    private final IntegrationPlan plan;
    private LiveState liveState;
    private final List<ProbeResult> probeResults = new ArrayList<>();
    private final List<AgentPlatform.CallRecord> calls = new ArrayList<>();

    private Diagnose(IntegrationPlan plan) {
        this.plan = plan;
    }

    /**
     * Starts a diagnosis of {@code plan}.
     *
     * @param plan the integration plan, valid or not
     * @return the request, to add live state, probe results and calls to
     */
    public static Diagnose plan(IntegrationPlan plan) {
        return new Diagnose(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Adds the live state, which enables the checks that compare the plan with what the vendors
     * really have configured.
     *
     * @param liveState what the vendors report, e.g. from {@link LiveState#read}; not null; replaces
     *     any earlier one
     * @return this request, for chaining
     */
    public Diagnose liveState(LiveState liveState) {
        this.liveState = Objects.requireNonNull(liveState, "liveState");
        return this;
    }

    /**
     * Adds SIP probe results, which let the diagnosis judge the SIP path from where the probes ran
     * (not from Aircall).
     *
     * @param results SIP probe results, e.g. from {@code SipProbe.options(..)}; not null, no null
     *     element; appended to those added before
     * @return this request, for chaining
     */
    public Diagnose probeResults(List<ProbeResult> results) {
        Objects.requireNonNull(results, "results").forEach(r -> probeResults.add(Objects.requireNonNull(r, "result")));
        return this;
    }

    /**
     * Adds one SIP probe result.
     *
     * @param result one SIP probe result; not null; appended to those added before
     * @return this request, for chaining
     */
    public Diagnose probeResult(ProbeResult result) {
        probeResults.add(Objects.requireNonNull(result, "result"));
        return this;
    }

    /**
     * Adds recent calls, which let the diagnosis explain failed calls from the AI platform's call log.
     *
     * @param records recent call records of the AI platform; not null, no null element; appended
     *     to those added before
     * @return this request, for chaining
     */
    public Diagnose calls(List<AgentPlatform.CallRecord> records) {
        Objects.requireNonNull(records, "records").forEach(r -> calls.add(Objects.requireNonNull(r, "record")));
        return this;
    }

    /**
     * Runs every check that the given sources allow: the plan's validation, then the live state,
     * the probes and the calls.
     *
     * @return the findings, most serious first
     */
    public Findings run() {
        DiagnosticList findings = new DiagnosticList();
        PlanFindings.check(plan, findings);
        if (liveState != null) {
            LiveFindings.check(plan, liveState, findings);
        }
        ProbeFindings.check(plan, probeResults, findings);
        CallFindings.check(plan, calls, findings);
        return new Findings(findings.all());
    }

    /**
     * Everything {@link Diagnose} found, as {@link Diagnostic}s, most serious first (errors, then
     * warnings, then information; within a severity, in the order the checks ran: plan, live state,
     * probes, calls).
     *
     * @param all every diagnostic: the plan's validation, live state, probes and calls
     */
    public record Findings(List<Diagnostic> all) {

        /**
         * Copies the list and orders it by severity, keeping the order of equal severities.
         *
         * @param all every diagnostic, in any order; not null; copied, so later changes to the
         *     list do not show
         */
        public Findings {
            all = Objects.requireNonNull(all, "all").stream()
                    .sorted(Comparator.comparing(Diagnostic::severity))
                    .toList();
        }

        /** @return the errors */
        public List<Diagnostic> errors() {
            return withSeverity(Severity.ERROR);
        }

        /** @return the warnings */
        public List<Diagnostic> warnings() {
            return withSeverity(Severity.WARNING);
        }

        /** @return whether there is neither an error nor a warning (information alone is fine) */
        public boolean healthy() {
            return all.stream().allMatch(f -> f.severity() == Severity.INFO);
        }

        /**
         * @param code a diagnostic code
         * @return the first (most serious) finding with that code, if any
         */
        public Optional<Diagnostic> find(DiagnosticCode code) {
            return all.stream().filter(f -> f.code() == code).findFirst();
        }

        /**
         * @param code a diagnostic code
         * @return every finding with that code
         */
        public List<Diagnostic> withCode(DiagnosticCode code) {
            return all.stream().filter(f -> f.code() == code).toList();
        }

        /** @return the distinct codes found, most serious first */
        public List<DiagnosticCode> codes() {
            return all.stream().map(Diagnostic::code).distinct().toList();
        }

        /**
         * Renders the findings for a terminal or a log: a count line, then one block per finding.
         *
         * @return the text, ending without a newline
         */
        public String render() {
            if (all.isEmpty()) {
                return "No findings.";
            }
            String counts = count(Severity.ERROR, "error") + ", " + count(Severity.WARNING, "warning")
                    + ", " + count(Severity.INFO, "info");
            return counts + "\n\n" + all.stream().map(Diagnostic::render).collect(Collectors.joining("\n\n"));
        }

        private String count(Severity severity, String noun) {
            long n = all.stream().filter(f -> f.severity() == severity).count();
            return n + " " + noun + (n == 1 || severity == Severity.INFO ? "" : "s");
        }

        private List<Diagnostic> withSeverity(Severity severity) {
            return all.stream().filter(f -> f.severity() == severity).toList();
        }

        /** @return {@link #render()} */
        @Override
        public String toString() {
            return render();
        }
    }
}
