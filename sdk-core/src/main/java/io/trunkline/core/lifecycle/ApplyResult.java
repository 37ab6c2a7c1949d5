package io.trunkline.core.lifecycle;

import io.trunkline.core.internal.lifecycle.ResultRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an apply did, change by change. Renders like a plan:
 *
 * <pre>{@code
 * ApplyResult result = engine.apply(plan, ApplyListener.NONE);
 * System.out.println(result.render(PlanFormat.TEXT));
 * }</pre>
 *
 * @param plan the plan applied
 * @param outcomes one per change reached, in order
 */
public record ApplyResult(ChangePlan plan, List<StepOutcome> outcomes) {

    /**
     * Copies the list.
     *
     * @param plan the plan applied
     * @param outcomes one per change reached, in order
     */
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

    /**
     * Renders the result: each change reached with its status, duration and detail, the changes
     * apply did not reach, and (in Markdown) a checklist of the manual steps still pending. No
     * rendering contains a secret value.
     *
     * @param format text, Markdown or JSON ({@code trunkline.apply-result/v1}, see docs/plan-json.md)
     * @return the rendering
     */
    public String render(PlanFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case TEXT -> ResultRenderer.text(this);
            case MARKDOWN -> ResultRenderer.markdown(this);
            case JSON -> ResultRenderer.json(this);
        };
    }

    /** @return one line, e.g. {@code Apply of +441632960123: complete (4 succeeded, 1 confirmed)} */
    @Override
    public String toString() {
        return ResultRenderer.summary(this);
    }

    /**
     * What happened to one change during apply.
     *
     * @param change the change
     * @param status what happened
     * @param duration how long it took (from the engine's clock)
     * @param detail a human sentence, e.g. the failure message or why it was skipped
     */
    public record StepOutcome(Change change, Status status, Duration duration, String detail) {

        /** The outcome of a change. */
        public enum Status {
            /** The vendor API call succeeded. */
            SUCCEEDED,
            /** Nothing to do. */
            SKIPPED,
            /** A manual step was confirmed and recorded. */
            CONFIRMED,
            /** A manual step awaits a person. */
            PENDING,
            /** The change failed. */
            FAILED
        }

        /** @return one line, e.g. {@code sip-number: succeeded in 120 ms — imported} */
        @Override
        public String toString() {
            return ResultRenderer.summary(this);
        }
    }
}
