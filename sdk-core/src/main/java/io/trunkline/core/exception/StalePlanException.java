package io.trunkline.core.exception;

/**
 * Live state changed between plan and apply (someone edited a resource, or another apply ran).
 * Nothing was written for the stale change; make a new plan and review it.
 */
public class StalePlanException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    /** @param message what changed */
    public StalePlanException(String message) {
        super(message + "; the plan is stale: run plan again and review the new changes");
    }
}
