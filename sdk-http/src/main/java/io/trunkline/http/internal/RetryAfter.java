package io.trunkline.http.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads HTTP's {@code Retry-After}: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {

    /** The header's name. */
    public static final String HEADER = "Retry-After";

    private RetryAfter() {
    }

    /**
     * @param value the header's value, may be {@code null}
     * @param clock reads "now" for an HTTP date
     * @return the wait, never negative; {@code null} when absent or unreadable
     */
    public static Duration parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
