package io.trunkline.spring.boot;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.spring.boot.internal.PhaseObserver;
import io.trunkline.spring.boot.observation.LifecyclePhase;
import java.util.Objects;

/**
 * The auto-configured {@link IntegrationEngine} with each lifecycle phase observed: when Micrometer
 * is present, {@code plan}, {@code apply}, {@code verify} and {@code destroy} each get a timer
 * ({@code trunkline.lifecycle}, tagged {@code phase}) and, with a tracing bridge, a span. Without
 * Micrometer the calls go straight to the engine.
 *
 * <pre>{@code
 * @Service
 * class Onboarding {
 *     private final ObservedIntegrationEngine trunkline;
 *
 *     Onboarding(ObservedIntegrationEngine trunkline) {
 *         this.trunkline = trunkline;
 *     }
 *
 *     ApplyResult connect(IntegrationPlan integration) {
 *         return trunkline.apply(trunkline.plan(integration), ApplyListener.NONE);
 *     }
 * }
 * }</pre>
 *
 * <p>The methods behave exactly as {@link IntegrationEngine}'s; what is not observed (preflight,
 * manual-step confirmation, batches) is on {@link #engine()}.
 */
public final class ObservedIntegrationEngine {

    private final IntegrationEngine engine;
    private final PhaseObserver observer;

    ObservedIntegrationEngine(IntegrationEngine engine, PhaseObserver observer) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** @return the engine itself, for what is not observed */
    public IntegrationEngine engine() {
        return engine;
    }

    /**
     * Observed as {@link LifecyclePhase#PLAN}; see {@link IntegrationEngine#plan(IntegrationPlan)}.
     *
     * @param integration the desired integration
     * @return the plan
     */
    public ChangePlan plan(IntegrationPlan integration) {
        return observer.observe(LifecyclePhase.PLAN, did(integration), () -> engine.plan(integration));
    }

    /**
     * Observed as {@link LifecyclePhase#PLAN}; see {@link IntegrationEngine#planDestroy(IntegrationPlan)}.
     *
     * @param integration the integration to tear down
     * @return the destroy plan
     */
    public ChangePlan planDestroy(IntegrationPlan integration) {
        return observer.observe(LifecyclePhase.PLAN, did(integration), () -> engine.planDestroy(integration));
    }

    /**
     * Observed as {@link LifecyclePhase#APPLY}, or {@link LifecyclePhase#DESTROY} for a destroy plan;
     * see {@link IntegrationEngine#apply(ChangePlan, ApplyListener)}.
     *
     * @param plan a plan from {@link #plan} or {@link #planDestroy}
     * @param listener progress listener
     * @return what was done
     */
    public ApplyResult apply(ChangePlan plan, ApplyListener listener) {
        return apply(plan, listener, ManualStepConfirmer.NONE);
    }

    /**
     * Observed as {@link LifecyclePhase#APPLY}, or {@link LifecyclePhase#DESTROY} for a destroy plan;
     * see {@link IntegrationEngine#apply(ChangePlan, ApplyListener, ManualStepConfirmer)}.
     *
     * @param plan a plan from {@link #plan} or {@link #planDestroy}
     * @param listener progress listener
     * @param confirmer says whether a person did a manual step
     * @return what was done
     */
    public ApplyResult apply(ChangePlan plan, ApplyListener listener, ManualStepConfirmer confirmer) {
        LifecyclePhase phase = plan.kind() == ChangePlan.Kind.DESTROY ? LifecyclePhase.DESTROY : LifecyclePhase.APPLY;
        return observer.observe(phase, plan.did().toString(), () -> engine.apply(plan, listener, confirmer));
    }

    /**
     * Observed as {@link LifecyclePhase#APPLY}; see
     * {@link IntegrationEngine#converge(IntegrationPlan, ApplyListener, ManualStepConfirmer)}.
     *
     * @param integration the desired integration
     * @param listener progress listener
     * @param confirmer says whether a person did a manual step
     * @return what was done
     */
    public ApplyResult converge(IntegrationPlan integration, ApplyListener listener, ManualStepConfirmer confirmer) {
        return observer.observe(LifecyclePhase.APPLY, did(integration),
                () -> engine.converge(integration, listener, confirmer));
    }

    /**
     * Observed as {@link LifecyclePhase#VERIFY}; see {@link IntegrationEngine#verify(IntegrationPlan)}.
     *
     * @param integration the desired integration
     * @return every check with its status and reason
     */
    public VerificationReport verify(IntegrationPlan integration) {
        return observer.observe(LifecyclePhase.VERIFY, did(integration), () -> engine.verify(integration));
    }

    /**
     * Observed as {@link LifecyclePhase#VERIFY}; see {@link IntegrationEngine#verify(IntegrationPlan, VerifyOptions)}.
     *
     * @param integration the desired integration
     * @param options how to wait for registration, and the test call to look up, if any
     * @return every check with its status and reason
     */
    public VerificationReport verify(IntegrationPlan integration, VerifyOptions options) {
        return observer.observe(LifecyclePhase.VERIFY, did(integration), () -> engine.verify(integration, options));
    }

    /** The DID for the observation; an invalid one is the engine's to report, not the observer's. */
    private static String did(IntegrationPlan integration) {
        String raw = Objects.requireNonNull(integration, "integration").did();
        return PhoneNumber.problemWith(raw) == null ? PhoneNumber.parse(raw).toString() : "invalid";
    }

    @Override
    public String toString() {
        return "ObservedIntegrationEngine[" + engine + "]";
    }
}
