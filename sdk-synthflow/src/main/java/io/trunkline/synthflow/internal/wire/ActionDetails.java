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
 * An action as {@code GET /actions/{action_id}} returns it ({@code response.actions[0]}).
 *
 * @param actionId {@code action_id}: the action's id (required in the answer)
 * @param actionType {@code action_type}: e.g. {@code LIVE_TRANSFER}
 * @param name {@code name}: the name
 * @param description {@code description}: description
 * @param assistants {@code assistants}: ids of assistants using it; filled with {@code include_assistants=true}
 * @param inputVariables {@code input_variables}: input variables and per-assistant mappings, as sent
 * @param parametersHardCoded {@code parameters_hard_coded}: fixed parameters, as sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionDetails(
        String actionId,
        String actionType,
        String name,
        String description,
        List<String> assistants,
        Map<String, Object> inputVariables,
        Map<String, Object> parametersHardCoded) {

    /** Copies collections so the record stays immutable. */
    public ActionDetails {
        assistants = assistants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(assistants));
        inputVariables = inputVariables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputVariables));
        parametersHardCoded = parametersHardCoded == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parametersHardCoded));
    }

}
