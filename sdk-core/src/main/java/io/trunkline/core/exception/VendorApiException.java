package io.trunkline.core.exception;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A vendor API answered with an error. Carries the facts a support ticket needs: which vendor,
 * which operation and request, the HTTP status, the vendor's own message, its error code and its
 * request id when the vendor's error body has them, and whether a retry may succeed. The raw
 * response body is never part of the message (it may echo secrets).
 *
 * <p>The message reads {@code "<vendor> <operation> failed: <vendor message>; status: 404;
 * request-id: abc. <what to do next>"}, or {@code "<vendor> <operation> failed: HTTP 500 with an
 * empty error body; ..."} when the vendor sent no message.
 *
 * <pre>{@code
 * throw ResourceNotFoundException.builder()
 *         .vendor(Vendor.AIRCALL).operation("get number").statusCode(404)
 *         .advice("Check that the id exists in this Aircall company")
 *         .build();
 * }</pre>
 */
public class VendorApiException extends VendorException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status the vendor answered with, e.g. {@code 404}. */
    private final int statusCode;
    /** The vendor's own error message; null when its error body had none. */
    private final String vendorMessage;
    /** The vendor's machine-readable error code, e.g. {@code not_found}; null when its error body had none. */
    private final String errorCode;
    /** The vendor's request id, for its support; null when it sent none. */
    private final String requestId;

    VendorApiException(Builder<?> builder) {
        super(format(builder), builder);
        this.statusCode = builder.statusCode;
        this.vendorMessage = builder.vendorMessage;
        this.errorCode = builder.errorCode;
        this.requestId = builder.requestId;
    }

    /** @return a builder of a plain {@code VendorApiException}, for a status no subtype covers */
    public static Builder<? extends VendorApiException> builder() {
        return new Builder<>(VendorApiException::new);
    }

    private static String format(Builder<?> b) {
        String vendor = b.vendor().displayName();
        int status = b.checkedStatus();
        boolean silent = b.vendorMessage == null || b.vendorMessage.isBlank();
        StringBuilder sb = new StringBuilder().append(vendor).append(' ').append(b.operation()).append(" failed: ");
        if (silent) {
            // "no message; status: 500" read like a Trunkline bug; say what the vendor sent
            sb.append("HTTP ").append(status).append(" with an empty error body");
        } else {
            sb.append(b.vendorMessage).append("; status: ").append(status);
        }
        if (b.requestId != null && !b.requestId.isBlank()) {
            sb.append("; request-id: ").append(b.requestId);
        }
        if (b.advice != null && !b.advice.isBlank()) {
            sb.append(". ").append(b.advice);
        } else if (silent) {
            sb.append(". ").append(status >= 500
                    ? vendor + " gave no reason and the fault is on its side; try again later, and if it persists "
                      + "give " + vendor + " support the time of the failure"
                    : vendor + " gave no reason; check the request against " + vendor + "'s API reference");
        }
        return sb.toString();
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the vendor's own error message, when it sent one */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorMessage);
    }

    /**
     * @return the vendor's machine-readable error code, when its error body had one (Synthflow's
     *         gateway sends a slug such as {@code not_found}; Aircall documents none)
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** @return the vendor's request id, when it sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * Builds a {@link VendorApiException} or one of its subtypes. Required: {@code vendor},
     * {@code operation} and {@code statusCode} (preset to 429 for {@link RateLimitedException}).
     *
     * @param <E> the exception it builds
     */
    public static final class Builder<E extends VendorApiException> extends VendorException.Builder<Builder<E>> {
        private final Function<Builder<E>, E> make;
        private int statusCode;
        private String vendorMessage;
        private String errorCode;
        private String requestId;
        private String advice;
        private Duration retryAfter;

        Builder(Function<Builder<E>, E> make) {
            this.make = make;
        }

        /**
         * @param statusCode the HTTP status the vendor answered
         * @return this builder
         */
        public Builder<E> statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * @param vendorMessage the vendor's short error message, may be {@code null}; never a raw body
         * @return this builder
         */
        public Builder<E> vendorMessage(String vendorMessage) {
            this.vendorMessage = vendorMessage;
            return this;
        }

        /**
         * @param errorCode the vendor's error code from a documented error field, may be {@code null}
         * @return this builder
         */
        public Builder<E> errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /**
         * @param requestId the vendor's request id, may be {@code null}
         * @return this builder
         */
        public Builder<E> requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * @param advice what the user should do next, may be {@code null}
         * @return this builder
         */
        public Builder<E> advice(String advice) {
            this.advice = advice;
            return this;
        }

        /**
         * @param retryAfter how long the vendor asked to wait, may be {@code null}; kept by
         *                   {@link RateLimitedException}
         * @return this builder
         */
        public Builder<E> retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /** @return the exception */
        public E build() {
            return make.apply(this);
        }

        int checkedStatus() {
            if (statusCode < 100 || statusCode > 599) {
                throw new InvalidConfigurationException("statusCode: " + statusCode
                        + " is not an HTTP status; set the status the vendor answered (100-599)");
            }
            return statusCode;
        }

        Duration retryAfterHint() {
            return retryAfter;
        }
    }
}
