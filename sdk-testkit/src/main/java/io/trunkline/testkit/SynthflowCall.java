package io.trunkline.testkit;

import io.trunkline.testkit.internal.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call record served by {@code GET /v2/calls} and {@code GET /v2/calls/{call_id}}. Tests add
 * these to describe what "happened" on the phone, including the telephony fields a verifier reads.
 * Fields are stored under Synthflow's JSON names; the simulator fills documented defaults for the
 * ones left out (see {@link Builder#build()}).
 *
 * <pre>{@code
 * synthflow.addCall(SynthflowCall.builder(modelId)
 *         .status("completed").typeOfCall("inbound")
 *         .phoneNumberFrom("+14155550100").phoneNumberTo("+33123456789")
 *         .telephonyDisconnectReason("callee_hangup").build());
 * }</pre>
 */
public final class SynthflowCall {

    private final String callId;
    private final String modelId;
    private final Map<String, Object> fields;

    private SynthflowCall(Builder b) {
        this.callId = b.callId;
        this.modelId = b.modelId;
        this.fields = Json.freezeMap(b.fields);
    }

    /**
     * @param modelId the agent that handled the call
     * @return a builder
     */
    public static Builder builder(String modelId) {
        return new Builder(Objects.requireNonNull(modelId, "modelId"));
    }

    /** @return the {@code call_id}; assigned by the simulator when left out */
    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    /** @return the agent's {@code model_id} */
    public String modelId() {
        return modelId;
    }

    /** @return every other field by its Synthflow JSON name, read-only */
    public Map<String, Object> fields() {
        return fields;
    }

    /**
     * @param name a Synthflow JSON field name, e.g. {@code telephony_disconnect_reason}
     * @return its value when present and not null
     */
    public Optional<Object> field(String name) {
        return Optional.ofNullable(fields.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public String toString() {
        return "SynthflowCall[" + callId + ", agent " + modelId + ", status " + fields.get("status") + "]";
    }

    /** Builds a {@link SynthflowCall}; typed setters cover the fields a verification reads. */
    public static final class Builder {
        private final String modelId;
        private String callId;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder(String modelId) {
            this.modelId = modelId;
        }

        /**
         * @param callId the {@code call_id}, e.g. a UUID; left unset, the simulator assigns a UUID when
         *     the call is added
         * @return this builder
         */
        public Builder callId(String callId) {
            this.callId = Objects.requireNonNull(callId, "callId");
            return this;
        }

        /**
         * @param status one of Synthflow's call statuses, e.g. {@code completed} (the default),
         *     {@code failed} or {@code no-answer}; served as {@code status} by
         *     {@code GET /v2/calls/{call_id}} and as {@code call_status} in list items
         * @return this builder
         */
        public Builder status(String status) {
            return field("status", status);
        }

        /**
         * @param typeOfCall {@code inbound} (the default) or {@code outbound}, served as
         *     {@code type_of_call} and, unless set, {@code campaign_type}
         * @return this builder
         */
        public Builder typeOfCall(String typeOfCall) {
            return field("type_of_call", typeOfCall);
        }

        /**
         * @param phone the caller's number in E.164, served as {@code phone_number_from}; for an
         *     inbound call also the default {@code lead_phone_number}
         * @return this builder
         */
        public Builder phoneNumberFrom(String phone) {
            return field("phone_number_from", phone);
        }

        /**
         * @param phone the called number in E.164, served as {@code phone_number_to}; for an inbound
         *     call the DID that reached the agent, for an outbound call the default {@code lead_phone_number}
         * @return this builder
         */
        public Builder phoneNumberTo(String phone) {
            return field("phone_number_to", phone);
        }

        /**
         * @param phone the lead's number in E.164, served as {@code lead_phone_number} and matched by the
         *     {@code lead_phone_number} filter of {@code GET /v2/calls}; left unset, the caller for inbound
         *     calls and the called number for outbound calls
         * @return this builder
         */
        public Builder leadPhoneNumber(String phone) {
            return field("lead_phone_number", phone);
        }

        /**
         * @param startTime when the call started, served as {@code start_time} in epoch milliseconds as
         *     text and matched by the {@code from_date}/{@code to_date} filters; not null; left unset, the
         *     simulator clock's time when the call is added
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            return field("start_time", String.valueOf(startTime.toEpochMilli()));
        }

        /**
         * @param seconds how long the call lasted, in seconds, served as {@code duration}
         * @return this builder
         */
        public Builder duration(int seconds) {
            return field("duration", seconds);
        }

        /**
         * @param reason why the call ended, served as {@code end_call_reason}, e.g.
         *     {@code agent_ended_call}, {@code human_ended_call}, {@code timeout} or {@code error}
         * @return this builder
         */
        public Builder endCallReason(String reason) {
            return field("end_call_reason", reason);
        }

        /**
         * @param message the error Synthflow reports for the call, served as {@code error_message};
         *     empty (the default) for none
         * @return this builder
         */
        public Builder errorMessage(String message) {
            return field("error_message", message);
        }

        /**
         * @param hangup which side hung up, served as {@code telephony_hangup}: {@code caller} or
         *     {@code callee}
         * @return this builder
         */
        public Builder telephonyHangup(String hangup) {
            return field("telephony_hangup", hangup);
        }

        /**
         * @param reason why the SIP leg ended, served as {@code telephony_disconnect_reason}:
         *     {@code unknown}, {@code callee_hangup}, {@code caller_hangup}, {@code error} or
         *     {@code forbidden} (the last two tell a verifier the call failed)
         * @return this builder
         */
        public Builder telephonyDisconnectReason(String reason) {
            return field("telephony_disconnect_reason", reason);
        }

        /**
         * @param millis how long the SIP leg lasted, in milliseconds, served as {@code telephony_duration}
         * @return this builder
         */
        public Builder telephonyDuration(long millis) {
            return field("telephony_duration", millis);
        }

        /**
         * @param executedActions the actions the agent ran during the call, served as
         *     {@code executed_actions}, e.g. the {@code LIVE_TRANSFER} a verifier expects after a
         *     transfer; not null
         * @return this builder
         */
        public Builder executedActions(Map<String, Object> executedActions) {
            return field("executed_actions", executedActions);
        }

        /**
         * Sets any documented call field by its JSON name.
         *
         * @param name e.g. {@code telephony_start}
         * @param value a JSON-like value; must not be null
         * @return this builder
         */
        public Builder field(String name, Object value) {
            fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the call. Fields left out are filled by the simulator when it serves the call:
         * {@code status} {@code completed}, {@code type_of_call} {@code inbound}, empty
         * {@code error_message}, {@code start_time} from the simulator clock, and {@code null} for
         * the rest.
         *
         * @return the call
         */
        public SynthflowCall build() {
            return new SynthflowCall(this);
        }
    }
}
