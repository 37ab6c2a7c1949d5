package io.trunkline.synthflow.internal;

/**
 * What an error body said, whichever of Synthflow's shapes it used.
 *
 * @param message the vendor's message, {@code null} when the body had none
 * @param requestId the vendor's request id, {@code null} when the body had none
 */
public record VendorError(String message, String requestId) {

    /** An error body that said nothing usable ({@code {}} or empty). */
    public static final VendorError NONE = new VendorError(null, null);
}
