package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The body of {@code POST /actions/attach} and {@code POST /actions/detach}: which actions to
 * attach to, or detach from, one assistant.
 *
 * @param modelId {@code model_id}: the assistant's id
 * @param actions {@code actions}: the action ids
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionAttachment(
        String modelId,
        List<String> actions) {

    /** Copies collections so the record stays immutable. */
    public ActionAttachment {
        actions = actions == null ? null : List.copyOf(actions);
    }

}
