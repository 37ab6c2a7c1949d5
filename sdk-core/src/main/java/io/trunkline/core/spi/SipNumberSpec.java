package io.trunkline.core.spi;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import java.util.Objects;

/**
 * The SIP number as the agent platform should hold it, derived from a validated plan.
 *
 * @param did the DID, the number's natural key
 * @param friendlyName label, may be {@code null}
 * @param terminationUri where the platform sends transfers and outbound calls (back to the contact center)
 * @param trunkUsername trunk username, may be {@code null}
 * @param trunkPassword trunk password, may be {@code null}; write-only on the platform
 * @param outboundProxy outbound proxy SIP URI, may be {@code null}
 * @param authUsername REGISTER auth username, may be {@code null}
 * @param registrationEnabled whether the platform sends REGISTER
 * @param registrationExpirySeconds REGISTER expiry in seconds, may be {@code null} for the platform default
 */
public record SipNumberSpec(PhoneNumber did, String friendlyName, String terminationUri, String trunkUsername,
                            Secret trunkPassword, String outboundProxy, String authUsername,
                            boolean registrationEnabled, Integer registrationExpirySeconds) {

    /** Checks the natural key. */
    public SipNumberSpec {
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(terminationUri, "terminationUri");
    }

    /** @return the fields with the password masked */
    @Override
    public String toString() {
        return "SipNumberSpec[did=" + did + ", friendlyName=" + friendlyName + ", terminationUri=" + terminationUri
                + ", trunkUsername=" + trunkUsername + ", trunkPassword=" + (trunkPassword == null ? null : Secret.MASK)
                + ", outboundProxy=" + outboundProxy + ", authUsername=" + authUsername
                + ", registrationEnabled=" + registrationEnabled + ", registrationExpirySeconds="
                + registrationExpirySeconds + "]";
    }
}
