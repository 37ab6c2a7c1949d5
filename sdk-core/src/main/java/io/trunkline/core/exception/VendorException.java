package io.trunkline.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * A call to a vendor failed. Like AWS SDK v2's client/service split, it is one of two kinds:
 * {@link VendorApiException}, the vendor answered with an error (it has a status code), or
 * {@link VendorConnectionException}, no usable answer came (connection, timeout, unreadable body).
 * Catch this type to handle any vendor failure in one place.
 *
 * <p>Both kinds say which {@link #vendor()}, which {@link #operation()}, the {@link #request()}
 * when one was sent, and whether sending it again may succeed ({@link #retryable()}).
 */
public abstract class VendorException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    /** The vendor whose API failed; never null. */
    private final Vendor vendor;
    /** The failed operation in domain words, e.g. {@code "import custom number"}; never null. */
    private final String operation;
    /** Method and path of the request sent, e.g. {@code "GET /v1/numbers/42"}; null when none was sent. */
    private final String request;
    /** Whether sending the same request again later may succeed and is safe (see {@link #retryable()}). */
    private final boolean retryable;

    VendorException(String message, Builder<?> builder) {
        super(message, builder.cause);
        this.vendor = builder.vendor();
        this.operation = builder.operation();
        this.request = builder.request;
        this.retryable = builder.retryable;
    }

    /** @return the vendor that failed */
    public Vendor vendor() {
        return vendor;
    }

    /** @return the operation that failed, in domain words, e.g. {@code "import custom number"} */
    public String operation() {
        return operation;
    }

    /**
     * @return the request's method and path, e.g. {@code "GET /v1/numbers/42"}, when one was sent. Never
     *         the query string nor any header: those may hold credentials.
     */
    public Optional<String> request() {
        return Optional.ofNullable(request);
    }

    /**
     * Whether sending the same request again, later, may succeed and is safe: true after a 429, a 5xx
     * or a connection failure of a read, update or delete; false for any other status, for an
     * answer that could not be read, and for a create (a POST), which neither vendor lets Trunkline
     * repeat without risking a duplicate: re-read before trying again. The client's own retries
     * follow the same rule, so {@code true} here means they ran out of attempts or of patience.
     *
     * @return whether a later retry may succeed
     */
    @Override
    public boolean retryable() {
        return retryable;
    }

    /**
     * What every vendor failure carries. Required: {@code vendor} and {@code operation}.
     *
     * @param <B> the concrete builder, so that the setters chain
     */
    public abstract static class Builder<B extends Builder<B>> {
        private Vendor vendor;
        private String operation;
        private String request;
        private boolean retryable;
        private Throwable cause;

        Builder() {
        }

        /**
         * @param vendor the vendor that failed
         * @return this builder
         */
        public B vendor(Vendor vendor) {
            this.vendor = vendor;
            return self();
        }

        /**
         * @param operation the operation in domain words, e.g. {@code "list numbers"}
         * @return this builder
         */
        public B operation(String operation) {
            this.operation = operation;
            return self();
        }

        /**
         * @param method the HTTP method, e.g. {@code "GET"}
         * @param path the URL's path only, e.g. {@code "/v1/numbers/42"}: never the query string
         * @return this builder
         */
        public B request(String method, String path) {
            this.request = Objects.requireNonNull(method, "method") + " " + Objects.requireNonNull(path, "path");
            return self();
        }

        /**
         * @param retryable whether a later retry may succeed (see {@link VendorException#retryable()}); default false
         * @return this builder
         */
        public B retryable(boolean retryable) {
            this.retryable = retryable;
            return self();
        }

        /**
         * @param cause the underlying failure, may be {@code null}
         * @return this builder
         */
        public B cause(Throwable cause) {
            this.cause = cause;
            return self();
        }

        /** @return the vendor, checked */
        Vendor vendor() {
            return Objects.requireNonNull(vendor, "vendor: missing; set the vendor that failed");
        }

        /** @return the operation, checked */
        String operation() {
            return Objects.requireNonNull(operation, "operation: missing; set the operation that failed");
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
