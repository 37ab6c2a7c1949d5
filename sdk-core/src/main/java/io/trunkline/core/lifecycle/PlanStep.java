package io.trunkline.core.lifecycle;

import java.util.Objects;

/**
 * One entry of a {@link ChangePlan}: the change a person reviews and the operation apply executes
 * for it, kept together so that neither can be looked up without the other.
 *
 * @param change what the plan shows
 * @param operation what apply does
 */
record PlanStep(Change change, Operation operation) {

    PlanStep {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(operation, "operation");
    }

    /** @return a step that shows {@code change} and leaves everything as it is */
    static PlanStep showOnly(Change change) {
        return new PlanStep(change, new Operation.None());
    }
}
