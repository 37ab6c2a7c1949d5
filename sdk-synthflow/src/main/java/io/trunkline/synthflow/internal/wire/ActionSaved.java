package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer to {@code POST /actions} and {@code PUT /actions/{action_id}}.
 *
 * @param actionId {@code action_id}: the action's id (required in the answer)
 * @param actionType {@code action_type}: the type; sent on create only
 * @param promptVariables {@code prompt_variables}: prompt variables; sent on create only
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionSaved(
        String actionId,
        String actionType,
        List<Object> promptVariables) {

    /** Copies collections so the record stays immutable. */
    public ActionSaved {
        promptVariables = promptVariables == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(promptVariables));
    }

}
