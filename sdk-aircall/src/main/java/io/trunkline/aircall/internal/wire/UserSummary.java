package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The short user row Aircall embeds in numbers, teams and calls.
 *
 * <p>Rows embedded by {@code GET /v1/teams} carry {@code availability_status} and
 * {@code default_number_id}; rows from {@code GET /v1/teams/{id}} and numbers usually do not, so
 * those fields may be {@code null}.
 *
 * @param id the Aircall <b>User ID</b>
 * @param directLink API URL of the user
 * @param name display name (first + last)
 * @param email e-mail address
 * @param availabilityStatus {@code available} | {@code custom} | {@code unavailable}, when present
 * @param defaultNumberId the user's default line, when present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserSummary(
        @JsonProperty(value = "id", required = true) long id,
        @JsonProperty("direct_link") String directLink,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("availability_status") String availabilityStatus,
        @JsonProperty("default_number_id") Long defaultNumberId) {
}
