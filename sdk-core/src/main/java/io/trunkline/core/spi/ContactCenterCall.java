package io.trunkline.core.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbound call as the contact center recorded it on the integration's line (for Aircall: an item
 * of {@code GET /v1/calls}), reduced to what verify reports: whether it was answered, missed or
 * transferred, and where to.
 *
 * @param id the contact center's call id
 * @param startedAt when the call started
 * @param outcome how it ended, as far as the record tells
 * @param missedReason the contact center's reason for a missed call (Aircall: {@code missed_call_reason},
 *     e.g. {@code agents_did_not_answer}), or {@code null}
 * @param transferredTo who or what the call was transferred to, as the contact center names it, or
 *     {@code null} when it was not transferred or the record does not say
 */
public record ContactCenterCall(String id, Instant startedAt, Outcome outcome, String missedReason,
                                String transferredTo) {

    /** How the call ended, as far as the contact center's record tells. */
    public enum Outcome {
        /** Answered and not transferred (by the AI or by an agent: the record may not tell which). */
        ANSWERED,
        /** Transferred after being answered. */
        TRANSFERRED,
        /** Ended without being answered. */
        MISSED,
        /** Not ended yet. */
        IN_PROGRESS
    }

    /** Checks the required values. */
    public ContactCenterCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return the reason the call was missed, when the record gives one */
    public Optional<String> missed() {
        return Optional.ofNullable(missedReason).filter(r -> !r.isBlank());
    }

    /** @return where the call was transferred, when the record says */
    public Optional<String> transfer() {
        return Optional.ofNullable(transferredTo).filter(t -> !t.isBlank());
    }
}
