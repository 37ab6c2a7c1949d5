package io.trunkline.core.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The vendor kept answering 429 after the client had waited and retried within its budget.
 */
public class RateLimitedException extends VendorApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * See {@link VendorApiException#VendorApiException(String, String, int, String, String, String)}.
     *
     * @param retryAfter how long the vendor asked to wait, may be {@code null} when it did not say
     */
    public RateLimitedException(String vendor, String operation, String vendorMessage, String requestId,
                                Duration retryAfter, String advice) {
        super(vendor, operation, 429, vendorMessage, requestId, advice);
        this.retryAfter = retryAfter;
    }

    /** @return how long the vendor asked to wait, when it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
