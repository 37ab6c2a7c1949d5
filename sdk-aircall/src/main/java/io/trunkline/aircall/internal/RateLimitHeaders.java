package io.trunkline.aircall.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import io.trunkline.http.internal.RetryAfter;
import okhttp3.Headers;

/**
 * Aircall's rate-limit headers as read from one response. Aircall documents
 * {@code X-AircallApi-Limit}, {@code X-AircallApi-Remaining} and {@code X-AircallApi-Reset} as present
 * "when the rate limit has been reached", so every field may be absent; {@code Retry-After} is not
 * documented by Aircall but honoured when sent.
 *
 * @param limit {@code X-AircallApi-Limit}, requests per window
 * @param remaining {@code X-AircallApi-Remaining}, requests left in the window
 * @param reset {@code X-AircallApi-Reset} converted to an instant, see {@link #resetInstant(long)}
 * @param retryAfter {@code Retry-After}, seconds or an HTTP date, as a duration from now
 */
public record RateLimitHeaders(OptionalInt limit, OptionalInt remaining, Optional<Instant> reset,
                               Optional<Duration> retryAfter) {

    static final String LIMIT = "X-AircallApi-Limit";
    static final String REMAINING = "X-AircallApi-Remaining";
    static final String RESET = "X-AircallApi-Reset";
    private static final java.util.List<String> NAMES = java.util.List.of(LIMIT, REMAINING, RESET);

    /** Above this, {@code X-AircallApi-Reset} is read as epoch milliseconds (1e12 ms is in 2001). */
    private static final long MILLIS_THRESHOLD = 1_000_000_000_000L;

    /**
     * @param headers an answer's headers
     * @return the {@code X-AircallApi-*} headers present, by name, in a fixed order
     */
    public static java.util.Map<String, String> raw(Headers headers) {
        java.util.Map<String, String> found = null;
        for (String name : NAMES) {
            String value = headers.get(name);
            if (value != null) {
                found = found == null ? new java.util.LinkedHashMap<>() : found;
                found.put(name, value);
            }
        }
        // Most answers carry none of them: no map to build then.
        return found == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(found);
    }

    /**
     * @param headers response headers
     * @param clock the clock that turns an HTTP-date {@code Retry-After} into a duration
     * @return what the headers say; malformed values are treated as absent
     */
    public static RateLimitHeaders from(Headers headers, Clock clock) {
        return new RateLimitHeaders(
                parseInt(headers.get(LIMIT)),
                parseInt(headers.get(REMAINING)),
                parseLong(headers.get(RESET)).map(RateLimitHeaders::resetInstant),
                Optional.ofNullable(RetryAfter.parse(headers.get(RetryAfter.HEADER), clock)));
    }

    /**
     * Converts {@code X-AircallApi-Reset} to an instant. Aircall documents it as a UNIX timestamp
     * without a unit and client libraries disagree (seconds vs milliseconds). A value above 1e12 cannot
     * be seconds in any plausible year (it would be around the year 33658), so it is read as
     * milliseconds; anything smaller as seconds. This method is the single place that decision lives.
     *
     * @param raw the header's numeric value
     * @return the reset instant
     */
    public static Instant resetInstant(long raw) {
        return raw > MILLIS_THRESHOLD ? Instant.ofEpochMilli(raw) : Instant.ofEpochSecond(raw);
    }

    /**
     * How long a 429 asks the client to wait: until {@code X-AircallApi-Reset} when it lies in the
     * future, else {@code Retry-After}; empty when neither says (the caller then backs off).
     *
     * @param now the current instant
     * @return the wait, never negative
     */
    public Optional<Duration> waitHint(Instant now) {
        Optional<Duration> untilReset = reset.filter(now::isBefore).map(r -> Duration.between(now, r));
        return untilReset.isPresent() ? untilReset : retryAfter;
    }

    /** @return whether Aircall says no request is left in the current window */
    public boolean exhausted() {
        return remaining.isPresent() && remaining.getAsInt() <= 0;
    }

    private static OptionalInt parseInt(String value) {
        try {
            return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
