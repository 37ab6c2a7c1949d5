package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One entry of {@code GET /numbers}.
 *
 * @param number {@code number}: the number, E.164
 * @param sid {@code sid}: the carrier's id; often {@code null} for custom numbers
 * @param isAvailable {@code is_available}: {@code true} when no inbound assistant uses the number
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberSummary(
        String number,
        String sid,
        Boolean isAvailable) {

}
