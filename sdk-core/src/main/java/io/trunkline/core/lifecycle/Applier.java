package io.trunkline.core.lifecycle;

import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.TransferActionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Executes a {@link ChangePlan} in order. Before each create it looks the resource up by natural
 * key, and before each update it re-reads the fields it is about to change: if live state moved
 * since the plan, it stops with a {@link StalePlanException} instead of duplicating or overwriting.
 */
final class Applier {

    private final AgentPlatform platform;
    private final StateStore store;
    private final Clock clock;

    Applier(AgentPlatform platform, StateStore store, Clock clock) {
        this.platform = platform;
        this.store = store;
        this.clock = clock;
    }

    ApplyResult apply(ChangePlan plan, ApplyListener listener, ManualStepConfirmer confirmer) {
        Ledger ledger = new Ledger(store, plan.did());
        Map<String, String> createdIds = new HashMap<>();
        List<StepOutcome> outcomes = new ArrayList<>();
        for (Change change : plan.changes()) {
            if (!change.action().writes()) {
                recordInJournal(plan.operation(change.id()), ledger);
                StepOutcome outcome = skip(change, ledger, confirmer);
                outcomes.add(outcome);
                listener.stepSkipped(outcome);
                continue;
            }
            Instant start = clock.instant();
            listener.stepStarted(change);
            try {
                execute(plan.operation(change.id()), ledger, createdIds);
            } catch (RuntimeException e) {
                Duration took = Duration.between(start, clock.instant());
                listener.stepFailed(change, e, took);
                outcomes.add(new StepOutcome(change, StepOutcome.Status.FAILED, took, e.getMessage()));
                throw new ApplyFailedException(new ApplyResult(plan, outcomes), change, e);
            }
            Duration took = Duration.between(start, clock.instant());
            outcomes.add(new StepOutcome(change, StepOutcome.Status.SUCCEEDED, took, change.summary()));
            listener.stepSucceeded(change, took);
        }
        return new ApplyResult(plan, outcomes);
    }

    /** The journal repairs planning found, made here because planning writes nothing. */
    private static void recordInJournal(Operation operation, Ledger ledger) {
        if (operation instanceof Operation.RecordAdoption adoption) {
            ledger.recordId(adoption.key(), adoption.actionId());
        } else if (operation instanceof Operation.ForgetGone gone) {
            gone.keys().forEach(ledger::remove);
        } else if (!(operation instanceof Operation.None)) {
            throw new IllegalStateException("a change that writes nothing carries the write operation " + operation);
        }
    }

    private StepOutcome skip(Change change, Ledger ledger, ManualStepConfirmer confirmer) {
        if (change.action() != ChangeAction.MANUAL) {
            return new StepOutcome(change, StepOutcome.Status.SKIPPED, Duration.ZERO, change.summary());
        }
        if (confirmer.isDone(change.manualStep())) {
            ledger.confirm(change.manualStep());
            return new StepOutcome(change, StepOutcome.Status.CONFIRMED, Duration.ZERO, "confirmed and recorded");
        }
        return new StepOutcome(change, StepOutcome.Status.PENDING, Duration.ZERO,
                "waiting for a person: " + change.manualStep().dashboardPath());
    }

    private void execute(Operation operation, Ledger ledger, Map<String, String> createdIds) {
        if (operation instanceof Operation.CreateSipNumber op) {
            if (platform.findSipNumber(op.spec().did()).isPresent()) {
                throw new StalePlanException("SIP number " + op.spec().did() + " appeared since the plan was made");
            }
            ledger.put(Planner.SIP_NUMBER, Ledger.INTENDED);
            platform.createSipNumber(op.spec());
            ledger.put(Planner.SIP_NUMBER, Ledger.CREATED);
        } else if (operation instanceof Operation.UpdateSipNumber op) {
            var live = platform.findSipNumber(op.spec().did())
                    .orElseThrow(() -> new StalePlanException("SIP number " + op.spec().did() + " disappeared since the plan was made"));
            requireUnchanged("SIP number " + op.spec().did(), op.before(), Diffs.live(live));
            platform.updateSipNumber(op.spec());
        } else if (operation instanceof Operation.BindNumber op) {
            platform.bindInboundNumber(op.assistantId(), op.did());
            ledger.put(Planner.BINDING, op.assistantId());
        } else if (operation instanceof Operation.CreateAction op) {
            createAction(op, ledger, createdIds);
        } else if (operation instanceof Operation.UpdateAction op) {
            TransferActionState live = platform.findTransferAction(op.actionId())
                    .orElseThrow(() -> new StalePlanException("transfer action " + op.actionId() + " disappeared since the plan was made"));
            requireUnchanged("transfer action " + op.actionId(), op.before(), Diffs.live(live));
            platform.updateTransferAction(op.actionId(), op.spec());
        } else if (operation instanceof Operation.AttachAction op) {
            String id = op.actionId() != null ? op.actionId() : createdIds.getOrDefault(op.key(),
                    ledger.recordedId(op.key()).orElseThrow(() -> new StalePlanException(
                            "the transfer action to attach (" + op.key() + ") was not created")));
            platform.attachAction(op.assistantId(), id);
        } else if (operation instanceof Operation.DetachAction op) {
            platform.detachAction(op.assistantId(), op.actionId());
        } else if (operation instanceof Operation.DeleteAction op) {
            platform.deleteTransferAction(op.actionId());
            ledger.remove(op.key());
        } else if (operation instanceof Operation.DeleteSipNumber op) {
            platform.deleteSipNumber(op.did());
            ledger.remove(Planner.SIP_NUMBER);
            ledger.remove(Planner.BINDING);
        } else {
            // never a silent success: a write the applier does not know was not done
            throw new IllegalStateException("apply does not know how to execute " + operation);
        }
    }

    private void createAction(Operation.CreateAction op, Ledger ledger, Map<String, String> createdIds) {
        if (platform.findMatchingTransferAction(op.spec(), AgentPlatform.MatchScope.ATTACHED_TO_ASSISTANT).isPresent()) {
            throw new StalePlanException("a transfer action dialling " + op.spec().phone() + " appeared since the plan was made");
        }
        ledger.intend(op.key(), platform.transferActionBaseline(op.spec()));
        String id = platform.createTransferAction(op.spec()).id();
        ledger.recordId(op.key(), id);
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
