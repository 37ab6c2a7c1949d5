package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.trunkline.core.model.Secret;
import java.io.IOException;

/**
 * Writes a {@link Secret}'s revealed value. Registered only on the client's own mapper
 * ({@link SynthflowJson#newMapper()}), so the value reaches the JSON of a request body and nothing
 * else: any other mapper finds no serializer for {@code Secret} and fails rather than leaks.
 */
final class SecretSerializer extends StdSerializer<Secret> {

    private static final long serialVersionUID = 1L;

    SecretSerializer() {
        super(Secret.class);
    }

    @Override
    public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.reveal());
    }
}
