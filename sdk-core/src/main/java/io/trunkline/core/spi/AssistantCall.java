package io.trunkline.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A call as the AI platform logged it for the assistant (for Synthflow: an item of
 * {@code GET /v2/calls}): the fields that explain telephony failures, when it started, and the
 * transfers its executed actions show.
 *
 * @param record the call's status, end reason and telephony fields, as {@code Diagnose} (trunkline-diagnostics) reads them
 * @param startedAt when the call started
 * @param transfers the transfers the platform executed during the call, each described with its
 *     destination when the platform records one (e.g. {@code LIVE_TRANSFER to +33144556677}); empty
 *     when none was executed
 */
public record AssistantCall(CallRecord record, Instant startedAt, List<String> transfers) {

    /** Checks the values and copies the list. */
    public AssistantCall {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(startedAt, "startedAt");
        transfers = List.copyOf(transfers);
    }

    /** @return the platform's call id */
    public String id() {
        return record.callId();
    }

    /** @return whether the platform executed a transfer during the call */
    public boolean transferred() {
        return !transfers.isEmpty();
    }
}
