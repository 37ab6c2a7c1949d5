package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code meta} block of every Aircall list response.
 *
 * <p>Whether more records exist is decided by {@link #nextPageLink()} alone, never by comparing
 * {@code count} with {@code total}: Aircall caps a query at 10,000 records, so {@code total} can
 * exceed what the API will serve.
 *
 * @param count records on this page
 * @param total records matching the query (may exceed what pagination serves)
 * @param currentPage 1-based page number
 * @param perPage page size used by Aircall
 * @param nextPageLink absolute URL of the next page, {@code null} on the last page
 * @param previousPageLink absolute URL of the previous page, {@code null} on the first page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Meta(
        @JsonProperty("count") Integer count,
        @JsonProperty("total") Integer total,
        @JsonProperty("current_page") Integer currentPage,
        @JsonProperty("per_page") Integer perPage,
        @JsonProperty("next_page_link") String nextPageLink,
        @JsonProperty("previous_page_link") String previousPageLink) {
}
