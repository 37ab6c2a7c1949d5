package io.trunkline.aircall.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The useful part of an Aircall error body. Aircall does not document its error schema; observed
 * bodies are {@code {"message": "..."}}, and client libraries also read {@code error} and
 * {@code troubleshoot}. Anything else — HTML from a proxy, plain text, an empty body — is tolerated
 * and summarised without echoing markup.
 */
final class ErrorBody {

    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_MESSAGE = 300;

    private ErrorBody() {
    }

    /**
     * @param body the error body, may be {@code null}
     * @param mapper reads JSON
     * @return the vendor's message, or {@code null} when the body says nothing usable
     */
    static String message(ResponseBody body, ObjectMapper mapper) {
        String text = read(body);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return fromJson(trimmed, mapper);
        }
        if (trimmed.startsWith("<")) {
            return "non-JSON error page (HTML)";
        }
        return truncate(trimmed);
    }

    private static String read(ResponseBody body) {
        if (body == null) {
            return null;
        }
        try (body; InputStream in = body.byteStream()) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String fromJson(String text, ObjectMapper mapper) {
        try {
            JsonNode node = mapper.readTree(text);
            List<String> parts = new ArrayList<>();
            String message = textOf(node, "message");
            parts.add(message != null ? message : textOf(node, "error"));
            String troubleshoot = textOf(node, "troubleshoot");
            if (troubleshoot != null) {
                parts.add("troubleshoot: " + troubleshoot);
            }
            parts.removeIf(java.util.Objects::isNull);
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
}
