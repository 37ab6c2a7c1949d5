package io.trunkline.core.exception;

import java.util.List;

/**
 * Live state makes the plan impossible: the DID is not a contact-center line, the assistant does
 * not exist, a transfer target's team is unknown… Every problem found is listed at once.
 */
public class PlanningException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems each problem with what to do about it */
    public PlanningException(List<String> problems) {
        super("cannot plan the integration:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems found */
    public List<String> problems() {
        return problems;
    }
}
