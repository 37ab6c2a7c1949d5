package io.trunkline.http.internal;

/**
 * What an error body said, whichever shape the vendor used.
 *
 * @param message the vendor's message, {@code null} when the body had none
 * @param requestId the vendor's request id, {@code null} when the body had none
 * @param code the vendor's machine-readable error code, {@code null} unless a documented error
 *             field holds one
 */
public record VendorError(String message, String requestId, String code) {

    /** An error body that said nothing usable. */
    public static final VendorError NONE = new VendorError(null, null, null);

    /**
     * An error body without an error code.
     *
     * @param message the vendor's message, may be {@code null}
     * @param requestId the vendor's request id, may be {@code null}
     */
    public VendorError(String message, String requestId) {
        this(message, requestId, null);
    }
}
