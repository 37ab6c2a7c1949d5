package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Aircall user from the v2 Users API ({@code GET /v2/users}, {@code GET /v2/users/{id}}).
 *
 * <p>V2 users carry no {@code numbers} field. {@link #availabilityStatus()} is the coarse
 * working-hours status; whether the agent is free right now is only answered by
 * {@code GET /v1/users/{id}/availability}, which Trunkline does not call.
 *
 * @param id the <b>User ID</b>
 * @param directLink API URL
 * @param name first + last name
 * @param email e-mail address
 * @param createdAt ISO-8601 creation time
 * @param available whether the user is within working hours
 * @param availabilityStatus {@code available} | {@code custom} | {@code unavailable}
 * @param substatus {@code always_open} | {@code always_closed} | a free-text reason
 * @param timeZone tz database name (Aircall's default {@code Etc/UTC})
 * @param language IETF language tag (Aircall's default {@code en-US})
 * @param wrapUpTime wrap-up time in seconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserV2(
        @JsonProperty(value = "id", required = true) long id,
        @JsonProperty("direct_link") String directLink,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("available") Boolean available,
        @JsonProperty("availability_status") String availabilityStatus,
        @JsonProperty("substatus") String substatus,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("language") String language,
        @JsonProperty("wrap_up_time") Integer wrapUpTime) {
}
