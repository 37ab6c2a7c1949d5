package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A page of {@code GET /calls}.
 *
 * @param pagination {@code pagination}: paging facts
 * @param calls {@code calls}: the calls (empty, never null)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallPage(
        Pagination pagination,
        List<CallRecord> calls) {

    /** Copies collections so the record stays immutable. */
    public CallPage {
        calls = calls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(calls));
    }

}
