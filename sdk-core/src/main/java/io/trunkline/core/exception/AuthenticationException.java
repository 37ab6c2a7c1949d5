package io.trunkline.core.exception;

/**
 * The vendor refused the credentials (HTTP 401 or 403). Not retried: the message says what to
 * check (key, workspace, region, plan).
 */
public class AuthenticationException extends VendorApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link VendorApiException#VendorApiException(String, String, int, String, String, String)}. */
    public AuthenticationException(String vendor, String operation, int statusCode, String vendorMessage,
                                   String requestId, String advice) {
        super(vendor, operation, statusCode, vendorMessage, requestId, advice);
    }
}
