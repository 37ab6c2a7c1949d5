package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A page of {@code GET /actions}.
 *
 * @param pagination {@code pagination}: paging facts
 * @param actions {@code actions}: the actions (empty, never null)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionPage(
        Pagination pagination,
        List<ActionSummary> actions) {

    /** Copies collections so the record stays immutable. */
    public ActionPage {
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
    }

}
