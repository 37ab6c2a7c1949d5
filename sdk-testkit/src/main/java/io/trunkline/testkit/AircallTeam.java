package io.trunkline.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An Aircall team (the Team ID a transfer targets); used to preload and as a snapshot. */
public final class AircallTeam {

    private final long id;
    private final String name;
    private final List<Long> userIds;
    private final Instant createdAt;

    private AircallTeam(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.userIds = List.copyOf(b.userIds);
        this.createdAt = b.createdAt;
    }

    /**
     * @param name the team name
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(Objects.requireNonNull(name, "name"));
    }

    /** @return a builder holding this team's values */
    public Builder toBuilder() {
        Builder b = new Builder(name).userIds(userIds);
        b.id = id;
        b.createdAt = createdAt;
        return b;
    }

    /** @return the Team ID; 0 in a preload that leaves it to the simulator */
    public long id() {
        return id;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the member user ids; they must exist in the simulator */
    public List<Long> userIds() {
        return userIds;
    }

    /** @return creation time; set by the simulator when absent */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public String toString() {
        return "AircallTeam[" + id + ", " + name + ", users " + userIds + "]";
    }

    /** Builds an {@link AircallTeam}. */
    public static final class Builder {
        private final String name;
        private long id;
        private final List<Long> userIds = new ArrayList<>();
        private Instant createdAt;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param id the Team ID ({@code id}); positive; left unset, the simulator assigns one when
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
         * @param userId the id of a member user, appended to the members; the simulator must hold that
         *     user before the team is added
         * @return this builder
         */
        public Builder addUserId(long userId) {
            userIds.add(userId);
            return this;
        }

        /**
         * @param userIds the ids of the member users, served as the team's {@code users}; not null;
         *     replaces those set before; the simulator must hold them before the team is added
         * @return this builder
         */
        public Builder userIds(List<Long> userIds) {
            this.userIds.clear();
            this.userIds.addAll(Objects.requireNonNull(userIds, "userIds"));
            return this;
        }

        /**
         * @param createdAt when the team was created, served as {@code created_at} (ISO-8601); left
         *     unset, the simulator uses its clock's time when the team is added
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /** @return the team */
        public AircallTeam build() {
            return new AircallTeam(this);
        }
    }
}
