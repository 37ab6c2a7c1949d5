package io.trunkline.core.model;

import java.util.Optional;

/**
 * The Aircall "External SIP" destination that forwards calls to Synthflow (Aircall dashboard:
 * Integrations → SIP / External SIP → Add SIP Destination).
 *
 * <pre>{@code
 * SipDestination destination = SipDestination.builder()
 *     .transport(Transport.UDP)                       // port 32681 by default
 *     .auth(SipAuth.ipAllowlist("34.138.86.8"))
 *     .build();                                       // name "Synthflow AI", host sip.synthflow.ai
 * }</pre>
 *
 * @param name the destination's name in Aircall, referenced by the Smartflow step
 * @param host Synthflow's SIP host, {@code sip.synthflow.ai} or a regional host
 * @param transport the SIP transport
 * @param port the SIP port; {@link Transport#defaultPort()} unless set (0 when neither port nor transport is)
 * @param portOverridden whether {@link Builder#portOverride(int)} deliberately set a non-standard port
 * @param auth IP allowlist or credentials; {@code null} when not set (reported by validation)
 */
public record SipDestination(String name, String host, Transport transport, int port, boolean portOverridden,
                             SipAuth auth) {

    /** The destination name the guide uses. */
    public static final String DEFAULT_NAME = "Synthflow AI";
    /** Synthflow's global SIP signalling host. */
    public static final String DEFAULT_HOST = "sip.synthflow.ai";

    /** @return a builder with the guide's defaults: name "Synthflow AI", host sip.synthflow.ai, UDP */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this destination's values */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).host(host).transport(transport).auth(auth);
        b.port = port;
        b.portOverridden = portOverridden;
        return b;
    }

    /** @return the authentication, when set */
    public Optional<SipAuth> authentication() {
        return Optional.ofNullable(auth);
    }

    /** @return {@code sip:host:port;transport=x} as Aircall's destination should be configured */
    public String sipUri() {
        return "sip:" + host + ":" + port + ";transport=" + transport.uriParameter();
    }

    /** Builds {@link SipDestination}s; reusable, each {@link #build()} returns a new immutable value. */
    public static final class Builder {
        private String name = DEFAULT_NAME;
        private String host = DEFAULT_HOST;
        private Transport transport = Transport.UDP;
        private Integer port;
        private boolean portOverridden;
        private SipAuth auth;

        private Builder() {
        }

        /**
         * @param name the destination name in Aircall (default "Synthflow AI")
         * @return this
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param host Synthflow's SIP host (default sip.synthflow.ai)
         * @return this
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * @param transport UDP (default), TCP or TLS; also sets the default port unless one was set;
         *     {@code null} is reported by validation
         * @return this
         */
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /**
         * Sets the port. Validation checks it against the transport (32681 for UDP/TCP, 32682 for TLS);
         * use {@link #portOverride(int)} for a deliberate non-standard port.
         *
         * @param port the port
         * @return this
         */
        public Builder port(int port) {
            this.port = port;
            this.portOverridden = false;
            return this;
        }

        /**
         * Sets a port that deliberately differs from Synthflow's documented one (e.g. behind a
         * proxy); validation then only warns.
         *
         * @param port the port
         * @return this
         */
        public Builder portOverride(int port) {
            this.port = port;
            this.portOverridden = true;
            return this;
        }

        /**
         * @param auth IP allowlist or credentials
         * @return this
         */
        public Builder auth(SipAuth auth) {
            this.auth = auth;
            return this;
        }

        /** @return the destination; content is checked by {@code IntegrationPlan.validate()} */
        public SipDestination build() {
            int effectivePort = port != null ? port : transport != null ? transport.defaultPort() : 0;
            return new SipDestination(name, host, transport, effectivePort, portOverridden, auth);
        }
    }
}
