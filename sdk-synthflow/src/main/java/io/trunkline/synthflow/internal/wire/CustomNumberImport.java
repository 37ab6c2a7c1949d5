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
 * The body of {@code POST /custom-numbers} ("Import phone number"): registers a number reached over
 * a customer SIP trunk, such as an Aircall DID.
 *
 * <p>{@code workspace_id} may be left unset: {@link io.trunkline.synthflow.internal.SynthflowEndpoints#importCustomNumber} fills in the
 * configured workspace. {@code termination_uri} is required by Synthflow for {@code custom} (and
 * unset) providers, {@code twilio}, {@code telnyx}, {@code vonage} and {@code ring_central}.
 * {@code trunk_pwd} is a {@link Secret}; Synthflow never returns it.
 *
 * @param workspaceId {@code workspace_id}: the workspace; filled in from the configuration when unset
 * @param phoneNumber {@code phone_number}: the number in E.164, e.g. {@code +33123456789}; for Aircall, the DID
 * @param friendlyName {@code friendly_name}: a display name
 * @param providerName {@code provider_name}: the carrier; unset or {@code custom} for a bring-your-own SIP trunk
 * @param terminationUri {@code termination_uri}: where Synthflow sends outbound calls and transfers (stored as {@code sip_term_uri})
 * @param trunkUsername {@code trunk_username}: trunk user; required when {@code uac_enabled}
 * @param trunkPwd {@code trunk_pwd}: trunk password; required when {@code uac_enabled}
 * @param sipOutboundProxy {@code sip_outbound_proxy}: proxy for outbound calls and REGISTER, e.g. {@code sip:proxy.example.com:5060}
 * @param sipAuthUsername {@code sip_auth_username}: REGISTER auth user when it differs from the trunk user
 * @param uacEnabled {@code uac_enabled}: whether Synthflow sends SIP REGISTER to the carrier (Synthflow default false)
 * @param uacRegisterExpires {@code uac_register_expires}: REGISTER expiry in seconds, 60 to 3600 (Synthflow default 300)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomNumberImport(
        String workspaceId,
        String phoneNumber,
        String friendlyName,
        ProviderName providerName,
        String terminationUri,
        String trunkUsername,
        Secret trunkPwd,
        String sipOutboundProxy,
        String sipAuthUsername,
        Boolean uacEnabled,
        Integer uacRegisterExpires) {

    /** Like the generated {@code toString} but with secrets shown as {@value Secret#MASK}. */
    @Override
    public String toString() {
        return "CustomNumberImport[" + "workspaceId=" + workspaceId + ", "
                + "phoneNumber=" + phoneNumber + ", "
                + "friendlyName=" + friendlyName + ", "
                + "providerName=" + providerName + ", "
                + "terminationUri=" + terminationUri + ", "
                + "trunkUsername=" + trunkUsername + ", "
                + "trunkPwd=" + (trunkPwd == null ? "null" : Secret.MASK) + ", "
                + "sipOutboundProxy=" + sipOutboundProxy + ", "
                + "sipAuthUsername=" + sipAuthUsername + ", "
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
        b.workspaceId = workspaceId;
        b.phoneNumber = phoneNumber;
        b.friendlyName = friendlyName;
        b.providerName = providerName;
        b.terminationUri = terminationUri;
        b.trunkUsername = trunkUsername;
        b.trunkPwd = trunkPwd;
        b.sipOutboundProxy = sipOutboundProxy;
        b.sipAuthUsername = sipAuthUsername;
        b.uacEnabled = uacEnabled;
        b.uacRegisterExpires = uacRegisterExpires;
        return b;
    }

    /** Builds a {@link CustomNumberImport}; unset optional fields are left out of the JSON. */
    public static final class Builder implements TrunkFields<Builder> {

        private String workspaceId;
        private String phoneNumber;
        private String friendlyName;
        private ProviderName providerName;
        private String terminationUri;
        private String trunkUsername;
        private Secret trunkPwd;
        private String sipOutboundProxy;
        private String sipAuthUsername;
        private Boolean uacEnabled;
        private Integer uacRegisterExpires;

        private Builder() {
        }

        /**
         * Sets {@code workspace_id}.
         *
         * @param workspaceId the workspace; filled in from the configuration when unset
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
            return this;
        }

        /**
         * Sets {@code phone_number}. Required.
         *
         * @param phoneNumber the number in E.164, e.g. {@code +33123456789}; for Aircall, the DID
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber");
            return this;
        }

        /**
         * Sets {@code friendly_name}.
         *
         * @param friendlyName a display name
         * @return this builder
         */
        public Builder friendlyName(String friendlyName) {
            this.friendlyName = Objects.requireNonNull(friendlyName, "friendlyName");
            return this;
        }

        /**
         * Sets {@code provider_name}.
         *
         * @param providerName the carrier; unset or {@code custom} for a bring-your-own SIP trunk
         * @return this builder
         */
        public Builder providerName(ProviderName providerName) {
            this.providerName = Objects.requireNonNull(providerName, "providerName");
            return this;
        }

        /**
         * Sets {@code termination_uri}.
         *
         * @param terminationUri where Synthflow sends outbound calls and transfers (stored as {@code sip_term_uri})
         * @return this builder
         */
        public Builder terminationUri(String terminationUri) {
            this.terminationUri = Objects.requireNonNull(terminationUri, "terminationUri");
            return this;
        }

        /**
         * Sets {@code trunk_username}.
         *
         * @param trunkUsername trunk user; required when {@code uac_enabled}
         * @return this builder
         */
        public Builder trunkUsername(String trunkUsername) {
            this.trunkUsername = Objects.requireNonNull(trunkUsername, "trunkUsername");
            return this;
        }

        /**
         * Sets {@code trunk_pwd}.
         *
         * @param trunkPwd trunk password; required when {@code uac_enabled}
         * @return this builder
         */
        public Builder trunkPwd(Secret trunkPwd) {
            this.trunkPwd = Objects.requireNonNull(trunkPwd, "trunkPwd");
            return this;
        }

        /**
         * Sets {@code sip_outbound_proxy}.
         *
         * @param sipOutboundProxy proxy for outbound calls and REGISTER, e.g. {@code sip:proxy.example.com:5060}
         * @return this builder
         */
        public Builder sipOutboundProxy(String sipOutboundProxy) {
            this.sipOutboundProxy = Objects.requireNonNull(sipOutboundProxy, "sipOutboundProxy");
            return this;
        }

        /**
         * Sets {@code sip_auth_username}.
         *
         * @param sipAuthUsername REGISTER auth user when it differs from the trunk user
         * @return this builder
         */
        public Builder sipAuthUsername(String sipAuthUsername) {
            this.sipAuthUsername = Objects.requireNonNull(sipAuthUsername, "sipAuthUsername");
            return this;
        }

        /**
         * Sets {@code uac_enabled}.
         *
         * @param uacEnabled whether Synthflow sends SIP REGISTER to the carrier (Synthflow default false)
         * @return this builder
         */
        public Builder uacEnabled(Boolean uacEnabled) {
            this.uacEnabled = Objects.requireNonNull(uacEnabled, "uacEnabled");
            return this;
        }

        /**
         * Sets {@code uac_register_expires}.
         *
         * @param uacRegisterExpires REGISTER expiry in seconds, 60 to 3600 (Synthflow default 300)
         * @return this builder
         */
        public Builder uacRegisterExpires(Integer uacRegisterExpires) {
            this.uacRegisterExpires = Objects.requireNonNull(uacRegisterExpires, "uacRegisterExpires");
            return this;
        }

        /**
         * @return the CustomNumberImport
         * @throws InvalidConfigurationException listing every missing or impossible value
         */
        public CustomNumberImport build() {
            List<String> problems = new ArrayList<>();
            if (phoneNumber == null) {
                problems.add("CustomNumberImport.phoneNumber (phone_number) is required");
            }
            if (terminationUri == null && (providerName == null || providerName.needsTerminationUri())) {
                problems.add("CustomNumberImport.terminationUri (termination_uri) is required for provider "
                             + (providerName == null ? "custom" : providerName.wireName())
                             + ": give the SIP domain Synthflow sends outbound calls and transfers to");
            }
            if (Boolean.TRUE.equals(uacEnabled) && (trunkUsername == null || trunkPwd == null)) {
                problems.add("CustomNumberImport: uacEnabled (uac_enabled) needs trunkUsername and trunkPwd");
            }
            if (uacRegisterExpires != null && (uacRegisterExpires < 60 || uacRegisterExpires > 3600)) {
                problems.add("CustomNumberImport.uacRegisterExpires must be 60 to 3600 seconds, got " + uacRegisterExpires);
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new CustomNumberImport(workspaceId, phoneNumber, friendlyName, providerName, terminationUri, trunkUsername, trunkPwd, sipOutboundProxy, sipAuthUsername, uacEnabled, uacRegisterExpires);
        }
    }
}
