package io.trunkline.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * A vendor API answered with an error. Carries the facts a support ticket needs: which vendor,
 * which operation, the HTTP status, the vendor's own message and, when the vendor sent one, its
 * request id. The raw response body is never part of the message (it may echo secrets).
 *
 * <p>The message reads {@code "<vendor> <operation> failed: <vendor message>; status: 404;
 * request-id: abc. <what to do next>"}.
 */
public class VendorApiException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    private final String vendor;
    private final String operation;
    private final int statusCode;
    private final String vendorMessage;
    private final String requestId;

    /**
     * @param vendor the vendor's name as users know it, e.g. "Synthflow"
     * @param operation the operation that failed, e.g. "import custom number"
     * @param statusCode the HTTP status code
     * @param vendorMessage the vendor's error message, may be {@code null}
     * @param requestId the vendor's request id, may be {@code null}
     * @param advice what the user should do next, may be {@code null}
     */
    public VendorApiException(String vendor, String operation, int statusCode, String vendorMessage,
                              String requestId, String advice) {
        super(format(vendor, operation, statusCode, vendorMessage, requestId, advice));
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.statusCode = statusCode;
        this.vendorMessage = vendorMessage;
        this.requestId = requestId;
    }

    private static String format(String vendor, String operation, int status, String vendorMessage,
                                 String requestId, String advice) {
        StringBuilder sb = new StringBuilder()
                .append(vendor).append(' ').append(operation).append(" failed: ")
                .append(vendorMessage == null || vendorMessage.isBlank() ? "no message" : vendorMessage)
                .append("; status: ").append(status);
        if (requestId != null && !requestId.isBlank()) {
            sb.append("; request-id: ").append(requestId);
        }
        if (advice != null && !advice.isBlank()) {
            sb.append(". ").append(advice);
        }
        return sb.toString();
    }

    /** @return the vendor, e.g. "Aircall" */
    public String vendor() {
        return vendor;
    }

    /** @return the operation that failed, e.g. "list numbers" */
    public String operation() {
        return operation;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the vendor's own error message, when it sent one */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorMessage);
    }

    /** @return the vendor's request id, when it sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
