package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * The payload of a Synthflow answer, bound by Retrofit's Jackson converter straight from the body:
 * the {@code response} member when the body is enveloped ({@code {"status":"ok","response":{…}}}),
 * else the whole body. Synthflow envelopes most answers but not {@code GET /numbers/{slug}}; both
 * shapes are accepted everywhere, so a change of envelope on either side does not break us (the same
 * rule as {@link ResponseReader#payload}).
 *
 * <p>Why not a {@code JsonNode} first: building the tree and then converting it costs about as much
 * again as binding the record, on every read. Here an enveloped payload is bound from the stream; only
 * the members before {@code response}, or a whole flat body, are buffered as tokens.
 *
 * @param value the payload
 * @param <T> the payload's record type
 */
@JsonDeserialize(using = Payload.Reader.class)
public record Payload<T>(T value) {

    /** Finds the payload while reading, without a tree. */
    static final class Reader extends StdDeserializer<Payload<?>> implements ContextualDeserializer {

        private final JavaType valueType;

        Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            super(Payload.class);
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            return new Reader(type.containedTypeOrUnknown(0));
        }

        @Override
        public Payload<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (Payload<?>) ctxt.handleUnexpectedToken(Payload.class, p);
            }
            TokenBuffer before = ctxt.bufferForInputBuffering(p);
            before.writeStartObject();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("response".equals(name) && (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY)) {
                    Payload<?> payload = new Payload<>(ctxt.readValue(p, valueType));
                    skipRest(p);
                    return payload;
                }
                before.writeFieldName(name);
                before.copyCurrentStructure(p);
            }
            before.writeEndObject();
            try (JsonParser flat = before.asParserOnFirstToken()) {
                return new Payload<>(ctxt.readValue(flat, valueType));
            }
        }

        /** Reads past the members after {@code response} (e.g. {@code details}) to the end of the body. */
        private static void skipRest(JsonParser p) throws IOException {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                p.nextToken();
                p.skipChildren();
            }
        }
    }
}
