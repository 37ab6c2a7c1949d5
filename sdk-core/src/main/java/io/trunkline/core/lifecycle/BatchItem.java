package io.trunkline.core.lifecycle;

import io.trunkline.core.exception.TrunklineException;
import java.util.Optional;

/**
 * The result of one integration in {@link IntegrationEngine#applyAll}.
 *
 * @param did the DID as given in the plan
 * @param status converged, waiting for manual steps, or failed
 * @param result the apply result, when apply ran to the end
 * @param error the failure, when it failed
 */
public record BatchItem(String did, Status status, ApplyResult result, TrunklineException error) {

    /** The outcome of one integration. */
    public enum Status {
        /** Every API change is applied and every manual step confirmed. */
        CONVERGED,
        /** API changes are applied; manual steps await a person. */
        PENDING_MANUAL,
        /** Validation, planning or apply failed; see {@link #error()}. */
        FAILED
    }

    /** @return the failure, when it failed */
    public Optional<TrunklineException> failure() {
        return Optional.ofNullable(error);
    }
}
