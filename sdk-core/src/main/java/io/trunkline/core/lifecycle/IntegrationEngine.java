package io.trunkline.core.lifecycle;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.ValidIntegration;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.exception.PlanningException;
import io.trunkline.core.exception.StalePlanException;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.internal.diagnostic.LiveChecks;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.core.time.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the lifecycle of Aircall–Synthflow integrations: plan → apply → verify → destroy, like
 * Terraform, through the two ports the vendor modules implement. Thread-safe.
 *
 * <pre>{@code
 * IntegrationEngine engine = IntegrationEngine.builder()
 *     .agentPlatform(synthflow)            // e.g. SynthflowAgentPlatform from trunkline-synthflow
 *     .contactCenter(aircall)              // e.g. AircallContactCenter from trunkline-aircall
 *     .stateStore(StateStore.file(Path.of("trunkline.state")))
 *     .build();
 *
 * ChangePlan plan = engine.plan(integration);         // reads only
 * System.out.println(plan.render(PlanFormat.TEXT));
 * ApplyResult result = engine.apply(plan, ApplyListener.NONE);
 * VerificationReport report = engine.verify(integration);
 * }</pre>
 */
public final class IntegrationEngine {

    private final AgentPlatform platform;
    private final ContactCenter contactCenter;
    private final StateStore store;
    private final Clock clock;
    private final Sleeper sleeper;

    private IntegrationEngine(Builder b) {
        this.platform = Objects.requireNonNull(b.platform, "agentPlatform");
        this.contactCenter = Objects.requireNonNull(b.contactCenter, "contactCenter");
        this.store = b.store;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads live state and works out what apply would change. Writes nothing, to a vendor or to the
     * state store: a journal repair it finds (an action made by a create whose answer was lost, a
     * resource already gone) is a change that apply records.
     *
     * @param integration the desired integration
     * @return the plan
     * @throws io.trunkline.core.exception.PlanValidationException when the integration is invalid
     * @throws PlanningException when live state makes it impossible (unknown line, assistant, team…)
     */
    public ChangePlan plan(IntegrationPlan integration) {
        return new Planner(platform.snapshot(), contactCenter.snapshot(), store, clock).plan(validated(integration));
    }

    /**
     * Plans without any vendor connection, as if nothing existed yet: for a fresh account, or to
     * review the change plan and the dashboard runbook before credentials exist. Nothing is read from
     * either vendor (the line, the assistant and the transfer targets are assumed to exist; the
     * runbook names lines, teams and users by ID), and every rendering says so. Apply refuses the
     * result: plan against the live accounts before applying.
     *
     * <pre>{@code
     * IntegrationEngine offline = IntegrationEngine.builder()
     *     .agentPlatform(SynthflowAgentPlatform.create(SynthflowConfig.builder()
     *         .apiKey(Secret.of("not-yet")).workspaceId("not-yet").build()))
     *     .contactCenter(AircallContactCenter.create(AircallClient.create(AircallConfig.builder()
     *         .apiId(Secret.of("not-yet")).apiToken(Secret.of("not-yet")).build())))
     *     .build();
     * System.out.println(offline.planOffline(integration).render(PlanFormat.MARKDOWN));
     * }</pre>
     *
     * @param integration the desired integration
     * @return the plan, {@linkplain ChangePlan#offline() offline}
     * @throws io.trunkline.core.exception.PlanValidationException when the integration is invalid
     */
    public ChangePlan planOffline(IntegrationPlan integration) {
        return new Planner(platform, contactCenter.offline(), store, clock).planOffline(validated(integration));
    }

    /**
     * Applies a plan without confirming manual steps (they stay pending).
     *
     * @param plan a plan from {@link #plan} or {@link #planDestroy}
     * @param listener progress listener
     * @return what was done
     * @throws ApplyFailedException when a change fails; re-plan and apply to resume
     * @throws StalePlanException when live state changed since the plan
     */
    public ApplyResult apply(ChangePlan plan, ApplyListener listener) {
        return apply(plan, listener, ManualStepConfirmer.NONE);
    }

    /**
     * Applies a plan, asking {@code confirmer} about each pending manual step.
     *
     * @param plan a plan from {@link #plan} or {@link #planDestroy}
     * @param listener progress listener
     * @param confirmer says whether a person did a manual step; confirmations are recorded
     * @return what was done
     * @throws ApplyFailedException when a change fails; re-plan and apply to resume
     * @throws StalePlanException when live state changed since the plan
     */
    public ApplyResult apply(ChangePlan plan, ApplyListener listener, ManualStepConfirmer confirmer) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(confirmer, "confirmer");
        if (plan.offline()) {
            throw new StalePlanException("this plan was made offline: it assumed nothing exists in Aircall or "
                    + "Synthflow; make one with plan() against the live accounts, then apply that");
        }
        // the plan was read before this lock was taken, so apply looks each resource up again before creating it
        return DidLocks.withLock(plan.did(), store, () -> new Applier(platform, store, clock, false)
                .apply(plan, listener, confirmer));
    }

    /**
     * Plans and applies in one go; the way to resume after a failed or interrupted apply.
     *
     * @param integration the desired integration
     * @param listener progress listener
     * @param confirmer says whether a person did a manual step
     * @return what was done
     */
    public ApplyResult converge(IntegrationPlan integration, ApplyListener listener, ManualStepConfirmer confirmer) {
        return converge(validated(integration), contactCenter.snapshot(), listener, confirmer);
    }

    /** @param center the contact center's reads: this converge's own, or the batch's shared snapshot */
    private ApplyResult converge(ValidIntegration valid, ContactCenter center, ApplyListener listener,
                                 ManualStepConfirmer confirmer) {
        // Plan and apply under one lock hold, so a concurrent converge of the same DID plans after this one
        // applied, and what the plan read is still current for every Trunkline writer when apply creates.
        return DidLocks.withLock(valid.did(), store, () -> new Applier(platform, store, clock, true).apply(
                new Planner(platform.snapshot(), center, store, clock).plan(valid), listener, confirmer));
    }

    /**
     * Reads everything back and checks it, waiting up to the default 3 minutes for registration.
     *
     * @param integration the desired integration
     * @return every check with its status and reason
     */
    public VerificationReport verify(IntegrationPlan integration) {
        return verify(integration, VerifyOptions.defaults());
    }

    /**
     * Reads everything back and checks it. With a {@linkplain VerifyOptions#testCall(TestCall) test
     * call}, also finds that call in both vendors' call logs: a call that reached the assistant cleanly
     * is the only thing that makes the {@code registration} check pass.
     *
     * @param integration the desired integration
     * @param options how to wait for registration, and the test call to look up, if any
     * @return every check with its status and reason
     */
    public VerificationReport verify(IntegrationPlan integration, VerifyOptions options) {
        return new Verifier(platform, contactCenter.snapshot(), store, clock, sleeper).verify(validated(integration),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * Checks every entry of both vendors' assumption ledgers that a read can check, against the live
     * accounts, and writes nothing: not to the vendors, not to the state store. Each verdict carries
     * its evidence; see {@code docs/vendor-assumptions.md} for what the SDK does when one is refuted.
     *
     * @param integration the integration whose DID and termination URI the checks use
     * @return the contact center's verdicts, then the agent platform's, in ledger order
     */
    public List<AssumptionVerdict> preflight(IntegrationPlan integration) {
        ValidIntegration valid = validated(integration);
        PhoneNumber did = valid.did();
        List<AssumptionVerdict> verdicts = new ArrayList<>(contactCenter.preflight(did));
        verdicts.addAll(platform.preflight(did, valid.sipNumber().terminationUri()));
        return List.copyOf(verdicts);
    }

    /**
     * Plans the removal of what Trunkline created for this integration; resources that existed
     * before are left alone. Like {@link #plan}, it writes nothing; apply the result with {@link #apply}.
     *
     * @param integration the integration to tear down
     * @return the destroy plan
     */
    public ChangePlan planDestroy(IntegrationPlan integration) {
        return new Destroyer(platform.snapshot(), contactCenter.snapshot(), store, clock).plan(validated(integration));
    }

    /**
     * Records that a person did a manual step, as it is now. The confirmation holds until the step's
     * values change.
     *
     * @param integration the integration
     * @param stepId the manual step's id, e.g. {@code aircall.sip-destination}
     * @return the step that was confirmed
     * @throws IllegalArgumentException when the integration has no such step
     */
    public ManualStep confirmManualStep(IntegrationPlan integration, String stepId) {
        ValidIntegration valid = validated(integration);
        List<ManualStep> steps = new ArrayList<>(contactCenter.manualSteps(valid));
        steps.addAll(platform.manualSteps(valid));
        ManualStep step = steps.stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no manual step " + stepId + "; the steps are "
                        + steps.stream().map(ManualStep::id).toList()));
        new Ledger(store, valid.did()).confirm(step);
        return step;
    }

    /**
     * Converges many integrations (one per DID) with bounded concurrency. One failure does not stop
     * the others. The contact center is read through one snapshot for the whole batch, so its
     * number list and each line, team and user the integrations refer to are read once, not once
     * per DID (Aircall's 120 requests per minute are shared by the whole company).
     *
     * @param integrations the integrations
     * @param concurrency how many run at once (vendor rate limits are enforced by the clients)
     * @param listener progress listener, called from worker threads
     * @param confirmer says whether a person did a manual step
     * @return one result per integration, in order
     */
    public BatchResult applyAll(List<IntegrationPlan> integrations, int concurrency, ApplyListener listener,
                                ManualStepConfirmer confirmer) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        ContactCenter batchCenter = contactCenter.snapshot();
        try {
            List<Future<BatchResult.Item>> futures = new ArrayList<>();
            java.util.Map<String, String> assistantOwners = new java.util.HashMap<>();
            for (IntegrationPlan integration : integrations) {
                Diagnostic clash = assistantClash(integration, assistantOwners);
                futures.add(clash == null ? pool.submit(() -> convergeOne(integration, batchCenter, listener, confirmer))
                        : java.util.concurrent.CompletableFuture.completedFuture(new BatchResult.Item(integration.did(),
                        BatchResult.Item.Status.FAILED, null, new PlanningException(List.of(clash)))));
            }
            List<BatchResult.Item> items = new ArrayList<>();
            for (Future<BatchResult.Item> future : futures) {
                items.add(await(future));
            }
            return new BatchResult(items);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidIntegration validated(IntegrationPlan integration) {
        return Objects.requireNonNull(integration, "integration").validated();
    }

    /**
     * An assistant answers one inbound number, so two integrations binding the same assistant would
     * take the number from each other on every run; the later one is refused.
     */
    private static Diagnostic assistantClash(IntegrationPlan integration, java.util.Map<String, String> owners) {
        String assistantId = integration.assistant().map(a -> a.id()).orElse(null);
        if (assistantId == null || assistantId.isBlank()) {
            return null;
        }
        String owner = owners.putIfAbsent(assistantId, integration.did());
        return owner == null ? null : LiveChecks.assistantSharedInBatch(assistantId, owner, integration.did());
    }

    private BatchResult.Item convergeOne(IntegrationPlan integration, ContactCenter center, ApplyListener listener,
                                  ManualStepConfirmer confirmer) {
        try {
            ApplyResult result = converge(validated(integration), center, listener, confirmer);
            return new BatchResult.Item(integration.did(), result.complete() ? BatchResult.Item.Status.CONVERGED
                    : BatchResult.Item.Status.PENDING_MANUAL, result, null);
        } catch (TrunklineException e) {
            return new BatchResult.Item(integration.did(), BatchResult.Item.Status.FAILED, null, e);
        }
    }

    private static BatchResult.Item await(Future<BatchResult.Item> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrunklineException("interrupted while waiting for the batch", e);
        } catch (ExecutionException e) {
            throw new TrunklineException("an integration failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    /** Builds {@link IntegrationEngine}s. */
    public static final class Builder {
        private AgentPlatform platform;
        private ContactCenter contactCenter;
        private StateStore store = StateStore.inMemory();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * @param platform the AI voice-agent side, e.g. Synthflow (required)
         * @return this
         */
        public Builder agentPlatform(AgentPlatform platform) {
            this.platform = Objects.requireNonNull(platform, "platform");
            return this;
        }

        /**
         * @param contactCenter the contact-center side, e.g. Aircall (required)
         * @return this
         */
        public Builder contactCenter(ContactCenter contactCenter) {
            this.contactCenter = Objects.requireNonNull(contactCenter, "contactCenter");
            return this;
        }

        /**
         * @param store where ownership and confirmations are recorded; default in memory, which
         *     forgets ownership when the process ends — use {@link StateStore#file} in production
         * @return this
         */
        public Builder stateStore(StateStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param clock time source for timings and deadlines (default UTC system clock)
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param sleeper how verify waits between polls (default: really sleeps)
         * @return this
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** @return the engine */
        public IntegrationEngine build() {
            return new IntegrationEngine(this);
        }
    }
}
