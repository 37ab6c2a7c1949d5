package io.trunkline.aircall.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The JSON wrappers Aircall puts around resources: {@code {"number": {...}}} for one,
 * {@code {"numbers": [...], "meta": {...}}} for a page. The wrapped key is required, so a body
 * without it fails with a message naming the key instead of yielding {@code null}.
 */
public final class Envelopes {

    private Envelopes() {
    }

    /** One page of a list endpoint. */
    public interface Page<T> {
        /** @return the records on this page */
        List<T> items();

        /** @return the page's {@code meta} block, may be {@code null} when Aircall omits it */
        Meta meta();
    }

    /** {@code {"ping": "pong"}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ping(@JsonProperty("ping") String ping) {
    }

    /** {@code {"number": Number}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NumberEnvelope(@JsonProperty(value = "number", required = true) AircallNumber number) {
    }

    /** {@code {"numbers": [Number], "meta": Meta}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NumbersPage(@JsonProperty(value = "numbers", required = true) List<AircallNumber> items,
                              @JsonProperty("meta") Meta meta) implements Page<AircallNumber> {
    }

    /** {@code {"team": Team}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamEnvelope(@JsonProperty(value = "team", required = true) Team team) {
    }

    /** {@code {"user": UserV2}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserEnvelope(@JsonProperty(value = "user", required = true) UserV2 user) {
    }

    /** {@code {"calls": [Call], "meta": Meta}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CallsPage(@JsonProperty(value = "calls", required = true) List<Call> items,
                            @JsonProperty("meta") Meta meta) implements Page<Call> {
    }
}
