package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * An Aircall team ({@code GET /v1/teams}, {@code GET /v1/teams/{id}}), used for call distribution.
 *
 * @param id the <b>Team ID</b>
 * @param directLink API URL (Aircall's resource convention; unconfirmed for teams, may be {@code null})
 * @param name team name (max 64 characters, unique per company)
 * @param createdAt ISO-8601 creation time (unconfirmed for teams, may be {@code null})
 * @param users team members
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(
        @JsonProperty(value = "id", required = true) long id,
        @JsonProperty("direct_link") String directLink,
        @JsonProperty("name") String name,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("users") List<UserSummary> users) {

    /** Copies the member list; an absent list becomes empty. */
    public Team {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
