package io.trunkline.http.internal;

/**
 * What an error body said, whichever shape the vendor used.
 *
 * @param message the vendor's message, {@code null} when the body had none
 * @param requestId the vendor's request id, {@code null} when the body had none
 */
public record VendorError(String message, String requestId) {

    /** An error body that said nothing usable. */
    public static final VendorError NONE = new VendorError(null, null);
}
