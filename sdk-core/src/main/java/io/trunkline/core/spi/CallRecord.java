package io.trunkline.core.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A call as the AI platform logged it, reduced to the fields that explain telephony failures. The
 * values are the platform's own strings, unchanged (for Synthflow: {@code status},
 * {@code end_call_reason}, {@code error_message}, {@code telephony_disconnect_reason},
 * {@code telephony_hangup}, {@code type_of_call} of {@code GET /v2/calls}); an adapter maps its
 * DTO to this record. Every field but the id may be {@code null} when not reported.
 *
 * <pre>{@code
 * CallRecord call = CallRecord.builder("ebe4bd96-dcb1-4abd-9aa5-686877dab061")
 *     .status("failed")
 *     .errorMessage("Telephony - 403 - Caller ID is unauthorized")
 *     .telephonyDisconnectReason("forbidden")
 *     .typeOfCall("inbound")
 *     .build();
 * }</pre>
 *
 * @param callId the platform's call id
 * @param status e.g. {@code completed}, {@code failed}, {@code no-answer}
 * @param endReason e.g. {@code agent_ended_call}, {@code error}
 * @param errorMessage e.g. {@code Telephony - 401 - Unauthorized}; empty when none
 * @param telephonyDisconnectReason {@code unknown}, {@code callee_hangup}, {@code caller_hangup},
 *     {@code error} or {@code forbidden}
 * @param telephonyHangup who hung up: {@code caller} or {@code callee}
 * @param typeOfCall {@code inbound} or {@code outbound}
 */
public record CallRecord(String callId, String status, String endReason, String errorMessage,
                         String telephonyDisconnectReason, String telephonyHangup, String typeOfCall) {

    /** Checks the id. */
    public CallRecord {
        Objects.requireNonNull(callId, "callId");
    }

    /**
     * @param callId the platform's call id
     * @return a builder with every other field unset
     */
    public static Builder builder(String callId) {
        return new Builder(callId);
    }

    /** @return the error message, when non-blank */
    public Optional<String> error() {
        return errorMessage == null || errorMessage.isBlank() ? Optional.empty() : Optional.of(errorMessage.strip());
    }

    /** @return whether the call was inbound (for Aircall: a call the Smartflow forwarded to the AI) */
    public boolean inbound() {
        return "inbound".equalsIgnoreCase(typeOfCall);
    }

    /** Builds {@link CallRecord}s. */
    public static final class Builder {
        private final String callId;
        private String status;
        private String endReason;
        private String errorMessage;
        private String telephonyDisconnectReason;
        private String telephonyHangup;
        private String typeOfCall;

        private Builder(String callId) {
            this.callId = Objects.requireNonNull(callId, "callId");
        }

        /** @param status the call status, e.g. {@code failed} @return this */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /** @param endReason the end-call reason, e.g. {@code error} @return this */
        public Builder endReason(String endReason) {
            this.endReason = endReason;
            return this;
        }

        /** @param errorMessage the error message, e.g. {@code Telephony - 401 - Unauthorized} @return this */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /** @param reason {@code error}, {@code forbidden}, {@code callee_hangup}... @return this */
        public Builder telephonyDisconnectReason(String reason) {
            this.telephonyDisconnectReason = reason;
            return this;
        }

        /** @param hangup {@code caller} or {@code callee} @return this */
        public Builder telephonyHangup(String hangup) {
            this.telephonyHangup = hangup;
            return this;
        }

        /** @param typeOfCall {@code inbound} or {@code outbound} @return this */
        public Builder typeOfCall(String typeOfCall) {
            this.typeOfCall = typeOfCall;
            return this;
        }

        /** @return the record */
        public CallRecord build() {
            return new CallRecord(callId, status, endReason, errorMessage, telephonyDisconnectReason,
                    telephonyHangup, typeOfCall);
        }
    }
}
