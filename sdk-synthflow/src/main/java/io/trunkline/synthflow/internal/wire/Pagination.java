package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The paging facts of a list answer ({@code response.pagination}).
 *
 * @param totalRecords {@code total_records}: how many records exist in total
 * @param limit {@code limit}: the page size used
 * @param offset {@code offset}: the offset used
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pagination(
        Integer totalRecords,
        Integer limit,
        Integer offset) {

}
