package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that a failure the SDK surfaced is one a person can act on. */
final class Failures {

    /** Phrases with which the SDK's messages tell the reader what to do next. */
    static final Pattern NEXT_STEP = Pattern.compile(
            "(?i)(try again|retry|run plan|re-run|check |report (this|it)|before trying|raise the|lower |wait )");

    private Failures() {
    }

    /**
     * The vendor exception at the root of {@code e}, found by walking {@code getCause} through
     * Trunkline's own types only (an I/O or JSON cause below them is fine as a cause).
     */
    static Optional<VendorException> vendorCause(TrunklineException e) {
        for (Throwable t = e; t instanceof TrunklineException; t = t.getCause()) {
            if (t instanceof VendorException vendorFailure) {
                return Optional.of(vendorFailure);
            }
        }
        return Optional.empty();
    }

    /** Asserts the message names the vendor, the operation, the HTTP status when there is one, and a next step. */
    static void assertActionable(TrunklineException e, String vendor) {
        String message = e.getMessage();
        VendorException cause = vendorCause(e).orElseThrow(() -> new AssertionError(
                "expected a vendor failure under " + e.getClass().getName() + ": " + message));
        assertThat(cause.vendor().displayName()).isEqualTo(vendor);
        assertThat(message).as("names the vendor").contains(vendor);
        assertThat(message).as("names the operation").contains(cause.operation());
        if (cause instanceof VendorApiException api) {
            // without a vendor message the status leads and the empty body is named as such
            assertThat(message).as("names the status").contains(api.vendorMessage().isPresent()
                    ? "status: " + api.statusCode() : "HTTP " + api.statusCode() + " with an empty error body");
        }
        assertThat(NEXT_STEP.matcher(message).find()).as("says what to do next: " + message).isTrue();
    }
}
