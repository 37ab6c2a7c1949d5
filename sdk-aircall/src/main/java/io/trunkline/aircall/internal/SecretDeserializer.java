package io.trunkline.aircall.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.trunkline.core.model.Secret;

import java.io.IOException;

/**
 * Reads a JSON string straight into a {@link Secret}, so that a token in a response body never
 * exists as a plain {@code String} field of a DTO. A blank value reads as {@code null} because
 * {@link Secret} refuses blank values.
 */
public final class SecretDeserializer extends StdScalarDeserializer<Secret> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson instantiates it from {@code @JsonDeserialize}. */
    public SecretDeserializer() {
        super(Secret.class);
    }

    @Override
    public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = _parseString(parser, context, this);
        return value == null || value.isBlank() ? null : Secret.of(value);
    }
}
