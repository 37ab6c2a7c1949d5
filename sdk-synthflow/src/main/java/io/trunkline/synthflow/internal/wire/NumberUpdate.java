package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PATCH /numbers/{phone_number_slug}}; every field is optional and only set
 * fields are sent. Prefer {@code sip_term_uri}; {@code termination_uri} is its documented alias.
 *
 * @param friendlyName {@code friendly_name}: display name
 * @param sipAuthUsername {@code sip_auth_username}: REGISTER auth user
 * @param sipOutboundProxy {@code sip_outbound_proxy}: outbound proxy
 * @param sipTermUri {@code sip_term_uri}: the termination URI / SIP domain
 * @param terminationUri {@code termination_uri}: alias of {@code sip_term_uri}
 * @param providerName {@code provider_name}: the provider
 * @param trunkUsername {@code trunk_username}: trunk user
 * @param trunkPwd {@code trunk_pwd}: trunk password; required when enabling {@code uac_enabled}
 * @param uacEnabled {@code uac_enabled}: whether Synthflow REGISTERs to the carrier
 * @param uacRegisterExpires {@code uac_register_expires}: REGISTER expiry, 60 to 3600 seconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NumberUpdate(
        String friendlyName,
        String sipAuthUsername,
        String sipOutboundProxy,
        String sipTermUri,
        String terminationUri,
        ProviderName providerName,
        String trunkUsername,
        Secret trunkPwd,
        Boolean uacEnabled,
        Integer uacRegisterExpires) {

    /** Like the generated {@code toString} but with secrets shown as {@value Secret#MASK}. */
    @Override
    public String toString() {
        return "NumberUpdate[" + "friendlyName=" + friendlyName + ", "
                + "sipAuthUsername=" + sipAuthUsername + ", "
                + "sipOutboundProxy=" + sipOutboundProxy + ", "
                + "sipTermUri=" + sipTermUri + ", "
                + "terminationUri=" + terminationUri + ", "
                + "providerName=" + providerName + ", "
                + "trunkUsername=" + trunkUsername + ", "
                + "trunkPwd=" + (trunkPwd == null ? "null" : Secret.MASK) + ", "
                + "uacEnabled=" + uacEnabled + ", "
                + "uacRegisterExpires=" + uacRegisterExpires
                + "]";
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.friendlyName = friendlyName;
        b.sipAuthUsername = sipAuthUsername;
        b.sipOutboundProxy = sipOutboundProxy;
        b.sipTermUri = sipTermUri;
        b.terminationUri = terminationUri;
        b.providerName = providerName;
        b.trunkUsername = trunkUsername;
        b.trunkPwd = trunkPwd;
        b.uacEnabled = uacEnabled;
        b.uacRegisterExpires = uacRegisterExpires;
        return b;
    }

    /** Builds a {@link NumberUpdate}; only set fields are sent. */
    public static final class Builder implements TrunkFields<Builder> {

        private String friendlyName;
        private String sipAuthUsername;
        private String sipOutboundProxy;
        private String sipTermUri;
        private String terminationUri;
        private ProviderName providerName;
        private String trunkUsername;
        private Secret trunkPwd;
        private Boolean uacEnabled;
        private Integer uacRegisterExpires;

        private Builder() {
        }

        /**
         * Sets {@code friendly_name}.
         *
         * @param friendlyName display name
         * @return this builder
         */
        public Builder friendlyName(String friendlyName) {
            this.friendlyName = Objects.requireNonNull(friendlyName, "friendlyName");
            return this;
        }

        /**
         * Sets {@code sip_auth_username}.
         *
         * @param sipAuthUsername REGISTER auth user
         * @return this builder
         */
        public Builder sipAuthUsername(String sipAuthUsername) {
            this.sipAuthUsername = Objects.requireNonNull(sipAuthUsername, "sipAuthUsername");
            return this;
        }

        /**
         * Sets {@code sip_outbound_proxy}.
         *
         * @param sipOutboundProxy outbound proxy
         * @return this builder
         */
        public Builder sipOutboundProxy(String sipOutboundProxy) {
            this.sipOutboundProxy = Objects.requireNonNull(sipOutboundProxy, "sipOutboundProxy");
            return this;
        }

        /**
         * Sets {@code sip_term_uri}.
         *
         * @param sipTermUri the termination URI / SIP domain
         * @return this builder
         */
        public Builder sipTermUri(String sipTermUri) {
            this.sipTermUri = Objects.requireNonNull(sipTermUri, "sipTermUri");
            return this;
        }

        /**
         * Sets {@code termination_uri}.
         *
         * @param terminationUri alias of {@code sip_term_uri}
         * @return this builder
         */
        public Builder terminationUri(String terminationUri) {
            this.terminationUri = Objects.requireNonNull(terminationUri, "terminationUri");
            return this;
        }

        /**
         * Sets {@code provider_name}.
         *
         * @param providerName the provider
         * @return this builder
         */
        public Builder providerName(ProviderName providerName) {
            this.providerName = Objects.requireNonNull(providerName, "providerName");
            return this;
        }

        /**
         * Sets {@code trunk_username}.
         *
         * @param trunkUsername trunk user
         * @return this builder
         */
        public Builder trunkUsername(String trunkUsername) {
            this.trunkUsername = Objects.requireNonNull(trunkUsername, "trunkUsername");
            return this;
        }

        /**
         * Sets {@code trunk_pwd}.
         *
         * @param trunkPwd trunk password; required when enabling {@code uac_enabled}
         * @return this builder
         */
        public Builder trunkPwd(Secret trunkPwd) {
            this.trunkPwd = Objects.requireNonNull(trunkPwd, "trunkPwd");
            return this;
        }

        /**
         * Sets {@code uac_enabled}.
         *
         * @param uacEnabled whether Synthflow REGISTERs to the carrier
         * @return this builder
         */
        public Builder uacEnabled(Boolean uacEnabled) {
            this.uacEnabled = Objects.requireNonNull(uacEnabled, "uacEnabled");
            return this;
        }

        /**
         * Sets {@code uac_register_expires}.
         *
         * @param uacRegisterExpires REGISTER expiry, 60 to 3600 seconds
         * @return this builder
         */
        public Builder uacRegisterExpires(Integer uacRegisterExpires) {
            this.uacRegisterExpires = Objects.requireNonNull(uacRegisterExpires, "uacRegisterExpires");
            return this;
        }

        /**
         * @return the NumberUpdate
         * @throws InvalidConfigurationException listing every missing or impossible value
         */
        public NumberUpdate build() {
            List<String> problems = new ArrayList<>();
            if (friendlyName == null && sipAuthUsername == null && sipOutboundProxy == null && sipTermUri == null
                    && terminationUri == null && providerName == null && trunkUsername == null && trunkPwd == null
                    && uacEnabled == null && uacRegisterExpires == null) {
                problems.add("NumberUpdate: set at least one field; an empty PATCH changes nothing");
            }
            if (uacRegisterExpires != null && (uacRegisterExpires < 60 || uacRegisterExpires > 3600)) {
                problems.add("NumberUpdate.uacRegisterExpires must be 60 to 3600 seconds, got " + uacRegisterExpires);
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new NumberUpdate(friendlyName, sipAuthUsername, sipOutboundProxy, sipTermUri, terminationUri, providerName, trunkUsername, trunkPwd, uacEnabled, uacRegisterExpires);
        }
    }
}
