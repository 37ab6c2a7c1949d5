package io.trunkline.aircall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.exception.Vendor;
import io.trunkline.http.internal.ErrorMapping;
import io.trunkline.http.internal.HttpFailure;
import io.trunkline.http.internal.VendorError;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aircall's side of the error mapping: how its error bodies read and what to advise. Aircall does not
 * document its error schema; observed bodies are {@code {"message": "..."}}, and client libraries
 * also read {@code error} and {@code troubleshoot}, as message text: none of them is documented as an
 * error code, so Aircall's exceptions never carry one. Anything else — HTML from a proxy, plain text, an
 * empty body — is tolerated and summarised without echoing markup.
 */
public final class AircallErrors extends ErrorMapping {

    private static final int MAX_MESSAGE = 300;
    private static final String AUTH_ADVICE = "Check the api_id and api_token (Aircall Dashboard → Integrations"
            + " → API keys; the token is shown only once, create a new key if lost) or the OAuth access token."
            + " Aircall answers 403, not 401, for an invalid key or a malformed Authorization header";
    private static final String LIMIT = "Aircall's rate limit (120 requests/min per company, shared by every"
            + " integration) was";

    private final ObjectMapper mapper;
    private final Duration maxRateLimitWait;

    /**
     * @param mapper reads JSON error bodies
     * @param maxRateLimitWait the configured longest accepted wait, named in advice
     */
    public AircallErrors(ObjectMapper mapper, Duration maxRateLimitWait) {
        super(Vendor.AIRCALL);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.maxRateLimitWait = Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    }

    @Override
    public VendorError parse(String body, String contentType) {
        if (body == null || body.isBlank()) {
            return VendorError.NONE;
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            return new VendorError(fromJson(trimmed), null);
        }
        if (trimmed.startsWith("<")) {
            return new VendorError("non-JSON error page (HTML)", null);
        }
        return new VendorError(truncate(trimmed), null);
    }

    private String fromJson(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            List<String> parts = new ArrayList<>();
            String message = textOf(node, "message");
            parts.add(message != null ? message : textOf(node, "error"));
            String troubleshoot = textOf(node, "troubleshoot");
            if (troubleshoot != null) {
                parts.add("troubleshoot: " + troubleshoot);
            }
            parts.removeIf(Objects::isNull);
            return parts.isEmpty() ? null : truncate(String.join("; ", parts));
        } catch (IOException e) {
            return "unreadable JSON error body";
        }
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isBlank() ? null : text;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }

    @Override
    protected String authAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        return AUTH_ADVICE;
    }

    @Override
    protected String notFoundAdvice(io.trunkline.http.internal.Operation op) {
        return "Check that the id exists in this Aircall company; ids differ between accounts";
    }

    @Override
    protected String rateLimitedAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        Duration hint = failure.waitHint();
        if (hint != null && hint.compareTo(maxRateLimitWait) > 0) {
            return "Aircall asked to wait " + hint + ", longer than AircallConfig.http().maxRateLimitWait ("
                    + maxRateLimitWait + "); retry after that";
        }
        return LIMIT + " still exceeded after " + failure.attempts() + " attempt(s); retry later or lower"
                + " AircallConfig.rateLimit";
    }

    @Override
    protected String serverErrorAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        return "Aircall kept failing after " + failure.attempts() + " attempt(s); retry later";
    }

    @Override
    protected String rejectedAdvice(io.trunkline.http.internal.Operation op, HttpFailure failure) {
        String message = failure.error().message();
        return switch (failure.status()) {
            case 400, 422 -> message == null || message.isBlank()
                    ? "Aircall rejected the request without naming a field; check the plan's values against "
                      + "Aircall's API reference, or ask Aircall support"
                    : "Aircall rejected the request; correct the values its message names";
            case 405 -> "Aircall does not allow this action in the resource's current state";
            default -> "Unexpected answer from Aircall; retry, and if it persists ask Aircall support about this status";
        };
    }

    @Override
    protected String connectionAdvice(io.trunkline.http.internal.Operation op, int attempts) {
        return "Gave up after " + attempts + " attempt(s); check network access to Aircall and retry";
    }

    /** A garbled 2xx is not retried (every Aircall operation is a read, so nothing took effect). */
    @Override
    protected String unreadableAdvice(io.trunkline.http.internal.Operation op) {
        return "Aircall's answer does not match its documented format. Retry later; if it persists, a proxy may"
                + " be rewriting answers or the API changed: report it to the Trunkline maintainers";
    }
}
