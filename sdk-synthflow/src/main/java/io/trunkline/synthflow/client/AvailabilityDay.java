package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One weekday of a {@link HumanAvailability} schedule; Synthflow allows exactly one interval.
 *
 * @param weekday {@code weekday}: {@code monday} … {@code sunday}
 * @param interval {@code interval}: the opening interval (a one-element list, as documented)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AvailabilityDay(
        String weekday,
        List<AvailabilityInterval> interval) {

    /** Copies collections so the record stays immutable. */
    public AvailabilityDay {
        interval = interval == null ? null : List.copyOf(interval);
    }

}
