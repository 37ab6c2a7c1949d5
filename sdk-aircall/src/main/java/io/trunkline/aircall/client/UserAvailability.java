package io.trunkline.aircall.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's real-time availability ({@code GET /v1/users/{id}/availability}), the only answer to
 * "is the agent free right now".
 *
 * @param availability {@code available} | {@code offline} | {@code do_not_disturb} | {@code in_call}
 *                     | {@code after_call_work}; kept as a string because Aircall adds values
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserAvailability(
        @JsonProperty(value = "availability", required = true) String availability) {

    /** Value of {@link #availability()} when the agent can take a call. */
    public static final String AVAILABLE = "available";

    /** @return whether the agent is {@value #AVAILABLE} */
    public boolean isAvailable() {
        return AVAILABLE.equals(availability);
    }
}
