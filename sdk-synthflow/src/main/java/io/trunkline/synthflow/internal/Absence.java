package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.VendorApiException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one rule for "does it exist?" against Synthflow: its OpenAPI documents only 200 and 400 for
 * the reads, updates and deletes of numbers, assistants and actions, so neither a 400 nor a 404 is
 * taken as "absent" on its own. A documented list endpoint confirms it; when the list does hold the
 * resource, the answer contradicts the ledger entry and the call fails, naming it.
 */
public final class Absence {

    private Absence() {
    }

    /**
     * @param read the single-resource read
     * @param listed whether the documented list endpoint holds the resource
     * @param what e.g. {@code "number +33123456789 (GET /numbers/33123456789)"}
     * @param ledgerId the assumption the contradiction refutes
     * @param <T> the resource type
     * @return the resource, or empty when the list confirms it is absent
     */
    public static <T> Optional<T> read(Supplier<T> read, BooleanSupplier listed, String what, String ledgerId) {
        try {
            return Optional.of(read.get());
        } catch (VendorApiException e) {
            confirm(e, listed, what, ledgerId);
            return Optional.empty();
        }
    }

    /**
     * Runs a delete; an answer that the resource is not there counts as done once the list confirms it.
     *
     * @param delete the delete
     * @param listed whether the documented list endpoint holds the resource
     * @param what the resource, for the error
     * @param ledgerId the assumption the contradiction refutes
     */
    public static void delete(Runnable delete, BooleanSupplier listed, String what, String ledgerId) {
        try {
            delete.run();
        } catch (VendorApiException e) {
            confirm(e, listed, what, ledgerId);
        }
    }

    private static void confirm(VendorApiException e, BooleanSupplier listed, String what, String ledgerId) {
        if (!(e instanceof ResourceNotFoundException) && e.statusCode() != 400) {
            throw e;
        }
        if (listed.getAsBoolean()) {
            // The answer itself (its request included) stays reachable as the cause.
            throw VendorApiException.builder().vendor(e.vendor()).operation(e.operation()).statusCode(e.statusCode())
                    .vendorMessage(e.vendorMessage().orElse(null)).errorCode(e.errorCode().orElse(null))
                    .requestId(e.requestId().orElse(null)).cause(e)
                    .advice("Synthflow lists " + what + " but answered " + e.statusCode() + " for it; this contradicts "
                            + "assumption " + ledgerId + " (docs/vendor-assumptions.md). Nothing was changed; check it in "
                            + "the Synthflow dashboard and report the answer to Synthflow support").build();
        }
    }
}
