package io.trunkline.core.exception;

import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;

/**
 * A change failed during apply. Changes before it are done; the failed one may or may not have
 * taken effect at the vendor. Running plan and apply again completes the rest without creating
 * anything twice, because every create is preceded by a lookup by natural key.
 */
public class ApplyFailedException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    private final transient ApplyResult partialResult;

    /**
     * @param partialResult what was done before the failure, the failed step included
     * @param failedChange the change that failed
     * @param cause the failure
     */
    public ApplyFailedException(ApplyResult partialResult, Change failedChange, Throwable cause) {
        super("apply failed at " + failedChange.id() + " (" + failedChange.resource() + "): " + cause.getMessage()
                + "; " + partialResult.succeededCount() + " change(s) before it are done; run plan and apply again to "
                + "complete the rest, or destroy to remove what was created", cause);
        this.partialResult = partialResult;
    }

    /** @return what was done before the failure */
    public ApplyResult partialResult() {
        return partialResult;
    }
}
