package io.trunkline.core.lifecycle;

import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.exception.StalePlanException;
import io.trunkline.core.spi.AgentPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Executes a {@link ChangePlan} in order. Before each update it re-reads the fields it is about to
 * change: if live state moved since the plan, it stops with a {@link StalePlanException} instead of
 * overwriting. A plan read under the DID lock this apply holds (a converge) is current for every
 * Trunkline writer sharing the state store, so its creates rest on the plan's own look-ups, made
 * moments ago. A plan applied later (a saved plan) is first checked against the journal, as
 * Terraform checks a saved plan against the state serial (another apply of the DID since makes it
 * stale), and each create looks the resource up by natural key again, because neither vendor refuses
 * a duplicate create made by someone else.
 */
final class Applier {

    private final AgentPlatform platform;
    private final StateStore store;
    private final Clock clock;
    /** Whether the plan's reads were made under the DID lock this apply holds. */
    private final boolean planReadUnderThisLock;

    Applier(AgentPlatform platform, StateStore store, Clock clock, boolean planReadUnderThisLock) {
        this.platform = platform;
        this.store = store;
        this.clock = clock;
        this.planReadUnderThisLock = planReadUnderThisLock;
    }

    ApplyResult apply(ChangePlan plan, ApplyListener listener, ManualStepConfirmer confirmer) {
        Ledger ledger = new Ledger(store, plan.did());
        if (!planReadUnderThisLock && plan.journalSerial().filter(serial -> !serial.equals(ledger.serial())).isPresent()) {
            throw new StalePlanException("another apply of " + plan.did() + " changed Trunkline's journal since the plan"
                    + " was made; make a new plan and apply that");
        }
        Execution execution = new Execution(ledger);
        List<ApplyResult.StepOutcome> outcomes = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            Change change = step.change();
            if (!change.action().writes()) {
                execution.run(step);
                ApplyResult.StepOutcome outcome = skip(change, ledger, confirmer);
                outcomes.add(outcome);
                listener.stepSkipped(outcome);
                continue;
            }
            Instant start = clock.instant();
            listener.stepStarted(change);
            try {
                execution.run(step);
            } catch (RuntimeException e) {
                Duration took = Duration.between(start, clock.instant());
                listener.stepFailed(change, e, took);
                outcomes.add(new ApplyResult.StepOutcome(change, ApplyResult.StepOutcome.Status.FAILED, took, e.getMessage()));
                throw new ApplyFailedException(new ApplyResult(plan, outcomes), change, e);
            }
            Duration took = Duration.between(start, clock.instant());
            outcomes.add(new ApplyResult.StepOutcome(change, ApplyResult.StepOutcome.Status.SUCCEEDED, took, change.summary()));
            listener.stepSucceeded(change, took);
        }
        return new ApplyResult(plan, outcomes);
    }

    private ApplyResult.StepOutcome skip(Change change, Ledger ledger, ManualStepConfirmer confirmer) {
        if (change.action() != Change.Action.MANUAL) {
            return new ApplyResult.StepOutcome(change, ApplyResult.StepOutcome.Status.SKIPPED, Duration.ZERO, change.summary());
        }
        if (confirmer.isDone(change.manualStep())) {
            ledger.confirm(change.manualStep());
            return new ApplyResult.StepOutcome(change, ApplyResult.StepOutcome.Status.CONFIRMED, Duration.ZERO, "confirmed and recorded");
        }
        return new ApplyResult.StepOutcome(change, ApplyResult.StepOutcome.Status.PENDING, Duration.ZERO,
                "waiting for a person: " + change.manualStep().dashboardPath());
    }

    /**
     * Executes one plan's operations. A change that writes must carry a vendor write, and one that
     * writes nothing may only carry a journal repair (made here because planning writes nothing):
     * any other pairing was not reviewed as it would run, so apply fails rather than succeeding
     * silently.
     */
    private final class Execution implements Operation.Handler {
        private final Ledger ledger;
        private final Map<String, String> createdIds = new HashMap<>();
        private PlanStep current;

        Execution(Ledger ledger) {
            this.ledger = ledger;
        }

        void run(PlanStep step) {
            current = step;
            step.operation().dispatch(this);
        }

        /** Fails unless the change being applied writes through an API exactly when {@code op} does. */
        private void expectWrite(boolean vendorWrite, Operation op) {
            if (current.change().action().writes() != vendorWrite) {
                throw new IllegalStateException("apply does not know how to execute " + op + " for the "
                        + current.change().action() + " change " + current.change().id());
            }
        }

        @Override
        public void none(Operation.None op) {
            expectWrite(false, op);
        }

        @Override
        public void recordAdoption(Operation.RecordAdoption op) {
            expectWrite(false, op);
            ledger.recordCreated(op.key(), op.actionId());
        }

        @Override
        public void forgetGone(Operation.ForgetGone op) {
            expectWrite(false, op);
            op.keys().forEach(ledger::remove);
        }

        @Override
        public void createSipNumber(Operation.CreateSipNumber op) {
            expectWrite(true, op);
            if (!planReadUnderThisLock && platform.findSipNumber(op.spec().did()).isPresent()) {
                throw new StalePlanException("SIP number " + op.spec().did() + " appeared since the plan was made");
            }
            ledger.intend(Planner.SIP_NUMBER, null);
            platform.createSipNumber(op.spec());
            ledger.recordCreated(Planner.SIP_NUMBER, null);
        }

        @Override
        public void updateSipNumber(Operation.UpdateSipNumber op) {
            expectWrite(true, op);
            var live = platform.findSipNumber(op.spec().did()).orElseThrow(() -> new StalePlanException(
                    "SIP number " + op.spec().did() + " disappeared since the plan was made"));
            requireUnchanged("SIP number " + op.spec().did(), op.before(), Diffs.live(live));
            platform.updateSipNumber(op.spec());
        }

        @Override
        public void deleteSipNumber(Operation.DeleteSipNumber op) {
            expectWrite(true, op);
            platform.deleteSipNumber(op.did());
            ledger.remove(Planner.SIP_NUMBER);
            ledger.remove(Planner.BINDING);
        }

        @Override
        public void bindNumber(Operation.BindNumber op) {
            expectWrite(true, op);
            platform.bindInboundNumber(op.assistantId(), op.did());
            ledger.recordBinding(op.assistantId());
        }

        @Override
        public void createAction(Operation.CreateAction op) {
            expectWrite(true, op);
            Applier.this.createAction(op, ledger, createdIds);
        }

        @Override
        public void updateAction(Operation.UpdateAction op) {
            expectWrite(true, op);
            AgentPlatform.TransferActionState live = platform.findTransferAction(op.actionId()).orElseThrow(() -> new StalePlanException(
                    "transfer action " + op.actionId() + " disappeared since the plan was made"));
            requireUnchanged("transfer action " + op.actionId(), op.before(), Diffs.live(live));
            platform.updateTransferAction(op.actionId(), op.spec());
        }

        @Override
        public void attachAction(Operation.AttachAction op) {
            expectWrite(true, op);
            String id = op.actionId() != null ? op.actionId() : createdIds.getOrDefault(op.key(),
                    ledger.recordedId(op.key()).orElseThrow(() -> new StalePlanException(
                            "the transfer action to attach (" + op.key() + ") was not created")));
            platform.attachAction(op.assistantId(), id);
        }

        @Override
        public void detachAction(Operation.DetachAction op) {
            expectWrite(true, op);
            platform.detachAction(op.assistantId(), op.actionId());
        }

        @Override
        public void deleteAction(Operation.DeleteAction op) {
            expectWrite(true, op);
            platform.deleteTransferAction(op.actionId());
            ledger.remove(op.key());
        }
    }

    private void createAction(Operation.CreateAction op, Ledger ledger, Map<String, String> createdIds) {
        if (!planReadUnderThisLock
                && platform.findMatchingTransferAction(op.spec(), AgentPlatform.MatchScope.ATTACHED_TO_ASSISTANT).isPresent()) {
            throw new StalePlanException("a transfer action dialling " + op.spec().phone() + " appeared since the plan was made");
        }
        ledger.intend(op.key(), platform.transferActionBaseline(op.spec()));
        String id = platform.createTransferAction(op.spec()).id();
        ledger.recordCreated(op.key(), id);
        createdIds.put(op.key(), id);
    }

    private static void requireUnchanged(String resource, Map<String, String> before, Map<String, String> live) {
        before.forEach((field, expected) -> {
            if (!Objects.equals(expected, live.get(field))) {
                throw new StalePlanException(resource + " field " + field + " changed since the plan was made");
            }
        });
    }
}
