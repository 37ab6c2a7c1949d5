package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code POST /assistants} and {@code PUT /assistants/{model_id}}: the id from
 * {@code response.model_id} and the envelope's sibling {@code details}.
 *
 * @param modelId {@code model_id}: the assistant's id
 * @param details {@code details}: what Synthflow reports as attached; may be null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssistantSaved(
        String modelId,
        AssistantSaved.Details details) {

    /**
     * The envelope's {@code details}.
     *
     * @param phone the phone number attached to the assistant, possibly empty
     * @param voice the assistant's voice, possibly empty
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Details(String phone, String voice) {
    }

}
