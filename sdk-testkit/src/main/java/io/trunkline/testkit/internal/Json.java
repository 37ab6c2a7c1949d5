package io.trunkline.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON plumbing shared by the simulators. The mapper is configured once and never mutated. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    /** @return a new empty object node */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array node */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param body a request body
     * @return the body as an object, or empty when it is not a JSON object
     */
    public static Optional<ObjectNode> parseObject(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * @param node any node
     * @return compact JSON text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    /**
     * @param value a JSON-like Java value (String, Number, Boolean, null, List, Map)
     * @return it as a tree
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * @param object an object node
     * @return an unmodifiable deep copy as Java maps and lists
     */
    public static Map<String, Object> toMap(ObjectNode object) {
        return freezeMap(MAPPER.convertValue(object, MAP));
    }

    /**
     * @param value a JSON-like Java map
     * @return an unmodifiable deep copy
     */
    public static Map<String, Object> freezeMap(Map<String, Object> value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        value.forEach((k, v) -> copy.put(k, freeze(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(freeze(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * @param node an object
     * @param field a field name
     * @return the field's text when it is a non-null string
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
