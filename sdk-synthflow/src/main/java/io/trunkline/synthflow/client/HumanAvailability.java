package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * When humans can take a LIVE_TRANSFER ({@code human_availability}); each weekday at most once.
 *
 * @param timezone {@code timezone}: IANA time zone (required by Synthflow)
 * @param schedule {@code schedule}: the opening days (required by Synthflow)
 * @param unavailableMessage {@code unavailable_message}: said when nobody is available
 * @param active {@code active}: whether the schedule applies (required by Synthflow)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HumanAvailability(
        String timezone,
        List<AvailabilityDay> schedule,
        String unavailableMessage,
        Boolean active) {

    /** Copies collections so the record stays immutable. */
    public HumanAvailability {
        schedule = schedule == null ? null : List.copyOf(schedule);
    }

}
