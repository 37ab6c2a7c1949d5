package io.trunkline.core.spi;

import io.trunkline.core.model.PhoneNumber;
import java.util.List;

/**
 * A SIP number as read back from the agent platform. Passwords are never readable, so they are
 * not part of the state.
 *
 * @param did the DID
 * @param friendlyName label, may be {@code null}
 * @param terminationUri termination URI, may be {@code null}
 * @param outboundProxy outbound proxy, may be {@code null}
 * @param authUsername REGISTER auth username, may be {@code null}
 * @param registrationEnabled whether REGISTER is enabled
 * @param registrationExpirySeconds REGISTER expiry, may be {@code null}
 * @param assistantIds the assistants this number is attached to
 */
public record SipNumberState(PhoneNumber did, String friendlyName, String terminationUri, String outboundProxy,
                             String authUsername, boolean registrationEnabled, Integer registrationExpirySeconds,
                             List<String> assistantIds) {

    /** Copies the list. */
    public SipNumberState {
        assistantIds = List.copyOf(assistantIds);
    }
}
