package io.trunkline.it;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drives one integration through converge → verify → destroy the way an operator would: when a
 * step fails with a Trunkline exception, run it again (the documented way to resume). Anything
 * that is not a {@link TrunklineException} escaping the public API fails the test at once.
 */
final class Lifecycle {

    /** Plays the person who did every dashboard step. */
    static final ManualStepConfirmer ALL_DONE = step -> true;

    static final VerifyOptions VERIFY = new VerifyOptions(Duration.ofMinutes(3), Duration.ofSeconds(10),
            VerifyOptions.Listener.NONE);

    private final IntegrationEngine engine;
    private final IntegrationPlan integration;
    private final int maxRuns;
    final List<TrunklineException> failures = new ArrayList<>();
    final List<String> phasesFailed = new ArrayList<>();

    Lifecycle(IntegrationEngine engine, IntegrationPlan integration, int maxRuns) {
        this.engine = engine;
        this.integration = integration;
        this.maxRuns = maxRuns;
    }

    ApplyResult converge() {
        return resilient("converge", () -> engine.converge(integration, ApplyListener.NONE, ALL_DONE));
    }

    VerificationReport verify() {
        return resilient("verify", () -> engine.verify(integration, VERIFY));
    }

    ApplyResult destroy() {
        return resilient("destroy", () -> {
            ChangePlan plan = engine.planDestroy(integration);
            return engine.apply(plan, ApplyListener.NONE, ALL_DONE);
        });
    }

    ChangePlan plan() {
        return resilient("plan", () -> engine.plan(integration));
    }

    private <T> T resilient(String phase, Supplier<T> action) {
        for (int run = 1; ; run++) {
            try {
                return action.get();
            } catch (TrunklineException e) {
                failures.add(e);
                phasesFailed.add(phase);
                if (run >= maxRuns) {
                    throw e;
                }
            } catch (RuntimeException e) {
                throw new AssertionError("a non-Trunkline exception escaped the public API during " + phase + ": " + e, e);
            }
        }
    }
}
