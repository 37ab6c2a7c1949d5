package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.http.internal.ErrorMapping;
import java.util.Collection;
import java.util.Objects;

/**
 * Reads success bodies. Synthflow wraps most answers as {@code {"status":"ok","response":{…}}}
 * (sometimes with a sibling {@code details}) but answers {@code GET /numbers/{slug}} flat; this
 * reader accepts both everywhere, so a change of envelope on either side does not break us.
 * Required fields are checked here so that a missing one fails with a message naming the vendor,
 * the operation and the field, rather than with a {@code NullPointerException} later.
 */
public final class ResponseReader {

    private final ObjectMapper mapper;
    private final ErrorTranslator translator;

    /**
     * @param mapper the client's mapper
     * @param translator builds the exceptions for unreadable bodies
     */
    public ResponseReader(ObjectMapper mapper, ErrorTranslator translator) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    /**
     * Checks that a body read by Retrofit's Jackson converter is a JSON object.
     *
     * @param operation the operation
     * @param body the success body
     * @return the whole document
     */
    public JsonNode tree(Operation operation, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw translator.unreadable(operation, "the response body is not a JSON object", null);
        }
        return body;
    }

    /**
     * The payload: the {@code response} member when the body is enveloped, else the body itself.
     *
     * @param root the whole document
     * @return the payload
     */
    public JsonNode payload(JsonNode root) {
        JsonNode response = root.get("response");
        return response != null && (response.isObject() || response.isArray()) ? response : root;
    }

    /**
     * Checks that the payload has the array a read documents, e.g. {@code actions}. Only an empty
     * array means "none"; a 2xx body without the member (empty, or cut down by a proxy) is
     * unreadable, never "not found", so that a caller does not delete, forget or re-create
     * something because of a garbled answer.
     *
     * @param operation the operation
     * @param payload the payload
     * @param field the array member, e.g. {@code "actions"}
     * @return the array
     * @throws VendorConnectionException if the member is missing or not an array
     */
    public JsonNode requireArray(Operation operation, JsonNode payload, String field) {
        JsonNode array = payload.get(field);
        if (array == null || array.isNull()) {
            throw translator.unreadable(operation,
                    "the response lacks the required field '" + field + "'", null);
        }
        if (!array.isArray()) {
            throw translator.unreadable(operation,
                    "unexpected shape at '" + field + "': expected an array, got " + array.getNodeType(), null);
        }
        return array;
    }

    /**
     * Converts a JSON node to a DTO.
     *
     * @param operation the operation
     * @param node the node
     * @param type the DTO type
     * @param <T> the DTO type
     * @return the DTO
     */
    public <T> T convert(Operation operation, JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            String path = e.getPath().isEmpty() ? "" : " at '" + ErrorMapping.path(e) + "'";
            throw translator.unreadable(operation, "the response has an unexpected shape" + path
                    + " (expected " + type.getSimpleName() + ")", e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw translator.unreadable(operation, "the response could not be read as "
                    + type.getSimpleName(), e);
        }
    }

    /**
     * Checks that a field the vendor documents as always present is there.
     *
     * @param operation the operation
     * @param field the JSON field name, e.g. {@code "model_id"}
     * @param value the value read
     * @param <T> the value type
     * @return {@code value}
     * @throws VendorConnectionException if {@code value} is {@code null}, blank or empty
     */
    public <T> T require(Operation operation, String field, T value) {
        boolean missing = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
        if (missing) {
            throw translator.unreadable(operation,
                    "the response lacks the required field '" + field + "'", null);
        }
        return value;
    }
}
