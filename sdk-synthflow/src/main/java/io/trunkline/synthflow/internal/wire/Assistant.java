package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assistant as {@code GET /assistants/{model_id}} and {@code GET /assistants/} return it.
 *
 * @param modelId {@code model_id}: the assistant's id (required in the answer)
 * @param type {@code type}: {@code inbound}, {@code outbound} or {@code widget}
 * @param name {@code name}: the name
 * @param phoneNumber {@code phone_number}: the bound inbound number
 * @param description {@code description}: description
 * @param externalWebhookUrl {@code external_webhook_url}: post-call webhook
 * @param isRecording {@code is_recording}: recording switch
 * @param actions {@code actions}: attached action ids; filled only with {@code include_actions=true}
 * @param inputVariables {@code input_variables}: per-action input variables, as sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assistant(
        String modelId,
        String type,
        String name,
        String phoneNumber,
        String description,
        String externalWebhookUrl,
        Boolean isRecording,
        List<String> actions,
        List<Map<String, Object>> inputVariables) {

    /** Copies collections so the record stays immutable. */
    public Assistant {
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
        inputVariables = inputVariables == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(inputVariables));
    }

}
