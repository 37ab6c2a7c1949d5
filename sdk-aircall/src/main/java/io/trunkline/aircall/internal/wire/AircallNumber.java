package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Map;

/**
 * An Aircall number, which the Aircall dashboard and Synthflow's guide call a <b>line</b>
 * ({@code GET /v1/numbers}, {@code GET /v1/numbers/{id}}).
 *
 * <p>Named {@code AircallNumber} rather than {@code Number} so that it never shadows
 * {@link java.lang.Number}. There is no server-side lookup by DID: to find a line by its DID, list
 * all numbers and compare {@link #digits()} with spaces and punctuation removed.
 *
 * @param id the <b>Line ID</b>
 * @param directLink API URL of the resource
 * @param name display name
 * @param digits international display format <b>with spaces</b>, e.g. {@code "+33 1 23 45 67 89"}
 * @param e164Digits E.164 without spaces; documented only in webhook payloads, so usually {@code null}
 * @param createdAt ISO-8601 creation time
 * @param country ISO 3166-1 alpha-2 code
 * @param timeZone tz database name
 * @param open deprecated by Aircall (stale for Smartflows numbers); prefer {@link #availabilityStatus()}
 * @param availabilityStatus {@code open} | {@code custom} | {@code closed}
 * @param isIvr deprecated by Aircall (stale for Smartflows numbers)
 * @param liveRecordingActivated whether live recording is on
 * @param priority {@code null}, {@code 0} (none) or {@code 1} (top)
 * @param flowEditorEnabled whether the number is managed by the Smartflows editor (optional field)
 * @param messages URLs of the number's messages keyed by kind ({@code welcome}, {@code voicemail}, ...);
 *     entries whose value is not text are skipped
 * @param users users assigned to the line
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AircallNumber(
        @JsonProperty(value = "id", required = true) long id,
        @JsonProperty("direct_link") String directLink,
        @JsonProperty("name") String name,
        @JsonProperty("digits") String digits,
        @JsonProperty("e164_digits") String e164Digits,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("country") String country,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("open") Boolean open,
        @JsonProperty("availability_status") String availabilityStatus,
        @JsonProperty("is_ivr") Boolean isIvr,
        @JsonProperty("live_recording_activated") Boolean liveRecordingActivated,
        @JsonProperty("priority") Integer priority,
        @JsonProperty("flow_editor_enabled") Boolean flowEditorEnabled,
        @JsonProperty("messages") @JsonDeserialize(using = MessageUrlsDeserializer.class) Map<String, String> messages,
        @JsonProperty("users") List<UserSummary> users) {

    /** Copies the collections so the record stays immutable; absent collections become empty. */
    public AircallNumber {
        messages = messages == null ? Map.of() : Map.copyOf(withoutNullValues(messages));
        users = users == null ? List.of() : List.copyOf(users);
    }

    private static Map<String, String> withoutNullValues(Map<String, String> map) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
