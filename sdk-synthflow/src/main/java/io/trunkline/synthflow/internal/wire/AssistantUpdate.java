package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code PUT /assistants/{model_id}}, a <em>partial</em> update: "only the provided
 * parameters will be updated". Trunkline only binds the inbound number, so {@code phone_number} is
 * the one field modelled; the assistant's other settings stay the user's.
 *
 * @param phoneNumber {@code phone_number}: the inbound number to bind, E.164
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssistantUpdate(String phoneNumber) {

    /**
     * @param phoneNumber the inbound number to bind, E.164
     * @return the body binding it
     */
    public static AssistantUpdate phoneNumber(String phoneNumber) {
        return new AssistantUpdate(Objects.requireNonNull(phoneNumber, "phoneNumber"));
    }
}
