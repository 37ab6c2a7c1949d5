package io.trunkline.core.lifecycle;

import java.util.List;

/**
 * What an apply did, change by change.
 *
 * @param plan the plan applied
 * @param outcomes one per change reached, in order
 */
public record ApplyResult(ChangePlan plan, List<StepOutcome> outcomes) {

    /** Copies the list. */
    public ApplyResult {
        outcomes = List.copyOf(outcomes);
    }

    /** @return how many changes wrote through a vendor API successfully */
    public int succeededCount() {
        return count(StepOutcome.Status.SUCCEEDED);
    }

    /** @return the manual steps still awaiting a person */
    public List<Change> pendingManualSteps() {
        return outcomes.stream().filter(o -> o.status() == StepOutcome.Status.PENDING).map(StepOutcome::change).toList();
    }

    /** @return whether every change is done and no manual step is pending */
    public boolean complete() {
        return outcomes.size() == plan.changes().size() && count(StepOutcome.Status.PENDING) == 0
                && count(StepOutcome.Status.FAILED) == 0;
    }

    private int count(StepOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }
}
