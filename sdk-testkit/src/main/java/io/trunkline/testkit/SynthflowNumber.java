package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A phone number as the Synthflow simulator stores it: the fields of
 * {@code POST /v2/custom-numbers} and {@code PATCH /v2/numbers/{slug}}. Used both to preload a
 * number and as a read-only snapshot. The trunk password is kept (so a test can check it was
 * sent) but the simulator never returns it over HTTP, as Synthflow documents.
 *
 * <pre>{@code
 * synthflow.addNumber(SynthflowNumber.builder("+33123456789")
 *         .friendlyName("Aircall main line").terminationUri("sip:aircall.example").build());
 * }</pre>
 */
public final class SynthflowNumber {

    private final String phoneNumber;
    private final String key;
    private final String friendlyName;
    private final String providerName;
    private final String terminationUri;
    private final String trunkUsername;
    private final Secret trunkPassword;
    private final String sipOutboundProxy;
    private final String sipAuthUsername;
    private final boolean uacEnabled;
    private final Integer uacRegisterExpires;
    private final Instant createdAt;
    private final Instant updatedAt;

    private SynthflowNumber(Builder b) {
        this.phoneNumber = Objects.requireNonNull(b.phoneNumber, "phoneNumber");
        this.key = b.key;
        this.friendlyName = b.friendlyName;
        this.providerName = b.providerName;
        this.terminationUri = b.terminationUri;
        this.trunkUsername = b.trunkUsername;
        this.trunkPassword = b.trunkPassword;
        this.sipOutboundProxy = b.sipOutboundProxy;
        this.sipAuthUsername = b.sipAuthUsername;
        this.uacEnabled = b.uacEnabled;
        this.uacRegisterExpires = b.uacRegisterExpires;
        this.createdAt = b.createdAt;
        this.updatedAt = b.updatedAt;
    }

    /**
     * @param phoneNumber the number in E.164, e.g. {@code +33123456789}
     * @return a builder with provider {@code custom} and UAC disabled
     */
    public static Builder builder(String phoneNumber) {
        return new Builder(Objects.requireNonNull(phoneNumber, "phoneNumber"));
    }

    /** @return a builder holding this number's values */
    public Builder toBuilder() {
        Builder b = new Builder(phoneNumber);
        b.key = key;
        b.friendlyName = friendlyName;
        b.providerName = providerName;
        b.terminationUri = terminationUri;
        b.trunkUsername = trunkUsername;
        b.trunkPassword = trunkPassword;
        b.sipOutboundProxy = sipOutboundProxy;
        b.sipAuthUsername = sipAuthUsername;
        b.uacEnabled = uacEnabled;
        b.uacRegisterExpires = uacRegisterExpires;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        return b;
    }

    /** @return the number in E.164 */
    public String phoneNumber() {
        return phoneNumber;
    }

    /** @return the number without its leading {@code +}: Synthflow's {@code phone_number_slug} */
    public String slug() {
        return phoneNumber.startsWith("+") ? phoneNumber.substring(1) : phoneNumber;
    }

    /** @return the {@code key} returned by {@code POST /v2/custom-numbers}; assigned by the simulator when absent */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** @return the friendly name */
    public Optional<String> friendlyName() {
        return Optional.ofNullable(friendlyName);
    }

    /** @return {@code provider_name}; {@code custom} unless set */
    public String providerName() {
        return providerName;
    }

    /** @return the termination URI (Synthflow's {@code sip_term_uri}) */
    public Optional<String> terminationUri() {
        return Optional.ofNullable(terminationUri);
    }

    /** @return {@code trunk_username} */
    public Optional<String> trunkUsername() {
        return Optional.ofNullable(trunkUsername);
    }

    /** @return {@code trunk_pwd} as stored; never returned over HTTP */
    public Optional<Secret> trunkPassword() {
        return Optional.ofNullable(trunkPassword);
    }

    /** @return {@code sip_outbound_proxy} */
    public Optional<String> sipOutboundProxy() {
        return Optional.ofNullable(sipOutboundProxy);
    }

    /** @return {@code sip_auth_username} */
    public Optional<String> sipAuthUsername() {
        return Optional.ofNullable(sipAuthUsername);
    }

    /** @return {@code uac_enabled}: whether Synthflow sends SIP REGISTER to the carrier */
    public boolean uacEnabled() {
        return uacEnabled;
    }

    /** @return {@code uac_register_expires} in seconds, when set */
    public Optional<Integer> uacRegisterExpires() {
        return Optional.ofNullable(uacRegisterExpires);
    }

    /** @return when the number was imported; assigned from the simulator clock when absent */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return when the number was last patched */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /** Never shows the trunk password. */
    @Override
    public String toString() {
        return "SynthflowNumber[" + phoneNumber + ", provider " + providerName + ", termination URI "
                + terminationUri + ", trunk password " + (trunkPassword == null ? "unset" : Secret.MASK) + "]";
    }

    /** Builds a {@link SynthflowNumber}; setters are named after the fields. */
    public static final class Builder {
        private final String phoneNumber;
        private String key;
        private String friendlyName;
        private String providerName = "custom";
        private String terminationUri;
        private String trunkUsername;
        private Secret trunkPassword;
        private String sipOutboundProxy;
        private String sipAuthUsername;
        private boolean uacEnabled;
        private Integer uacRegisterExpires;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder(String phoneNumber) {
            this.phoneNumber = phoneNumber;
        }

        /**
         * @param key the {@code key} (a UUID) that {@code POST /v2/custom-numbers} returns; left unset,
         *     the simulator assigns one when the number is added
         * @return this builder
         */
        public Builder key(String key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * @param friendlyName the {@code friendly_name} shown in Synthflow, e.g. {@code Aircall main line};
         *     left unset, {@code null}
         * @return this builder
         */
        public Builder friendlyName(String friendlyName) {
            this.friendlyName = Objects.requireNonNull(friendlyName, "friendlyName");
            return this;
        }

        /**
         * @param providerName one of Synthflow's {@code provider_name} values ({@code twilio},
         *     {@code telnyx}, {@code vonage}, {@code ring_central}, {@code ringcx}, {@code custom},
         *     {@code zoom}, {@code five9}); default {@code custom}, the one for an Aircall SIP trunk
         * @return this builder
         */
        public Builder providerName(String providerName) {
            this.providerName = Objects.requireNonNull(providerName, "providerName");
            return this;
        }

        /**
         * @param terminationUri the SIP domain Synthflow sends outbound calls and transfers to, served as
         *     {@code sip_term_uri}; for Aircall it points back to Aircall
         * @return this builder
         */
        public Builder terminationUri(String terminationUri) {
            this.terminationUri = Objects.requireNonNull(terminationUri, "terminationUri");
            return this;
        }

        /**
         * @param trunkUsername the {@code trunk_username} Synthflow authenticates with at the carrier;
         *     needed when {@code uac_enabled}
         * @return this builder
         */
        public Builder trunkUsername(String trunkUsername) {
            this.trunkUsername = Objects.requireNonNull(trunkUsername, "trunkUsername");
            return this;
        }

        /**
         * @param trunkPassword the {@code trunk_pwd}; kept so a test can check it was sent, never served
         *     over HTTP nor shown by {@code toString()}
         * @return this builder
         */
        public Builder trunkPassword(Secret trunkPassword) {
            this.trunkPassword = Objects.requireNonNull(trunkPassword, "trunkPassword");
            return this;
        }

        /**
         * @param sipOutboundProxy the proxy for outbound calls and REGISTER, served as
         *     {@code sip_outbound_proxy}, e.g. {@code sip:proxy.example:5060}
         * @return this builder
         */
        public Builder sipOutboundProxy(String sipOutboundProxy) {
            this.sipOutboundProxy = Objects.requireNonNull(sipOutboundProxy, "sipOutboundProxy");
            return this;
        }

        /**
         * @param sipAuthUsername the REGISTER auth user when it differs from the trunk user, served as
         *     {@code sip_auth_username}
         * @return this builder
         */
        public Builder sipAuthUsername(String sipAuthUsername) {
            this.sipAuthUsername = Objects.requireNonNull(sipAuthUsername, "sipAuthUsername");
            return this;
        }

        /**
         * @param uacEnabled whether Synthflow sends SIP REGISTER to the carrier, served as
         *     {@code uac_enabled}; default false
         * @return this builder
         */
        public Builder uacEnabled(boolean uacEnabled) {
            this.uacEnabled = uacEnabled;
            return this;
        }

        /**
         * @param seconds the REGISTER expiry in seconds, served as {@code uac_register_expires}; Synthflow
         *     accepts 60 to 3600 over its API (not checked here, so a test can preload a bad value); left
         *     unset, {@code null}
         * @return this builder
         */
        public Builder uacRegisterExpires(int seconds) {
            this.uacRegisterExpires = seconds;
            return this;
        }

        /**
         * @param createdAt when the number was imported, served as {@code created_at}; left unset, the
         *     simulator clock's time when the number is added
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /**
         * @param updatedAt when the number was last patched, served as {@code updated_at}; left unset,
         *     {@code null} until a {@code PATCH} sets it from the simulator clock
         * @return this builder
         */
        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
            return this;
        }

        /** @return the number */
        public SynthflowNumber build() {
            return new SynthflowNumber(this);
        }
    }
}
