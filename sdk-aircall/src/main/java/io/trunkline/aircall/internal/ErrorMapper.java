package io.trunkline.aircall.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Aircall's answers into Trunkline's exception hierarchy, with advice on what to do next.
 * Messages never contain request or response bodies (list and get answers for webhooks carry
 * tokens), headers, or credentials — only the vendor's short {@code message}.
 */
final class ErrorMapper {

    static final String VENDOR = "Aircall";

    private static final String AUTH_ADVICE = "Check the api_id and api_token (Aircall Dashboard → Integrations"
            + " → API keys; the token is shown only once, create a new key if lost) or the OAuth access token."
            + " Aircall answers 403, not 401, for an invalid key or a malformed Authorization header";
    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");

    private ErrorMapper() {
    }

    /** Maps a final (not retried) error status. */
    static VendorApiException definitive(Operation op, int status, String vendorMessage) {
        return switch (status) {
            case 401, 403 -> new AuthenticationException(VENDOR, op.name(), status, vendorMessage, null, AUTH_ADVICE);
            case 404 -> new ResourceNotFoundException(VENDOR, op.name(), status, vendorMessage, null,
                    "Check that the id exists in this Aircall company; ids differ between accounts");
            case 400, 422 -> new VendorApiException(VENDOR, op.name(), status, vendorMessage, null,
                    vendorMessage == null || vendorMessage.isBlank()
                            ? "Aircall rejected the request without naming a field; check the plan's values against "
                              + "Aircall's API reference, or ask Aircall support"
                            : "Aircall rejected the request; correct the values its message names");
            case 405 -> new VendorApiException(VENDOR, op.name(), status, vendorMessage, null,
                    "Aircall does not allow this action in the resource's current state");
            default -> new VendorApiException(VENDOR, op.name(), status, vendorMessage, null,
                    "Unexpected answer from Aircall; retry, and if it persists ask Aircall support about this status");
        };
    }

    /** Maps a transient failure once no further attempt will be made. */
    static TrunklineException exhausted(Operation op, TransientFailure failure, int attempts, Duration maxWait) {
        return switch (failure.kind()) {
            case RATE_LIMITED -> rateLimited(op, failure, attempts, maxWait);
            case SERVER_ERROR -> new VendorApiException(VENDOR, op.name(), failure.status(), failure.vendorMessage(),
                    null, op.idempotent()
                            ? "Aircall kept failing after " + attempts + " attempt(s); retry later"
                            : "Aircall failed while handling the request. " + op.unknownOutcomeAdvice());
            case CONNECTION -> new VendorConnectionException(VENDOR, op.name(), describe(failure.ioCause())
                    + (op.idempotent()
                            ? " after " + attempts + " attempt(s); check network access to Aircall and retry"
                            : ". " + op.unknownOutcomeAdvice()), failure.ioCause());
        };
    }

    private static RateLimitedException rateLimited(Operation op, TransientFailure failure, int attempts,
                                                    Duration maxWait) {
        Duration hint = failure.waitHint().orElse(null);
        String advice = hint != null && hint.compareTo(maxWait) > 0
                ? "Aircall asked to wait " + hint + ", longer than AircallConfig.maxRateLimitWait (" + maxWait
                        + "); retry after that"
                : !op.idempotent()
                ? "Aircall's rate limit (120 requests/min per company, shared by every integration) was exceeded. "
                        + "The create is not retried: Aircall does not state that a 429 means nothing was done "
                        + "(assumption AC-429-BEFORE-WORK). " + op.unknownOutcomeAdvice()
                : "Aircall's rate limit (120 requests/min per company, shared by every integration) was still"
                        + " exceeded after " + attempts + " attempt(s); retry later or lower AircallConfig.rateLimit";
        return new RateLimitedException(VENDOR, op.name(), failure.vendorMessage(), null, hint, advice);
    }

    /** Maps a 2xx body that could not be read as the documented JSON. */
    static VendorConnectionException unreadable(Operation op, JsonProcessingException e) {
        return new VendorConnectionException(VENDOR, op.name(), describe(e)
                + "; Aircall's answer does not match its documented format. " + unreadableAdvice(op), e);
    }

    /** A garbled 2xx is not retried: say whether the request took effect and what to do. */
    private static String unreadableAdvice(Operation op) {
        return op.idempotent()
                ? "Retry later; if it persists, a proxy may be rewriting answers or the API changed: report it to the"
                        + " Trunkline maintainers"
                : "Aircall answered with success, so the request probably took effect. " + op.unknownOutcomeAdvice();
    }

    /** Maps a 2xx answer without the body the operation needs. */
    static VendorConnectionException emptyBody(Operation op, int status) {
        return new VendorConnectionException(VENDOR, op.name(), "status " + status + " came without a body. "
                + unreadableAdvice(op), null);
    }

    /** Maps an interrupt while waiting for a permit or a retry. */
    static VendorConnectionException interrupted(Operation op, InterruptedException e) {
        return new VendorConnectionException(VENDOR, op.name(), "interrupted while waiting to send the request", e);
    }

    /**
     * Describes a JSON failure by field path only. Jackson's own messages can quote input, and input
     * may hold a webhook token, so they are never copied.
     */
    static String describe(JsonProcessingException e) {
        if (isMalformed(e)) {
            return "response is not well-formed JSON";
        }
        if (e instanceof MismatchedInputException mismatch) {
            Matcher missing = MISSING_PROPERTY.matcher(String.valueOf(mismatch.getOriginalMessage()));
            if (missing.find()) {
                return "response lacks required field '" + join(path(mismatch), missing.group(1)) + "'";
            }
            if (mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("No content")) {
                return "response body is empty";
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "response field '" + path(mapping) + "' has an unexpected type or value";
        }
        return "response could not be read (" + e.getClass().getSimpleName() + ")";
    }

    /** Jackson wraps a syntax error met inside a record in a mapping exception, hence the cause walk. */
    private static boolean isMalformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Jackson usually ends the path with the missing property already; append it only if not. */
    private static String join(String path, String field) {
        if (path.equals(field) || path.endsWith("." + field)) {
            return path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String describe(IOException e) {
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "timed out waiting for Aircall (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return "could not connect to Aircall (" + e.getClass().getSimpleName() + ")";
        }
        return "connection failed (" + e.getClass().getSimpleName() + ")";
    }
}
