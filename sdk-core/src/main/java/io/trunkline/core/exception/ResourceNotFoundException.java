package io.trunkline.core.exception;

/** The vendor answered 404 (or an empty result) for a resource the caller named (an id, a slug). */
public final class ResourceNotFoundException extends VendorApiException {

    private static final long serialVersionUID = 1L;

    private ResourceNotFoundException(Builder<?> builder) {
        super(builder);
    }

    /** @return a builder; set at least the vendor, the operation and the status */
    public static Builder<ResourceNotFoundException> builder() {
        return new Builder<>(ResourceNotFoundException::new);
    }
}
