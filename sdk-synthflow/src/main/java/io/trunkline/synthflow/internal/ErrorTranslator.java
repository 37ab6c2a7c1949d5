package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The one place where Synthflow failures become Trunkline exceptions. Parses the three documented
 * error shapes ({@code {"detail":"msg"}}, {@code {"error":"slug","message":"text"}},
 * {@code {"detail":{"status","description","request_id","category"}}}), FastAPI-style
 * {@code {"detail":[{loc,msg}]}}, empty {@code {}} and non-JSON bodies, and maps the HTTP status to
 * the exception type with advice on what to do next. Raw bodies never reach a message: they may
 * echo request fields such as a trunk password.
 */
public final class ErrorTranslator {

    /** The vendor name used in every message. */
    public static final String VENDOR = "Synthflow";

    private final ObjectMapper mapper;
    private final String workspaceId;
    private final String baseUrl;

    /**
     * @param mapper the client's mapper
     * @param workspaceId the configured workspace id, named in advice
     * @param baseUrl the configured base URL, named in advice
     */
    public ErrorTranslator(ObjectMapper mapper, String workspaceId, String baseUrl) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /**
     * Reads an error body in any of Synthflow's shapes.
     *
     * @param body the raw body, may be {@code null} or empty
     * @param contentType the response's content type, may be {@code null}
     * @return what the body said; {@link VendorError#NONE} when it said nothing
     */
    public VendorError parse(String body, String contentType) {
        if (body == null || body.isBlank()) {
            return VendorError.NONE;
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return new VendorError("the error body is not JSON"
                    + (contentType == null ? "" : " (" + contentType + ")")
                    + ", probably a proxy or gateway page", null);
        }
        if (root == null || !root.isObject()) {
            return VendorError.NONE;
        }
        return fromObject(root);
    }

    private static VendorError fromObject(JsonNode root) {
        String topRequestId = text(root.get("request_id"));
        JsonNode detail = root.get("detail");
        if (detail != null && detail.isTextual()) {
            return new VendorError(detail.asText(), topRequestId);
        }
        if (detail != null && detail.isObject()) {
            return fromDetailObject(detail, topRequestId);
        }
        if (detail != null && detail.isArray()) {
            return new VendorError(fromDetailArray(detail), topRequestId);
        }
        String error = text(root.get("error"));
        String message = text(root.get("message"));
        if (message != null) {
            return new VendorError(error == null ? message : error + ": " + message, topRequestId);
        }
        return new VendorError(error, topRequestId);
    }

    private static VendorError fromDetailObject(JsonNode detail, String topRequestId) {
        String description = text(detail.get("description"));
        List<String> facts = new ArrayList<>();
        String status = text(detail.get("status"));
        String category = text(detail.get("category"));
        if (status != null) {
            facts.add("status: " + status);
        }
        if (category != null) {
            facts.add("category: " + category);
        }
        String message = description == null ? String.join(", ", facts)
                : facts.isEmpty() ? description : description + " (" + String.join(", ", facts) + ")";
        String requestId = text(detail.get("request_id"));
        return new VendorError(message.isEmpty() ? null : message, requestId == null ? topRequestId : requestId);
    }

    /** FastAPI validation errors: only {@code loc} and {@code msg}, never {@code input} (it echoes values). */
    private static String fromDetailArray(JsonNode detail) {
        StringJoiner joiner = new StringJoiner("; ");
        for (JsonNode item : detail) {
            String msg = text(item.get("msg"));
            if (msg == null) {
                continue;
            }
            JsonNode loc = item.get("loc");
            if (loc != null && loc.isArray() && !loc.isEmpty()) {
                StringJoiner path = new StringJoiner(".");
                loc.forEach(part -> path.add(part.asText()));
                joiner.add(path + ": " + msg);
            } else {
                joiner.add(msg);
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : null;
    }

    /**
     * Turns an HTTP error answer into the exception the caller sees.
     *
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param error what the body said
     * @param retryAfter what the vendor asked us to wait, may be {@code null}
     * @param attempts how many requests were sent in total
     * @return the exception to throw
     */
    public TrunklineException httpFailure(Operation operation, int status, VendorError error, Duration retryAfter,
                                          int attempts) {
        String op = operation.name();
        String message = error.message();
        String requestId = error.requestId();
        if (status == 401) {
            return new AuthenticationException(VENDOR, op, status, message, requestId, unauthorizedAdvice());
        }
        if (status == 403 && operation.equals(Operation.IMPORT_CUSTOM_NUMBER)) {
            // Synthflow documents this 403 as "provider import is not enabled": the key may be fine.
            return new VendorApiException(VENDOR, op, status, message, requestId, forbiddenAdvice(operation));
        }
        if (status == 403) {
            return new AuthenticationException(VENDOR, op, status, message, requestId, forbiddenAdvice(operation));
        }
        if (status == 404) {
            return new ResourceNotFoundException(VENDOR, op, status, message, requestId, notFoundAdvice());
        }
        if (status == 429) {
            return new RateLimitedException(VENDOR, op, message, requestId, retryAfter, rateLimitedAdvice(operation,
                    attempts));
        }
        if (status >= 500) {
            return new VendorApiException(VENDOR, op, status, message, requestId, serverErrorAdvice(operation,
                    attempts));
        }
        return new VendorApiException(VENDOR, op, status, message, requestId, message == null || message.isBlank()
                ? "Synthflow rejected the request without naming a field; check the plan's values against Synthflow's "
                  + "API reference, or give Synthflow support the request id"
                : "Synthflow rejected the request as sent; correct the fields its message names and try again");
    }

    /**
     * Turns an I/O failure (connection refused or reset, timeout, TLS) into the exception the
     * caller sees.
     *
     * @param operation the operation that failed
     * @param cause the I/O failure
     * @param attempts how many requests were sent in total
     * @return the exception to throw
     */
    public VendorConnectionException connectionFailure(Operation operation, IOException cause, int attempts) {
        String what = cause instanceof InterruptedIOException ? "the request timed out" : "the connection failed";
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String advice = operation.idempotent()
                ? "Gave up after " + attempts + " attempt(s). Check that " + baseUrl
                  + " is reachable from this host and try again; raise the timeouts if Synthflow is slow"
                : outcomeUnknown(operation);
        return new VendorConnectionException(VENDOR, operation.name(), what + " (" + detail + "). " + advice, cause);
    }

    /**
     * A successful answer whose body is not what Synthflow documents (not JSON, wrong shape, or a
     * required field missing).
     *
     * @param operation the operation
     * @param problem what is wrong, without any body content
     * @param cause the parsing failure, may be {@code null}
     * @return the exception to throw
     */
    public VendorConnectionException unreadableResponse(Operation operation, String problem, Throwable cause) {
        String advice = operation.idempotent()
                ? "The Synthflow API may have changed; report this to the Trunkline maintainers"
                : "Synthflow answered with success, so the write probably happened: "
                  + operation.rereadHint() + " before trying again";
        return new VendorConnectionException(VENDOR, operation.name(), problem + ". " + advice, cause);
    }

    /**
     * A read answered 200 with an empty list where the object should be (Synthflow answers single
     * reads as one-element arrays): the object does not exist.
     *
     * @param operation the operation
     * @param what the object, e.g. {@code "assistant 1726…990"}
     * @return the exception to throw
     */
    public ResourceNotFoundException emptyResult(Operation operation, String what) {
        return new ResourceNotFoundException(VENDOR, operation.name(), 200,
                "the answer contained no " + what, null, notFoundAdvice());
    }

    /**
     * The wait before a retry was interrupted; nothing more is sent.
     *
     * @param operation the operation
     * @param cause the interruption
     * @return the exception to throw
     */
    public VendorConnectionException interrupted(Operation operation, InterruptedException cause) {
        return new VendorConnectionException(VENDOR, operation.name(),
                "interrupted while waiting to retry; no further request was sent", cause);
    }

    private String unauthorizedAdvice() {
        return "Check the Synthflow API key: it must be a current key of workspace '" + workspaceId
               + "' (keys are created in the dashboard), and the base URL " + baseUrl
               + " must be the host of the workspace's region (global, US or EU)";
    }

    private String forbiddenAdvice(Operation operation) {
        String common = "Check that the API key belongs to workspace '" + workspaceId
                        + "' and that the base URL " + baseUrl + " matches the workspace's region (global, US or EU)";
        if (operation.equals(Operation.IMPORT_CUSTOM_NUMBER)) {
            return "Synthflow documents this answer for a workspace whose provider import is not enabled: importing a "
                   + "SIP (custom) number needs the Enterprise plan with provider import enabled, so ask Synthflow "
                   + "support to enable it. If it is enabled, the key may not be scoped to this workspace: " + common;
        }
        return common;
    }

    private String notFoundAdvice() {
        return "Check the identifier and that it exists in workspace '" + workspaceId + "' on " + baseUrl
               + " (regions are separate: an object created on one host is not visible on another)";
    }

    private static String rateLimitedAdvice(Operation operation, int attempts) {
        String tail = operation.idempotent() ? " (gave up after " + attempts + " attempt(s))"
                : " (a POST is never retried automatically; " + operation.rereadHint() + " before trying again)";
        return "Synthflow is limiting the request rate or concurrent calls; wait and try again later" + tail;
    }

    private static String serverErrorAdvice(Operation operation, int attempts) {
        return operation.idempotent()
                ? "Synthflow had a server error; gave up after " + attempts + " attempt(s); try again later"
                : outcomeUnknown(operation);
    }

    private static String outcomeUnknown(Operation operation) {
        return "The outcome is unknown: Synthflow may or may not have done it, and a POST is never retried "
               + "automatically because Synthflow has no idempotency keys. Before trying again, "
               + operation.rereadHint();
    }
}
