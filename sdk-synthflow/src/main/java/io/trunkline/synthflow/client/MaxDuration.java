package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An assistant's call length limit ({@code max_duration}).
 *
 * @param durationSeconds {@code duration_seconds}: the limit in seconds
 * @param isEnabled {@code is_enabled}: whether the limit applies
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaxDuration(
        Integer durationSeconds,
        Boolean isEnabled) {

}
