package io.trunkline.core.exception;

/** The vendor answered 404 for a resource the caller named (an id, a slug). */
public class ResourceNotFoundException extends VendorApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link VendorApiException#VendorApiException(String, String, int, String, String, String)}. */
    public ResourceNotFoundException(String vendor, String operation, int statusCode, String vendorMessage,
                                     String requestId, String advice) {
        super(vendor, operation, statusCode, vendorMessage, requestId, advice);
    }
}
