package io.trunkline.examples;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.ValidationReport;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.spi.AssumptionVerdict;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The README's main example: connects an Aircall line to a Synthflow assistant from start to end.
 *
 * <p>By default it starts embedded simulators of both vendors, so it runs on a fresh machine without
 * accounts: it validates the plan, prints it, applies it with progress, prints the manual runbook,
 * plays the person who performs the manual steps in the simulated Aircall dashboard, verifies (SIP
 * registration settles in 90 simulated seconds), and applies again to show that nothing is left to
 * do. With real credentials in the environment it plans against the real vendors, and applies only
 * with {@code --apply}. Run with {@code --help} for the options.
 */
public final class QuickStart {

    private final QuickStartOptions options;
    private final PrintStream out;

    private QuickStart(QuickStartOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** @param args see {@code --help} */
    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs QuickStart with explicit inputs, for tests and embedding.
     *
     * @param args the command-line flags
     * @param env the environment variables to read
     * @param out where to print
     * @return the exit status: 0 on success, 1 when the integration failed, 2 for bad usage
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        QuickStartOptions options;
        try {
            options = QuickStartOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.print(QuickStartOptions.USAGE);
            return 0;
        }
        try {
            return new QuickStart(options, out).run();
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            return 2;
        } catch (TrunklineException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int run() {
        boolean real = options.missingCredentials().isEmpty();
        if (!real && options.missingCredentials().size() < 4) {
            throw new IllegalArgumentException("set all four credentials or none; missing: " + options.missingCredentials());
        }
        IntegrationPlan plan = SamplePlans.afterHours(options.did(), options.assistantId(), options.engineVersion(),
                options.terminationUri(), options.transport(), options.fallbackTeam(), options.transferLine());
        try (DemoVendors vendors = real ? DemoVendors.real(options) : DemoVendors.simulators(options.simulatorProfile())) {
            out.println(real ? "Talking to the real vendors (" + (options.preflight() ? "preflight, reads only"
                    : options.apply() ? "plan and apply" : "plan only") + ")."
                    : "Running against the embedded Synthflow and Aircall simulators (no account needed; profile "
                    + options.simulatorProfile() + ").");
            IntegrationEngine engine = IntegrationEngine.builder().agentPlatform(vendors.platform)
                    .contactCenter(vendors.contactCenter).stateStore(stateStore(real))
                    .clock(vendors.clock).sleeper(vendors.sleeper).build();
            return options.preflight() ? preflight(engine, plan) : lifecycle(engine, plan, vendors, real);
        }
    }

    /** Checks the assumption ledger with reads only and prints a verdict per entry. */
    private int preflight(IntegrationEngine engine, IntegrationPlan plan) {
        section("Preflight: the vendor assumption ledger (docs/vendor-assumptions.md), reads only");
        List<AssumptionVerdict> verdicts = engine.preflight(plan);
        verdicts.forEach(out::println);
        out.printf("%nPreflight: %d confirmed, %d refuted, %d unknown. Nothing was changed.%n",
                count(verdicts, AssumptionVerdict.Verdict.CONFIRMED), count(verdicts, AssumptionVerdict.Verdict.REFUTED),
                count(verdicts, AssumptionVerdict.Verdict.UNKNOWN));
        return 0;
    }

    private static long count(List<AssumptionVerdict> verdicts, AssumptionVerdict.Verdict verdict) {
        return verdicts.stream().filter(v -> v.verdict() == verdict).count();
    }

    private StateStore stateStore(boolean real) {
        return options.stateFile().or(() -> real ? java.util.Optional.of(Path.of("trunkline.state")) : java.util.Optional.empty())
                .map(StateStore::file).orElseGet(StateStore::inMemory);
    }

    private int lifecycle(IntegrationEngine engine, IntegrationPlan plan, DemoVendors vendors, boolean real) {
        section("1. Validate the plan for " + plan.did());
        ValidationReport report = plan.validate();
        out.println(report);
        if (!report.isValid()) {
            return 1;
        }
        section("2. Plan (reads only)");
        ChangePlan changes = engine.plan(plan);
        out.print(changes.render(PlanFormat.TEXT));
        if (real && !options.apply()) {
            section("Runbook for the dashboard-only steps");
            out.print(changes.render(PlanFormat.MARKDOWN));
            out.println("\nNothing was changed. Run again with --apply to apply this plan.");
            return 0;
        }
        section("3. Apply");
        ApplyResult applied = engine.apply(changes, new ConsoleProgress(out));
        section("4. Runbook: what a person does in the dashboards");
        out.print(engine.plan(plan).render(PlanFormat.MARKDOWN));
        ManualStepConfirmer confirmer = ManualStepConfirmer.NONE;
        if (vendors.simulated()) {
            section("5. Perform the manual steps (in the simulated Aircall dashboard) and confirm them");
            DashboardPerson person = new DashboardPerson(vendors.aircallSimulator, plan, SamplePlans.LINE_ID);
            person.followRunbook();
            confirmer = person;
            engine.converge(plan, new ConsoleProgress(out), confirmer);
        }
        section("6. Verify");
        VerificationReport verification = engine.verify(plan, VerifyOptions.defaults().withListener((status, elapsed, left) ->
                out.printf("  Synthflow attachment %s after %d s of simulated or real time (%d s left)%n",
                        status.state().name().toLowerCase(java.util.Locale.ROOT), elapsed.toSeconds(), left.toSeconds())));
        out.println(verification);
        return summary(engine, plan, applied, verification, confirmer);
    }

    private int summary(IntegrationEngine engine, IntegrationPlan plan, ApplyResult applied,
                        VerificationReport verification, ManualStepConfirmer confirmer) {
        section("7. Summary");
        out.printf("  API changes applied:   %d%n", applied.succeededCount());
        ChangePlan again = engine.plan(plan);
        ApplyResult reapplied = engine.apply(again, ApplyListener.NONE, confirmer);
        out.printf("  re-apply:              %d change(s), %d write(s)%n",
                again.changes().stream().filter(c -> c.action() != Change.Action.NO_OP).count(), reapplied.succeededCount());
        out.printf("  manual steps pending:  %d%n", reapplied.pendingManualSteps().size());
        out.printf("  verification:          %s (%d passed, %d failed, %d pending, %d need a test call)%n",
                verification.readyForTestCall() ? "everything an API shows passed; call " + plan.did()
                        + " to prove SIP registration" : "not complete",
                verification.checks().size() - verification.failures().size() - verification.pending().size()
                        - verification.notVerifiable().size(),
                verification.failures().size(), verification.pending().size(), verification.notVerifiable().size());
        return verification.failures().isEmpty() ? 0 : 1;
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

}
