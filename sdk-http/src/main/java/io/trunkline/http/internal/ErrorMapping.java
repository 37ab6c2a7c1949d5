package io.trunkline.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * The one place a vendor's failures become Trunkline exceptions. The skeleton decides the exception
 * type from the HTTP status (401/403 authentication, 404 not found, 429 rate limited, 5xx and the
 * rest vendor API errors), the message's shape and, by {@link RetryRule}, whether a retry may succeed;
 * each vendor supplies how its error bodies read (message, request id, error code) and the advice on
 * what to do next.
 *
 * <p>Messages never contain request or response bodies, headers or credentials: only the vendor's
 * short message, its request id, and JSON field paths.
 */
public abstract class ErrorMapping {

    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");

    private final Vendor vendor;

    /** @param vendor the vendor whose failures it maps */
    protected ErrorMapping(Vendor vendor) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
    }

    /** @return the vendor whose failures it maps */
    public final Vendor vendor() {
        return vendor;
    }

    /**
     * Reads an error body in the vendor's shapes.
     *
     * @param body the body, at most 64 KiB of it; may be empty
     * @param contentType the answer's content type, may be {@code null}
     * @return what the body said; {@link VendorError#NONE} when it said nothing usable
     */
    public abstract VendorError parse(String body, String contentType);

    /** @return advice for a 401/403, e.g. where to find the right key */
    protected abstract String authAdvice(Operation op, HttpFailure failure);

    /** @return advice for a 404 */
    protected abstract String notFoundAdvice(Operation op);

    /** @return advice for a 429 the client stopped retrying (or never retried: a POST) */
    protected abstract String rateLimitedAdvice(Operation op, HttpFailure failure);

    /** @return advice for a 5xx the client stopped retrying (or never retried: a POST) */
    protected abstract String serverErrorAdvice(Operation op, HttpFailure failure);

    /** @return advice for any other refused request (400, 405, 409, 422, …) */
    protected abstract String rejectedAdvice(Operation op, HttpFailure failure);

    /** @return advice after the connection failed or timed out, {@code attempts} times */
    protected abstract String connectionAdvice(Operation op, int attempts);

    /** @return advice after a success answer that could not be read */
    protected abstract String unreadableAdvice(Operation op);

    /**
     * @return whether a 401/403 means the credentials are wrong ({@link AuthenticationException}) rather
     *         than a refused action ({@link VendorApiException}); by default always
     */
    protected boolean authenticationFailure(Operation op, int status) {
        return true;
    }

    /**
     * @param op the operation
     * @param failure the final error answer
     * @return the exception the caller sees
     */
    public final VendorApiException httpFailure(Operation op, HttpFailure failure) {
        int status = failure.status();
        VendorApiException.Builder<? extends VendorApiException> builder;
        String advice;
        if (status == 401 || status == 403) {
            builder = authenticationFailure(op, status) ? AuthenticationException.builder() : VendorApiException.builder();
            advice = authAdvice(op, failure);
        } else if (status == 404) {
            builder = ResourceNotFoundException.builder();
            advice = notFoundAdvice(op);
        } else if (status == 429) {
            builder = RateLimitedException.builder().retryAfter(failure.waitHint());
            advice = rateLimitedAdvice(op, failure);
        } else {
            builder = VendorApiException.builder();
            advice = status >= 500 ? serverErrorAdvice(op, failure) : rejectedAdvice(op, failure);
        }
        VendorError error = failure.error();
        return builder.vendor(vendor).operation(op.name()).request(failure.request().method(), path(failure.request()))
                .statusCode(status).vendorMessage(error.message()).errorCode(error.code()).requestId(error.requestId())
                .retryable(RetryRule.retryable(op, status)).advice(advice).build();
    }

    /**
     * @param op the operation
     * @param request the last request sent
     * @param cause the I/O failure of the last attempt
     * @param attempts how many requests were sent
     * @return the exception the caller sees
     */
    public final VendorConnectionException connectionFailure(Operation op, Request request, IOException cause,
                                                             int attempts) {
        return noAnswer(op, describe(cause) + ". " + connectionAdvice(op, attempts), cause)
                .request(request.method(), path(request)).retryable(RetryRule.retryable(op, 0)).build();
    }

    /**
     * A success answer that cannot be used. Never retryable: the vendor answered, and a repeat would
     * get the same answer (or, for a write, repeat it).
     *
     * @param op the operation
     * @param problem what is wrong with a success answer, without any of its content
     * @param cause the parsing failure, may be {@code null}
     * @return the exception the caller sees
     */
    public final VendorConnectionException unreadable(Operation op, String problem, Throwable cause) {
        return noAnswer(op, problem + ". " + unreadableAdvice(op), cause).build();
    }

    /**
     * A success body that is not the JSON the vendor documents, described by field path only: Jackson's
     * own messages can quote input, and input may hold a token.
     *
     * @param op the operation
     * @param request the request it answered
     * @param e the parsing failure
     * @return the exception the caller sees
     */
    public final VendorConnectionException unreadable(Operation op, Request request, JsonProcessingException e) {
        return noAnswer(op, describe(e) + ". " + unreadableAdvice(op), e).request(request.method(), path(request))
                .build();
    }

    /**
     * @param op the operation
     * @param e the interrupt that ended a wait
     * @return the exception the caller sees
     */
    public final VendorConnectionException interrupted(Operation op, InterruptedException e) {
        return noAnswer(op, "interrupted while waiting to send the request; no further request was sent", e).build();
    }

    private VendorConnectionException.Builder noAnswer(Operation op, String problem, Throwable cause) {
        return VendorConnectionException.builder().vendor(vendor).operation(op.name()).problem(problem).cause(cause);
    }

    /** The path only: the query string may carry filters or, in a caller's proxy setup, a token. */
    private static String path(Request request) {
        return request.url().encodedPath();
    }

    private String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof InterruptedIOException) {
            return "timed out waiting for " + vendor.displayName() + " (" + type + ")";
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return "could not connect to " + vendor.displayName() + " (" + type + ")";
        }
        return "the connection failed (" + type + ")";
    }

    private static String describe(JsonProcessingException e) {
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

    /**
     * @param e a mapping failure
     * @return its JSON path, e.g. {@code number.id} or {@code calls[2].call_id}
     */
    public static String path(JsonMappingException e) {
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
}
