package io.trunkline.core.exception;

/**
 * The vendor refused the credentials (HTTP 401 or 403). Not retried: the message says what to
 * check (key, workspace, region, plan).
 */
public final class AuthenticationException extends VendorApiException {

    private static final long serialVersionUID = 1L;

    private AuthenticationException(Builder<?> builder) {
        super(builder);
    }

    /** @return a builder; set at least the vendor, the operation and the status (401 or 403) */
    public static Builder<AuthenticationException> builder() {
        return new Builder<>(AuthenticationException::new);
    }
}
