package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A number attached to an assistant ({@code attached_phone_numbers[]}).
 *
 * @param number {@code number}: the number, E.164
 * @param sid {@code sid}: the carrier's id, may be null
 * @param slug {@code slug}: the number without '+'
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttachedNumber(
        String number,
        String sid,
        String slug) {

}
