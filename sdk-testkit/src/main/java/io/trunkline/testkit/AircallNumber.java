package io.trunkline.testkit;

import io.trunkline.core.internal.validation.CallingCodes;
import io.trunkline.testkit.internal.CountryCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Aircall number ("line") as the simulator stores it; used to preload and as a snapshot.
 * The API shows the DID only as {@code digits} in international display format with spaces
 * (e.g. {@code +33 1 23 45 67 89}); there is no E.164 field and no search by DID, so clients
 * must list and normalise, as with the real API.
 *
 * <pre>{@code
 * AircallNumber line = aircall.addNumber(AircallNumber.builder("+33123456789")
 *         .name("Paris support").flowEditorEnabled(true).timeZone("Europe/Paris").build());
 * long lineId = line.id();
 * }</pre>
 */
public final class AircallNumber {

    private final long id;
    private final String e164;
    private final String name;
    private final String digits;
    private final String country;
    private final String timeZone;
    private final boolean flowEditorEnabled;
    private final String availabilityStatus;
    private final List<Long> userIds;
    private final Instant createdAt;

    private AircallNumber(Builder b) {
        this.id = b.id;
        this.e164 = b.e164;
        this.name = b.name;
        this.digits = b.digits != null ? b.digits : CountryCodes.display(b.e164);
        this.country = b.country != null ? b.country : CountryCodes.country(b.e164).orElse("US");
        this.timeZone = b.timeZone;
        this.flowEditorEnabled = b.flowEditorEnabled;
        this.availabilityStatus = b.availabilityStatus;
        this.userIds = List.copyOf(b.userIds);
        this.createdAt = b.createdAt;
    }

    /**
     * @param e164 the DID in E.164, e.g. {@code +33123456789}
     * @return a builder: name "Main line", time zone {@code Etc/UTC}, status {@code open}, Smartflows off
     */
    public static Builder builder(String e164) {
        Objects.requireNonNull(e164, "e164");
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("expected an E.164 number such as " + CallingCodes.exampleFor(e164)
                    + ", got " + e164);
        }
        return new Builder(e164);
    }

    /** @return a builder holding this number's values */
    public Builder toBuilder() {
        Builder b = new Builder(e164).name(name).digits(digits).country(country).timeZone(timeZone)
                .flowEditorEnabled(flowEditorEnabled).availabilityStatus(availabilityStatus).userIds(userIds);
        b.id = id;
        b.createdAt = createdAt;
        return b;
    }

    /** @return the Line ID; 0 in a preload that leaves it to the simulator */
    public long id() {
        return id;
    }

    /** @return the DID in E.164 (simulator-side only; the API shows {@link #digits()}) */
    public String e164() {
        return e164;
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return the DID as the API shows it, international format with spaces */
    public String digits() {
        return digits;
    }

    /** @return ISO 3166-1 alpha-2 country */
    public String country() {
        return country;
    }

    /** @return tz database name */
    public String timeZone() {
        return timeZone;
    }

    /** @return whether the number is managed by the Smartflows editor */
    public boolean flowEditorEnabled() {
        return flowEditorEnabled;
    }

    /** @return {@code open}, {@code custom} or {@code closed} */
    public String availabilityStatus() {
        return availabilityStatus;
    }

    /** @return the users assigned to the line */
    public List<Long> userIds() {
        return userIds;
    }

    /** @return creation time; set by the simulator when absent */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public String toString() {
        return "AircallNumber[" + id + ", " + digits + ", " + name + ", smartflows " + flowEditorEnabled + "]";
    }

    /** Builds an {@link AircallNumber}. */
    public static final class Builder {
        private final String e164;
        private long id;
        private String name = "Main line";
        private String digits;
        private String country;
        private String timeZone = "Etc/UTC";
        private boolean flowEditorEnabled;
        private String availabilityStatus = "open";
        private final List<Long> userIds = new ArrayList<>();
        private Instant createdAt;

        private Builder(String e164) {
            this.e164 = e164;
        }

        /**
         * @param id the Line ID ({@code id}); positive; left unset, the simulator assigns one when
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
         * @param name the display name served as {@code name}, e.g. {@code Paris support}; default
         *     {@code Main line}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param digits the DID as served in {@code digits}, e.g. {@code +33 1 23 45 67 89}; left unset,
         *     the simulator formats the E.164 DID with spaces; set it to test a client's normalisation
         * @return this builder
         */
        public Builder digits(String digits) {
            this.digits = Objects.requireNonNull(digits, "digits");
            return this;
        }

        /**
         * @param country the ISO 3166-1 alpha-2 code served as {@code country}, e.g. {@code FR}; left
         *     unset, derived from the DID's calling code ({@code US} when unknown)
         * @return this builder
         */
        public Builder country(String country) {
            this.country = Objects.requireNonNull(country, "country");
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
         * @param enabled whether the Smartflows editor manages the number, served as
         *     {@code flow_editor_enabled}; default false; setting a Smartflow forward in the
         *     {@link AircallDashboard} turns it on
         * @return this builder
         */
        public Builder flowEditorEnabled(boolean enabled) {
            this.flowEditorEnabled = enabled;
            return this;
        }

        /**
         * @param status {@code open} (the default), {@code custom} or {@code closed}, served as
         *     {@code availability_status}
         * @return this builder
         */
        public Builder availabilityStatus(String status) {
            this.availabilityStatus = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param userIds the ids of the users assigned to the line, served as {@code users}; not null;
         *     replaces those set before
         * @return this builder
         */
        public Builder userIds(List<Long> userIds) {
            this.userIds.clear();
            this.userIds.addAll(Objects.requireNonNull(userIds, "userIds"));
            return this;
        }

        /**
         * @param createdAt when the line was created, served as {@code created_at} (ISO-8601); left
         *     unset, the simulator uses its clock's time when the line is added
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /** @return the number */
        public AircallNumber build() {
            return new AircallNumber(this);
        }
    }
}
