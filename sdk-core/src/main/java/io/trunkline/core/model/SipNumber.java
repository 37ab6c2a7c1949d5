package io.trunkline.core.model;

import java.time.Duration;
import java.util.Optional;

/**
 * The Synthflow "Custom / SIP" phone number for the Aircall DID (Synthflow: Phone Numbers → Add
 * Number → Custom / SIP; API: {@code POST /v2/custom-numbers}).
 *
 * <pre>{@code
 * SipNumber number = SipNumber.builder()
 *     .did("+33 1 23 45 67 89")                  // the same DID as the Aircall line
 *     .terminationUri("sip:pbx.aircall.example")  // back to Aircall: transfers and outbound calls
 *     .credentials(SipAuth.credentials("trunk-user", Secret.of(password)))
 *     .build();
 * }</pre>
 *
 * @param did the DID as given (validated to E.164); must equal the Aircall number's DID
 * @param friendlyName the label shown in Synthflow, may be {@code null}
 * @param terminationUri where Synthflow sends outbound calls and transfers: back to Aircall
 * @param credentials trunk credentials, may be {@code null} for IP-authenticated trunks
 * @param outboundProxy proxy for outbound calls and REGISTER ({@code sip:host:port}), may be {@code null}
 * @param authUsername REGISTER auth user when it differs from the trunk username, may be {@code null}
 * @param registrationEnabled whether Synthflow sends SIP REGISTER to the carrier ({@code uac_enabled})
 * @param registrationExpiry REGISTER expiry, 60–3600 s (Synthflow's default 300 s when {@code null})
 */
public record SipNumber(String did, String friendlyName, String terminationUri, SipAuth.Credentials credentials,
                        String outboundProxy, String authUsername, boolean registrationEnabled,
                        Duration registrationExpiry) {

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this number's values */
    public Builder toBuilder() {
        return new Builder().did(did).friendlyName(friendlyName).terminationUri(terminationUri)
                .credentials(credentials).outboundProxy(outboundProxy).authUsername(authUsername)
                .registrationEnabled(registrationEnabled).registrationExpiry(registrationExpiry);
    }

    /** @return the DID parsed to E.164; only call on a validated plan */
    public PhoneNumber phoneNumber() {
        return PhoneNumber.parse(did);
    }

    /** @return the trunk credentials, when set */
    public Optional<SipAuth.Credentials> trunkCredentials() {
        return Optional.ofNullable(credentials);
    }

    /** Builds {@link SipNumber}s. */
    public static final class Builder {
        private String did;
        private String friendlyName;
        private String terminationUri;
        private SipAuth.Credentials credentials;
        private String outboundProxy;
        private String authUsername;
        private boolean registrationEnabled;
        private Duration registrationExpiry;

        private Builder() {
        }

        /**
         * @param did the DID, e.g. {@code "+33 1 23 45 67 89"}; defaults to the plan's DID
         * @return this
         */
        public Builder did(String did) {
            this.did = did;
            return this;
        }

        /**
         * @param did the DID, already parsed; {@code null} restores the default, the plan's DID
         * @return this
         */
        public Builder did(PhoneNumber did) {
            this.did = did == null ? null : did.e164();
            return this;
        }

        /**
         * @param friendlyName label shown in Synthflow
         * @return this
         */
        public Builder friendlyName(String friendlyName) {
            this.friendlyName = friendlyName;
            return this;
        }

        /**
         * @param terminationUri SIP URI or domain of Aircall, where Synthflow sends transfers
         * @return this
         */
        public Builder terminationUri(String terminationUri) {
            this.terminationUri = terminationUri;
            return this;
        }

        /**
         * @param credentials trunk username and password
         * @return this
         */
        public Builder credentials(SipAuth.Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * @param outboundProxy e.g. {@code sip:proxy.example.com:5060;transport=tcp}
         * @return this
         */
        public Builder outboundProxy(String outboundProxy) {
            this.outboundProxy = outboundProxy;
            return this;
        }

        /**
         * @param authUsername REGISTER auth user when different from the trunk username
         * @return this
         */
        public Builder authUsername(String authUsername) {
            this.authUsername = authUsername;
            return this;
        }

        /**
         * @param registrationEnabled whether Synthflow registers to the carrier (default false)
         * @return this
         */
        public Builder registrationEnabled(boolean registrationEnabled) {
            this.registrationEnabled = registrationEnabled;
            return this;
        }

        /**
         * @param registrationExpiry REGISTER expiry, 60–3600 s
         * @return this
         */
        public Builder registrationExpiry(Duration registrationExpiry) {
            this.registrationExpiry = registrationExpiry;
            return this;
        }

        /** @return the SIP number; content is checked by validation */
        public SipNumber build() {
            return new SipNumber(did, friendlyName, terminationUri, credentials, outboundProxy, authUsername,
                    registrationEnabled, registrationExpiry);
        }
    }
}
