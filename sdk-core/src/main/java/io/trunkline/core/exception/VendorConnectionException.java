package io.trunkline.core.exception;

/**
 * The vendor could not be reached or its answer could not be read (connection refused or reset,
 * timeout, TLS failure, a body that is not the JSON the vendor documents). The message names the
 * vendor and the operation; for a write, re-run the apply: it re-reads state before writing.
 */
public class VendorConnectionException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    private final String vendor;
    private final String operation;

    /**
     * @param vendor the vendor's name, e.g. "Synthflow"
     * @param operation the operation, e.g. "get assistant"
     * @param message what happened and what to do next
     * @param cause the underlying I/O or parsing failure
     */
    public VendorConnectionException(String vendor, String operation, String message, Throwable cause) {
        super(vendor + " " + operation + " failed: " + message, cause);
        this.vendor = vendor;
        this.operation = operation;
    }

    /** @return the vendor */
    public String vendor() {
        return vendor;
    }

    /** @return the operation that failed */
    public String operation() {
        return operation;
    }
}
