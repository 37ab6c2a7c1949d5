package io.trunkline.core.model;

import java.util.List;

/**
 * How the Aircall SIP destination authenticates to Synthflow: by an allowlist of Synthflow's SIP
 * signalling IPs, or by the SIP credentials of the Synthflow SIP number.
 */
public sealed interface SipAuth {

    /**
     * IP-based authentication. Synthflow's guide: "Add Synthflow's SIP signaling IPs to the
     * allowlist — contact Synthflow support for the current IP list."
     *
     * @param entries addresses or CIDR blocks as written (checked by validation)
     */
    record IpAllowlist(List<String> entries) implements SipAuth {
        /**
         * Copies the entries; {@code null} entries (or list) are kept and reported by validation.
         *
         * @param entries addresses or CIDR blocks as written (checked by validation)
         */
        public IpAllowlist {
            entries = Lists.copy(entries);
        }
    }

    /**
     * Credential-based authentication with the username and password from the Synthflow SIP number
     * settings. The same pair must be set on the Synthflow SIP number.
     *
     * <p>A missing username or password is reported by validation.
     *
     * @param username the SIP username
     * @param password the SIP password, never printed
     */
    record Credentials(String username, Secret password) implements SipAuth {

        /** @return the username with the password masked */
        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=" + Secret.MASK + "]";
        }
    }

    /**
     * @param entries Synthflow signalling addresses or CIDR blocks, e.g. {@code "34.138.86.8"}
     * @return IP-based authentication
     */
    static IpAllowlist ipAllowlist(String... entries) {
        return new IpAllowlist(Lists.of(entries));
    }

    /**
     * @param username the SIP username from the Synthflow SIP number
     * @param password the SIP password from the Synthflow SIP number
     * @return credential-based authentication
     */
    static Credentials credentials(String username, Secret password) {
        return new Credentials(username, password);
    }
}
