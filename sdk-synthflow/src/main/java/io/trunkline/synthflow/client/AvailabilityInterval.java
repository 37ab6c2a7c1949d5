package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One opening interval of a weekday, 24-hour {@code HH:MM}.
 *
 * @param from {@code from}: start, e.g. {@code 09:00}
 * @param to {@code to}: end, e.g. {@code 18:00}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AvailabilityInterval(
        String from,
        String to) {

}
