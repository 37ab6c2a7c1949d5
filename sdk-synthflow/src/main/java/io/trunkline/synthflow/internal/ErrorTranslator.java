package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.Vendor;
import io.trunkline.http.internal.ErrorMapping;
import io.trunkline.http.internal.HttpFailure;
import io.trunkline.http.internal.VendorError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Synthflow's side of the shared error mapping ({@link ErrorMapping}). Parses the three documented
 * error shapes ({@code {"detail":"msg"}}, {@code {"error":"slug","message":"text"}},
 * {@code {"detail":{"status","description","request_id","category"}}}), FastAPI-style
 * {@code {"detail":[{loc,msg}]}}, empty {@code {}} and non-JSON bodies, and gives the advice on what
 * to do next for each kind of failure. The gateway's {@code error} slug is the only error code
 * Synthflow sends; the other shapes have none (a {@code category} is a class, kept in the message). Raw bodies never reach a message: they may
 * echo request fields such as a trunk password.
 */
public final class ErrorTranslator extends ErrorMapping {


    private final ObjectMapper mapper;
    private final String workspaceId;
    private final String baseUrl;

    /**
     * @param mapper the client's mapper
     * @param workspaceId the configured workspace id, named in advice
     * @param baseUrl the configured base URL, named in advice
     */
    public ErrorTranslator(ObjectMapper mapper, String workspaceId, String baseUrl) {
        super(Vendor.SYNTHFLOW);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
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
            // The gateway's documented shape: "error" is a slug (e.g. not_found), Synthflow's only error code.
            return new VendorError(error == null ? message : error + ": " + message, topRequestId, error);
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
     * A read answered 200 with an empty list where the object should be (Synthflow answers single
     * reads as one-element arrays): the object does not exist.
     *
     * @param operation the operation
     * @param what the object, e.g. {@code "assistant 1726…990"}
     * @return the exception to throw
     */
    public ResourceNotFoundException emptyResult(Operation operation, String what) {
        return ResourceNotFoundException.builder().vendor(Vendor.SYNTHFLOW).operation(operation.name()).statusCode(200)
                .vendorMessage("the answer contained no " + what).advice(notFoundAdvice()).build();
    }

    @Override
    protected boolean authenticationFailure(io.trunkline.http.internal.Operation op, int status) {
        // Synthflow documents this 403 as "provider import is not enabled": the key may be fine.
        return !(status == 403 && op.equals(Operation.IMPORT_CUSTOM_NUMBER));
    }

    @Override
    protected String authAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        return failure.status() == 401 ? unauthorizedAdvice() : forbiddenAdvice(op);
    }

    @Override
    protected String notFoundAdvice(io.trunkline.http.internal.Operation op) {
        return notFoundAdvice();
    }

    @Override
    protected String rateLimitedAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        String tail = op.idempotent() ? " (gave up after " + failure.attempts() + " attempt(s))"
                : " (a POST is never retried automatically; " + rereadHint(op) + " before trying again)";
        return "Synthflow is limiting the request rate or concurrent calls; wait and try again later" + tail;
    }

    @Override
    protected String serverErrorAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        return op.idempotent()
                ? "Synthflow had a server error; gave up after " + failure.attempts() + " attempt(s); try again later"
                : outcomeUnknown(op);
    }

    @Override
    protected String rejectedAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        String message = failure.error().message();
        return message == null || message.isBlank()
                ? "Synthflow rejected the request without naming a field; check the plan's values against Synthflow's "
                  + "API reference, or give Synthflow support the request id"
                : "Synthflow rejected the request as sent; correct the fields its message names and try again";
    }

    @Override
    protected String connectionAdvice(io.trunkline.http.internal.Operation op, int attempts) {
        return op.idempotent()
                ? "Gave up after " + attempts + " attempt(s). Check that " + baseUrl
                  + " is reachable from this host and try again; raise the timeouts if Synthflow is slow"
                : outcomeUnknown(op);
    }

    @Override
    protected String unreadableAdvice(io.trunkline.http.internal.Operation op) {
        return op.idempotent()
                ? "The Synthflow API may have changed; report this to the Trunkline maintainers"
                : "Synthflow answered with success, so the write probably happened: " + rereadHint(op)
                  + " before trying again";
    }

    private static String rereadHint(io.trunkline.http.internal.Operation op) {
        return op instanceof Operation synthflow ? synthflow.rereadHint() : "";
    }

    private String unauthorizedAdvice() {
        return "Check the Synthflow API key: it must be a current key of workspace '" + workspaceId
               + "' (keys are created in the dashboard), and the base URL " + baseUrl
               + " must be the host of the workspace's region (global, US or EU)";
    }

    private String forbiddenAdvice(io.trunkline.http.internal.Operation operation) {
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

    private static String outcomeUnknown(io.trunkline.http.internal.Operation operation) {
        return "The outcome is unknown: Synthflow may or may not have done it, and a POST is never retried "
               + "automatically because Synthflow has no idempotency keys. Before trying again, "
               + rereadHint(operation);
    }
}
