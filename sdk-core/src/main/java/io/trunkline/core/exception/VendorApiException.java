package io.trunkline.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * A vendor API answered with an error. Carries the facts a support ticket needs: which vendor,
 * which operation, the HTTP status, the vendor's own message and, when the vendor sent one, its
 * request id. The raw response body is never part of the message (it may echo secrets).
 *
 * <p>The message reads {@code "<vendor> <operation> failed: <vendor message>; status: 404;
 * request-id: abc. <what to do next>"}, or {@code "<vendor> <operation> failed: HTTP 500 with an
 * empty error body; ..."} when the vendor sent no message.
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
        boolean silent = vendorMessage == null || vendorMessage.isBlank();
        StringBuilder sb = new StringBuilder().append(vendor).append(' ').append(operation).append(" failed: ");
        if (silent) {
            // "no message; status: 500" read like a Trunkline bug; say what the vendor sent
            sb.append("HTTP ").append(status).append(" with an empty error body");
        } else {
            sb.append(vendorMessage).append("; status: ").append(status);
        }
        if (requestId != null && !requestId.isBlank()) {
            sb.append("; request-id: ").append(requestId);
        }
        if (advice != null && !advice.isBlank()) {
            sb.append(". ").append(advice);
        } else if (silent) {
            sb.append(". ").append(status >= 500
                    ? vendor + " gave no reason and the fault is on its side; try again later, and if it persists "
                      + "give " + vendor + " support the time of the failure"
                    : vendor + " gave no reason; check the request against " + vendor + "'s API reference");
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
