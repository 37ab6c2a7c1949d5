package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A page of {@code GET /assistants/}.
 *
 * @param pagination {@code pagination}: paging facts
 * @param assistants {@code assistants}: the assistants (empty, never null)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssistantPage(
        Pagination pagination,
        List<Assistant> assistants) {

    /** Copies collections so the record stays immutable. */
    public AssistantPage {
        assistants = assistants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(assistants));
    }

}
