package io.trunkline.core.exception;

import java.util.Objects;

/**
 * No usable answer came from the vendor: it could not be reached, or its answer could not be read
 * (connection refused or reset, timeout, TLS failure, a body that is not the JSON the vendor
 * documents). The message names the vendor, the operation and what to do; for a write, re-run the
 * apply: it re-reads state before writing.
 *
 * <pre>{@code
 * throw VendorConnectionException.builder()
 *         .vendor(Vendor.SYNTHFLOW).operation("get assistant")
 *         .problem("timed out waiting for Synthflow; check network access and retry")
 *         .retryable(true).cause(e)
 *         .build();
 * }</pre>
 */
public final class VendorConnectionException extends VendorException {

    private static final long serialVersionUID = 1L;

    private VendorConnectionException(Builder builder) {
        super(builder.vendor().displayName() + " " + builder.operation() + " failed: " + builder.problem(), builder);
    }

    /** @return a builder; set at least the vendor, the operation and the problem */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VendorConnectionException}. Required: {@code vendor}, {@code operation}, {@code problem}. */
    public static final class Builder extends VendorException.Builder<Builder> {
        private String problem;

        private Builder() {
        }

        /**
         * @param problem what happened and what to do next, without any request or answer content
         * @return this builder
         */
        public Builder problem(String problem) {
            this.problem = problem;
            return this;
        }

        /** @return the exception */
        public VendorConnectionException build() {
            return new VendorConnectionException(this);
        }

        private String problem() {
            return Objects.requireNonNull(problem, "problem: missing; say what happened and what to do next");
        }
    }
}
