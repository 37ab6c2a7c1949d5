package io.trunkline.core.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The vendor kept answering 429 after the client had waited and retried within its budget (or at
 * once, for a create, which is never repeated blindly).
 */
public final class RateLimitedException extends VendorApiException {

    private static final long serialVersionUID = 1L;

    /** How long the vendor asked to wait before the next request; null when it did not say. */
    private final Duration retryAfter;

    private RateLimitedException(Builder<?> builder) {
        super(builder);
        this.retryAfter = builder.retryAfterHint();
    }

    /** @return a builder with the status preset to 429; set at least the vendor and the operation */
    public static Builder<RateLimitedException> builder() {
        return new Builder<>(RateLimitedException::new).statusCode(429);
    }

    /** @return how long the vendor asked to wait, when it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
