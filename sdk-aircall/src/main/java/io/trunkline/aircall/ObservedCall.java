package io.trunkline.aircall;

import io.trunkline.aircall.internal.wire.Call;
import io.trunkline.aircall.internal.wire.UserSummary;
import io.trunkline.core.spi.ContactCenterCall;

import java.time.Instant;

/**
 * What Aircall recorded about a test call on the integrated line ({@code GET /v1/calls}), read by
 * {@link AircallContactCenter#findTestCall}.
 *
 * <p>How Aircall records a call that a Smartflow forwarded to an external SIP destination is not
 * documented (reference: "Unknown / not documented"). Read {@link Outcome#ANSWERED} as "Aircall saw
 * the call answered", which may be by Synthflow or by an agent, and check {@link #party()}.
 *
 * @param id the Aircall call id
 * @param lineId the Line ID the call came in on
 * @param startedAt when the call started, may be {@code null} if Aircall omitted it
 * @param outcome answered, transferred, missed or still in progress
 * @param missedCallReason Aircall's {@code missed_call_reason} (e.g. {@code agents_did_not_answer}),
 *     {@code null} unless missed
 * @param party who answered or received the transfer, by name, {@code null} when unknown
 */
public record ObservedCall(long id, long lineId, Instant startedAt, Outcome outcome, String missedCallReason,
                           String party) {

    /** How the call ended, as far as Aircall's call record tells. */
    public enum Outcome {
        /** Answered ({@code answered_at} set) and not transferred. */
        ANSWERED,
        /** Transferred ({@code transferred_to} or {@code transferred_by} set). */
        TRANSFERRED,
        /** Ended without being answered; see {@link ObservedCall#missedCallReason()}. */
        MISSED,
        /** Not ended yet. */
        IN_PROGRESS
    }

    /**
     * @param call a call record
     * @param lineId the line it belongs to
     * @return the observation; transfer wins over answer because a transferred call was answered first
     */
    static ObservedCall of(Call call, long lineId) {
        Instant started = call.startedAtInstant().orElse(null);
        if (call.transferredTo() != null || call.transferredBy() != null) {
            return new ObservedCall(call.id(), lineId, started, Outcome.TRANSFERRED, null, name(call.transferredTo()));
        }
        if (call.answeredAt() != null) {
            return new ObservedCall(call.id(), lineId, started, Outcome.ANSWERED, null, name(call.user()));
        }
        if (call.endedAt() != null || "done".equals(call.status())) {
            return new ObservedCall(call.id(), lineId, started, Outcome.MISSED, call.missedCallReason(), null);
        }
        return new ObservedCall(call.id(), lineId, started, Outcome.IN_PROGRESS, null, null);
    }

    /**
     * @return the engine's view of this call: the transfer target by name, when transferred
     * @throws IllegalStateException when Aircall omitted the start time
     */
    ContactCenterCall toContactCenterCall() {
        if (startedAt == null) {
            throw new IllegalStateException("call " + id + " has no start time");
        }
        ContactCenterCall.Outcome mapped = switch (outcome) {
            case ANSWERED -> ContactCenterCall.Outcome.ANSWERED;
            case TRANSFERRED -> ContactCenterCall.Outcome.TRANSFERRED;
            case MISSED -> ContactCenterCall.Outcome.MISSED;
            case IN_PROGRESS -> ContactCenterCall.Outcome.IN_PROGRESS;
        };
        return new ContactCenterCall(String.valueOf(id), startedAt, mapped, missedCallReason,
                outcome == Outcome.TRANSFERRED ? party : null);
    }

    private static String name(UserSummary user) {
        return user == null ? null : user.name();
    }
}
