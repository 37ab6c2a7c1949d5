package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An Aircall call ({@code GET /v1/calls}, {@code GET /v1/calls/{id}}).
 *
 * <p>Times are UNIX seconds, as Aircall sends them; {@link #startedAtInstant()} and friends convert.
 * Enumerations stay strings because Aircall adds values over time. Fields whose shape Trunkline's
 * reference does not document ({@code contact}, {@code comments}, {@code tags}, {@code participants},
 * {@code ivr_options_selected}) are not mapped.
 *
 * @param id call id
 * @param sid call SID (the same value webhooks call {@code call_uuid})
 * @param directLink API URL
 * @param startedAt UNIX seconds
 * @param answeredAt UNIX seconds, {@code null} if unanswered
 * @param endedAt UNIX seconds, {@code null} while in progress
 * @param duration seconds, including ringing
 * @param status {@code initial} | {@code answered} | {@code done}
 * @param direction {@code inbound} | {@code outbound}
 * @param rawDigits the external party, international format or {@code "anonymous"}
 * @param missedCallReason {@code out_of_opening_hours} | {@code short_abandoned} |
 *                         {@code abandoned_in_ivr} | {@code abandoned_in_classic} |
 *                         {@code no_available_agent} | {@code agents_did_not_answer}, or {@code null}
 * @param number the Aircall line (often a partial object)
 * @param user the user who took the call
 * @param assignedTo the user the call is assigned to
 * @param transferredBy the user who transferred the call
 * @param transferredTo the transfer target (the team's first user when transferred to a team)
 * @param teams teams that rang (inbound only)
 * @param recording recording URL (expires after 1 h)
 * @param voicemail voicemail URL (expires after 1 h)
 * @param archived whether the call is archived
 * @param automaticCallbackCallId id of the automatic callback call, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Call(
        @JsonProperty(value = "id", required = true) long id,
        @JsonProperty("sid") String sid,
        @JsonProperty("direct_link") String directLink,
        @JsonProperty("started_at") Long startedAt,
        @JsonProperty("answered_at") Long answeredAt,
        @JsonProperty("ended_at") Long endedAt,
        @JsonProperty("duration") Integer duration,
        @JsonProperty("status") String status,
        @JsonProperty("direction") String direction,
        @JsonProperty("raw_digits") String rawDigits,
        @JsonProperty("missed_call_reason") String missedCallReason,
        @JsonProperty("number") AircallNumber number,
        @JsonProperty("user") UserSummary user,
        @JsonProperty("assigned_to") UserSummary assignedTo,
        @JsonProperty("transferred_by") UserSummary transferredBy,
        @JsonProperty("transferred_to") UserSummary transferredTo,
        @JsonProperty("teams") List<Team> teams,
        @JsonProperty("recording") String recording,
        @JsonProperty("voicemail") String voicemail,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("automatic_callback_call_id") Long automaticCallbackCallId) {

    /** Copies the team list; an absent list becomes empty. */
    public Call {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** @return {@link #startedAt()} as an instant, when present */
    public Optional<Instant> startedAtInstant() {
        return Optional.ofNullable(startedAt).map(Instant::ofEpochSecond);
    }

    /** @return {@link #answeredAt()} as an instant; empty when the call was not answered */
    public Optional<Instant> answeredAtInstant() {
        return Optional.ofNullable(answeredAt).map(Instant::ofEpochSecond);
    }

    /** @return {@link #endedAt()} as an instant, when present */
    public Optional<Instant> endedAtInstant() {
        return Optional.ofNullable(endedAt).map(Instant::ofEpochSecond);
    }
}
