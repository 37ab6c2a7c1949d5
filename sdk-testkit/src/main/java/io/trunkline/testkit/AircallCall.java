package io.trunkline.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An Aircall call record served by {@code /v1/calls}; tests add these to describe call history. */
public final class AircallCall {

    private final long id;
    private final String direction;
    private final String status;
    private final Instant startedAt;
    private final Instant answeredAt;
    private final Instant endedAt;
    private final String rawDigits;
    private final String missedCallReason;
    private final Long numberId;
    private final Long userId;
    private final Long transferredToUserId;
    private final List<Long> teamIds;
    private final boolean archived;

    private AircallCall(Builder b) {
        this.id = b.id;
        this.direction = b.direction;
        this.status = b.status;
        this.startedAt = b.startedAt;
        this.answeredAt = b.answeredAt;
        this.endedAt = b.endedAt;
        this.rawDigits = b.rawDigits;
        this.missedCallReason = b.missedCallReason;
        this.numberId = b.numberId;
        this.userId = b.userId;
        this.transferredToUserId = b.transferredToUserId;
        this.teamIds = List.copyOf(b.teamIds);
        this.archived = b.archived;
    }

    /**
     * @param startedAt when the call started ({@code started_at}, served in UNIX seconds)
     * @return a builder: inbound, {@code done}, from {@code anonymous}
     */
    public static Builder builder(Instant startedAt) {
        return new Builder(Objects.requireNonNull(startedAt, "startedAt"));
    }

    /** @return a builder holding this call's values */
    public Builder toBuilder() {
        Builder b = new Builder(startedAt).direction(direction).status(status).rawDigits(rawDigits)
                .archived(archived).teamIds(teamIds);
        b.id = id;
        b.answeredAt = answeredAt;
        b.endedAt = endedAt;
        b.missedCallReason = missedCallReason;
        b.numberId = numberId;
        b.userId = userId;
        b.transferredToUserId = transferredToUserId;
        return b;
    }

    /** @return the call id; 0 in a preload that leaves it to the simulator */
    public long id() {
        return id;
    }

    /** @return {@code inbound} or {@code outbound} */
    public String direction() {
        return direction;
    }

    /** @return {@code initial}, {@code answered} or {@code done} */
    public String status() {
        return status;
    }

    /** @return start time */
    public Instant startedAt() {
        return startedAt;
    }

    /** @return answer time; empty if unanswered */
    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** @return end time */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** @return the external party, international format, or {@code anonymous} */
    public String rawDigits() {
        return rawDigits;
    }

    /** @return why the call was missed */
    public Optional<String> missedCallReason() {
        return Optional.ofNullable(missedCallReason);
    }

    /** @return the Aircall line the call went through */
    public Optional<Long> numberId() {
        return Optional.ofNullable(numberId);
    }

    /** @return the user who took it */
    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return the user the call was transferred to ({@code transferred_to}) */
    public Optional<Long> transferredToUserId() {
        return Optional.ofNullable(transferredToUserId);
    }

    /** @return the teams it rang (inbound) */
    public List<Long> teamIds() {
        return teamIds;
    }

    /** @return whether it is archived */
    public boolean archived() {
        return archived;
    }

    @Override
    public String toString() {
        return "AircallCall[" + id + ", " + direction + ", " + status + ", " + startedAt + "]";
    }

    /** Builds an {@link AircallCall}. */
    public static final class Builder {
        private final Instant startedAt;
        private long id;
        private String direction = "inbound";
        private String status = "done";
        private Instant answeredAt;
        private Instant endedAt;
        private String rawDigits = "anonymous";
        private String missedCallReason;
        private Long numberId;
        private Long userId;
        private Long transferredToUserId;
        private final List<Long> teamIds = new ArrayList<>();
        private boolean archived;

        private Builder(Instant startedAt) {
            this.startedAt = startedAt;
        }

        /**
         * @param id the call id ({@code id}); positive; left unset, the simulator assigns one when
         *     it is added
         * @return this builder
         * @throws IllegalArgumentException if {@code id} is 0 or negative
         */
        public Builder id(long id) {
            if (id <= 0) {
                throw new IllegalArgumentException("id must be positive, got " + id);
            }
            this.id = id;
            return this;
        }

        /**
         * @param direction {@code inbound} (the default) or {@code outbound}, served as {@code direction}
         * @return this builder
         */
        public Builder direction(String direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * @param status {@code initial}, {@code answered} or {@code done} (the default), served as
         *     {@code status}
         * @return this builder
         */
        public Builder status(String status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param answeredAt when an agent or the AI answered, served as {@code answered_at} in UNIX
         *     seconds; left unset, the call is unanswered ({@code null})
         * @return this builder
         */
        public Builder answeredAt(Instant answeredAt) {
            this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
            return this;
        }

        /**
         * @param endedAt when the call ended, served as {@code ended_at} in UNIX seconds and used for
         *     {@code duration}; left unset, {@code ended_at} is {@code null} and {@code duration} 0
         * @return this builder
         */
        public Builder endedAt(Instant endedAt) {
            this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
            return this;
        }

        /**
         * @param rawDigits the external party in international format, e.g. {@code +1 800-123-4567},
         *     served as {@code raw_digits}; default {@code anonymous}
         * @return this builder
         */
        public Builder rawDigits(String rawDigits) {
            this.rawDigits = Objects.requireNonNull(rawDigits, "rawDigits");
            return this;
        }

        /**
         * @param reason why the call was missed, served as {@code missed_call_reason}: one of Aircall's
         *     values, e.g. {@code agents_did_not_answer} or {@code out_of_opening_hours}; left unset,
         *     {@code null}
         * @return this builder
         */
        public Builder missedCallReason(String reason) {
            this.missedCallReason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * @param numberId the id of the Aircall line the call went through; the call's {@code number}
         *     is that line as the simulator holds it ({@code null} when unset or unknown)
         * @return this builder
         */
        public Builder numberId(long numberId) {
            this.numberId = numberId;
            return this;
        }

        /**
         * @param userId the id of the Aircall user who took the call; the call's {@code user} is that
         *     user as the simulator holds it ({@code null} when unset or unknown)
         * @return this builder
         */
        public Builder userId(long userId) {
            this.userId = userId;
            return this;
        }

        /**
         * @param userId the user the call was transferred to, served as {@code transferred_to} (for a
         *     transfer to a team, Aircall names the team's first user)
         * @return this builder
         */
        public Builder transferredTo(long userId) {
            this.transferredToUserId = userId;
            return this;
        }

        /**
         * @param teamIds the ids of the teams the inbound call rang, served as {@code teams} (ids the
         *     simulator does not hold are left out); not null; replaces those set before
         * @return this builder
         */
        public Builder teamIds(List<Long> teamIds) {
            this.teamIds.clear();
            this.teamIds.addAll(Objects.requireNonNull(teamIds, "teamIds"));
            return this;
        }

        /**
         * @param archived whether the call is archived, served as {@code archived}; default false
         * @return this builder
         */
        public Builder archived(boolean archived) {
            this.archived = archived;
            return this;
        }

        /** @return the call */
        public AircallCall build() {
            return new AircallCall(this);
        }
    }
}
