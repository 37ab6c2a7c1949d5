package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code POST /custom-numbers}.
 *
 * @param key {@code key}: Synthflow's unique id of the imported number
 * @param phoneNumber {@code phone_number}: the number as stored (required in the answer)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportedNumber(
        String key,
        String phoneNumber) {

}
