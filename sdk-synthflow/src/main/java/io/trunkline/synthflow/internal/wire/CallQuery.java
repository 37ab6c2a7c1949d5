package io.trunkline.synthflow.internal.wire;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /calls}: calls of one assistant, optionally narrowed. Unset filters are
 * not sent.
 *
 * <pre>{@code
 * CallQuery query = CallQuery.builder("1726559381711x108708587477942990")
 *         .leadPhoneNumber("+14155550100")
 *         .fromDate(testStartedAt)
 *         .build();
 * }</pre>
 */
public final class CallQuery {

    private final String modelId;
    private final Integer limit;
    private final Integer offset;
    private final Instant fromDate;
    private final Instant toDate;
    private final String callStatus;
    private final Integer durationMin;
    private final Integer durationMax;
    private final String leadPhoneNumber;

    private CallQuery(Builder b) {
        this.modelId = b.modelId;
        this.limit = b.limit;
        this.offset = b.offset;
        this.fromDate = b.fromDate;
        this.toDate = b.toDate;
        this.callStatus = b.callStatus;
        this.durationMin = b.durationMin;
        this.durationMax = b.durationMax;
        this.leadPhoneNumber = b.leadPhoneNumber;
    }

    /**
     * @param modelId the assistant whose calls to list ({@code model_id}, required by Synthflow)
     * @return a builder
     */
    public static Builder builder(String modelId) {
        return new Builder(Objects.requireNonNull(modelId, "modelId"));
    }

    /** @return {@code model_id} */
    public String modelId() {
        return modelId;
    }

    /** @return {@code limit}, when set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return {@code offset}, when set */
    public Optional<Integer> offset() {
        return Optional.ofNullable(offset);
    }

    /** @return {@code from_date}, when set */
    public Optional<Instant> fromDate() {
        return Optional.ofNullable(fromDate);
    }

    /** @return {@code to_date}, when set */
    public Optional<Instant> toDate() {
        return Optional.ofNullable(toDate);
    }

    /** @return {@code call_status}, when set */
    public Optional<String> callStatus() {
        return Optional.ofNullable(callStatus);
    }

    /** @return {@code duration_min} in seconds, when set */
    public Optional<Integer> durationMin() {
        return Optional.ofNullable(durationMin);
    }

    /** @return {@code duration_max} in seconds, when set */
    public Optional<Integer> durationMax() {
        return Optional.ofNullable(durationMax);
    }

    /** @return {@code lead_phone_number}, when set */
    public Optional<String> leadPhoneNumber() {
        return Optional.ofNullable(leadPhoneNumber);
    }

    @Override
    public String toString() {
        return "CallQuery{modelId=" + modelId + ", limit=" + limit + ", offset=" + offset + ", fromDate=" + fromDate
               + ", toDate=" + toDate + ", callStatus=" + callStatus + ", durationMin=" + durationMin
               + ", durationMax=" + durationMax + ", leadPhoneNumber=" + leadPhoneNumber + "}";
    }

    /** Builds a {@link CallQuery}. */
    public static final class Builder {

        private final String modelId;
        private Integer limit;
        private Integer offset;
        private Instant fromDate;
        private Instant toDate;
        private String callStatus;
        private Integer durationMin;
        private Integer durationMax;
        private String leadPhoneNumber;

        private Builder(String modelId) {
            this.modelId = modelId;
        }

        /**
         * @param limit page size, at least 1 (Synthflow default 20)
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param offset records to skip, at least 0 (Synthflow default 0)
         * @return this builder
         */
        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        /**
         * @param fromDate earliest call start, sent as epoch milliseconds
         * @return this builder
         */
        public Builder fromDate(Instant fromDate) {
            this.fromDate = Objects.requireNonNull(fromDate, "fromDate");
            return this;
        }

        /**
         * @param toDate latest call start, sent as epoch milliseconds
         * @return this builder
         */
        public Builder toDate(Instant toDate) {
            this.toDate = Objects.requireNonNull(toDate, "toDate");
            return this;
        }

        /**
         * @param callStatus a status such as {@code completed} or {@code failed}
         * @return this builder
         */
        public Builder callStatus(String callStatus) {
            this.callStatus = Objects.requireNonNull(callStatus, "callStatus");
            return this;
        }

        /**
         * @param durationMin minimum duration in seconds
         * @return this builder
         */
        public Builder durationMin(int durationMin) {
            this.durationMin = durationMin;
            return this;
        }

        /**
         * @param durationMax maximum duration in seconds
         * @return this builder
         */
        public Builder durationMax(int durationMax) {
            this.durationMax = durationMax;
            return this;
        }

        /**
         * @param leadPhoneNumber the other party's number, E.164 (the {@code +} is URL-encoded as {@code %2B})
         * @return this builder
         */
        public Builder leadPhoneNumber(String leadPhoneNumber) {
            this.leadPhoneNumber = Objects.requireNonNull(leadPhoneNumber, "leadPhoneNumber");
            return this;
        }

        /**
         * @return the query
         * @throws InvalidConfigurationException listing every impossible value
         */
        public CallQuery build() {
            List<String> problems = new ArrayList<>();
            if (modelId.isBlank()) {
                problems.add("CallQuery.modelId (model_id) must not be blank");
            }
            if (limit != null && limit < 1) {
                problems.add("CallQuery.limit must be at least 1, got " + limit);
            }
            if (offset != null && offset < 0) {
                problems.add("CallQuery.offset must not be negative, got " + offset);
            }
            if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
                problems.add("CallQuery.toDate (" + toDate + ") is before fromDate (" + fromDate + ")");
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new CallQuery(this);
        }
    }
}
