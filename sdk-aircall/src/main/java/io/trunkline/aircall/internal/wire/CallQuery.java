package io.trunkline.aircall.internal.wire;

import io.trunkline.core.exception.InvalidConfigurationException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters for {@link io.trunkline.aircall.internal.AircallEndpoints#calls(CallQuery)} ({@code GET /v1/calls}).
 *
 * <p>Aircall serves at most 10,000 calls per query even with pagination, and keeps about six months
 * of history: narrow large ranges with {@link Builder#from(Instant)} and {@link Builder#to(Instant)}.
 * Both are sent as UNIX seconds (sub-second parts are truncated).
 *
 * <pre>{@code
 * CallQuery lastHour = CallQuery.builder().from(now.minus(Duration.ofHours(1))).order(SortOrder.DESC).build();
 * }</pre>
 */
public final class CallQuery {

    private static final CallQuery ALL = builder().build();

    private final Instant from;
    private final Instant to;
    private final SortOrder order;

    private CallQuery(Builder builder) {
        this.from = builder.from;
        this.to = builder.to;
        this.order = builder.order;
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidConfigurationException("callQuery.from: " + from + " is after callQuery.to: " + to);
        }
    }

    /** @return a query without filters (every call Aircall serves, oldest first) */
    public static CallQuery all() {
        return ALL;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the lower bound, sent as {@code from} in UNIX seconds */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /** @return the upper bound, sent as {@code to} in UNIX seconds */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    /** @return the sort order, sent as {@code order} */
    public Optional<SortOrder> order() {
        return Optional.ofNullable(order);
    }

    @Override
    public String toString() {
        return "CallQuery[from=" + from + ", to=" + to + ", order=" + order + "]";
    }

    /** Builds a {@link CallQuery}. */
    public static final class Builder {
        private Instant from;
        private Instant to;
        private SortOrder order;

        private Builder() {
        }

        /** @param from earliest call start to include @return this builder */
        public Builder from(Instant from) {
            this.from = Objects.requireNonNull(from, "from");
            return this;
        }

        /** @param to latest call start to include @return this builder */
        public Builder to(Instant to) {
            this.to = Objects.requireNonNull(to, "to");
            return this;
        }

        /** @param order sort order by creation time (Aircall's default: ascending) @return this builder */
        public Builder order(SortOrder order) {
            this.order = Objects.requireNonNull(order, "order");
            return this;
        }

        /**
         * @return the query
         * @throws InvalidConfigurationException if {@code from} is after {@code to}
         */
        public CallQuery build() {
            return new CallQuery(this);
        }
    }
}
