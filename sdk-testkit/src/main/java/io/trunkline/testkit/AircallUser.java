package io.trunkline.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Aircall user (agent) as served by {@code /v2/users} and, for real-time availability, by
 * {@code /v1/users/{id}/availability}; used to preload and as a snapshot.
 */
public final class AircallUser {

    private final long id;
    private final String name;
    private final String email;
    private final boolean available;
    private final String availabilityStatus;
    private final String substatus;
    private final String availability;
    private final String timeZone;
    private final String language;
    private final int wrapUpTime;
    private final Long defaultNumberId;
    private final Instant createdAt;

    private AircallUser(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.email = b.email;
        this.available = b.available;
        this.availabilityStatus = b.availabilityStatus;
        this.substatus = b.substatus;
        this.availability = b.availability;
        this.timeZone = b.timeZone;
        this.language = b.language;
        this.wrapUpTime = b.wrapUpTime;
        this.defaultNumberId = b.defaultNumberId;
        this.createdAt = b.createdAt;
    }

    /**
     * @param name first and last name
     * @param email the login email
     * @return a builder: available, {@code always_open}, real-time {@code available}, {@code Etc/UTC}, {@code en-US}
     */
    public static Builder builder(String name, String email) {
        return new Builder(Objects.requireNonNull(name, "name"), Objects.requireNonNull(email, "email"));
    }

    /** @return a builder holding this user's values */
    public Builder toBuilder() {
        Builder b = new Builder(name, email).available(available).availabilityStatus(availabilityStatus)
                .substatus(substatus).availability(availability).timeZone(timeZone).language(language)
                .wrapUpTime(wrapUpTime);
        b.id = id;
        b.defaultNumberId = defaultNumberId;
        b.createdAt = createdAt;
        return b;
    }

    /** @return the User ID; 0 in a preload that leaves it to the simulator */
    public long id() {
        return id;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the email */
    public String email() {
        return email;
    }

    /** @return the {@code available} working-hours flag */
    public boolean available() {
        return available;
    }

    /** @return {@code available}, {@code custom} or {@code unavailable} */
    public String availabilityStatus() {
        return availabilityStatus;
    }

    /** @return e.g. {@code always_open} */
    public String substatus() {
        return substatus;
    }

    /** @return real-time availability: {@code available}, {@code offline}, {@code do_not_disturb}, {@code in_call}, {@code after_call_work} */
    public String availability() {
        return availability;
    }

    /** @return tz database name */
    public String timeZone() {
        return timeZone;
    }

    /** @return IETF language tag */
    public String language() {
        return language;
    }

    /** @return wrap-up time in seconds */
    public int wrapUpTime() {
        return wrapUpTime;
    }

    /** @return the default number, shown in team lists */
    public Optional<Long> defaultNumberId() {
        return Optional.ofNullable(defaultNumberId);
    }

    /** @return creation time; set by the simulator when absent */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public String toString() {
        return "AircallUser[" + id + ", " + name + ", " + availability + "]";
    }

    /** Builds an {@link AircallUser}. */
    public static final class Builder {
        private final String name;
        private final String email;
        private long id;
        private boolean available = true;
        private String availabilityStatus = "available";
        private String substatus = "always_open";
        private String availability = "available";
        private String timeZone = "Etc/UTC";
        private String language = "en-US";
        private int wrapUpTime;
        private Long defaultNumberId;
        private Instant createdAt;

        private Builder(String name, String email) {
            this.name = name;
            this.email = email;
        }

        /**
         * @param id the User ID ({@code id}); positive; left unset, the simulator assigns one when
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
         * @param available the {@code available} flag: whether the user is within working hours (not
         *     whether free right now, see {@link #availability(String)}); default true
         * @return this builder
         */
        public Builder available(boolean available) {
            this.available = available;
            return this;
        }

        /**
         * @param status the coarse working-hours status served as {@code availability_status}:
         *     {@code available} (the default), {@code custom} or {@code unavailable}
         * @return this builder
         */
        public Builder availabilityStatus(String status) {
            this.availabilityStatus = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param substatus served as {@code substatus}: {@code always_open} (the default),
         *     {@code always_closed} or a reason text such as {@code Out for lunch}
         * @return this builder
         */
        public Builder substatus(String substatus) {
            this.substatus = Objects.requireNonNull(substatus, "substatus");
            return this;
        }

        /**
         * @param availability the real-time availability answered by {@code /v1/users/{id}/availability}:
         *     {@code available} (the default), {@code offline}, {@code do_not_disturb}, {@code in_call} or
         *     {@code after_call_work}
         * @return this builder
         */
        public Builder availability(String availability) {
            this.availability = Objects.requireNonNull(availability, "availability");
            return this;
        }

        /**
         * @param timeZone the tz database name served as {@code time_zone}, e.g. {@code Europe/Paris};
         *     default {@code Etc/UTC}
         * @return this builder
         */
        public Builder timeZone(String timeZone) {
            this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
            return this;
        }

        /**
         * @param language the IETF language tag served as {@code language}, e.g. {@code fr-FR}; default
         *     {@code en-US}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * @param seconds the after-call wrap-up time in seconds, served as {@code wrap_up_time}; default 0
         * @return this builder
         */
        public Builder wrapUpTime(int seconds) {
            this.wrapUpTime = seconds;
            return this;
        }

        /**
         * @param numberId the id of the user's default line, served as {@code default_number_id} only in
         *     the user rows of {@code GET /v1/teams}, as Aircall does; left unset, {@code null}
         * @return this builder
         */
        public Builder defaultNumberId(long numberId) {
            this.defaultNumberId = numberId;
            return this;
        }

        /**
         * @param createdAt when the user was created, served as {@code created_at} (ISO-8601); left
         *     unset, the simulator uses its clock's time when the user is added
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /** @return the user */
        public AircallUser build() {
            return new AircallUser(this);
        }
    }
}
