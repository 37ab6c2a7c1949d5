package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a number's {@code messages} object (message kind → URL) keeping only text values. Trunkline
 * never uses these URLs, so a kind Aircall adds later with another shape (an object, a list) must
 * not make the whole number — and with it the DID lookup — unreadable.
 */
public final class MessageUrlsDeserializer extends JsonDeserializer<Map<String, String>> {

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Map<String, String> urls = new LinkedHashMap<>();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return urls;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String kind = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                urls.put(kind, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return urls;
    }
}
