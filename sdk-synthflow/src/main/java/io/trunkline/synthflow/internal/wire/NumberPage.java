package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A page of {@code GET /numbers}.
 *
 * @param pagination {@code pagination}: paging facts
 * @param phoneNumbers {@code phone_numbers}: the numbers on this page (empty, never null)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberPage(
        Pagination pagination,
        List<NumberSummary> phoneNumbers) {

    /** Copies collections so the record stays immutable. */
    public NumberPage {
        phoneNumbers = phoneNumbers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(phoneNumbers));
    }

}
