package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of {@code GET /actions}.
 *
 * @param actionId {@code action_id}: the action's id
 * @param actionType {@code action_type}: e.g. {@code LIVE_TRANSFER} (a string: new types must not break reads)
 * @param name {@code name}: the action's name
 * @param description {@code description}: description
 * @param parametersHardCoded {@code parameters_hard_coded}: fixed parameters, as sent (empty, never null)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionSummary(
        String actionId,
        String actionType,
        String name,
        String description,
        Map<String, Object> parametersHardCoded) {

    /** Copies collections so the record stays immutable. */
    public ActionSummary {
        parametersHardCoded = parametersHardCoded == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parametersHardCoded));
    }

}
