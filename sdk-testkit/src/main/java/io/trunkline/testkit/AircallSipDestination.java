package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import io.trunkline.core.model.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An external SIP destination as someone would enter it in the Aircall Dashboard
 * (Integrations → SIP / External SIP → Add SIP Destination). Aircall has <strong>no API</strong>
 * for this: the simulator keeps it as dashboard-only state that a test sets through
 * {@link AircallDashboard} to stand for "the manual step was done", and never serves it over HTTP.
 *
 * <pre>{@code
 * aircall.dashboard().sipDestination(AircallSipDestination.builder("Synthflow AI")
 *         .host("sip.synthflow.ai").transport(Transport.UDP)
 *         .ipAllowlist(List.of("34.138.86.8")).build());
 * }</pre>
 */
public final class AircallSipDestination {

    private final String name;
    private final String host;
    private final int port;
    private final Transport transport;
    private final List<String> ipAllowlist;
    private final String username;
    private final Secret password;

    private AircallSipDestination(Builder b) {
        this.name = b.name;
        this.host = b.host;
        this.transport = b.transport;
        this.port = b.port != null ? b.port : b.transport.defaultPort();
        this.ipAllowlist = List.copyOf(b.ipAllowlist);
        this.username = b.username;
        this.password = b.password;
    }

    /**
     * @param name e.g. {@code Synthflow AI}
     * @return a builder: host {@code sip.synthflow.ai}, UDP on the transport's Synthflow port, no auth
     */
    public static Builder builder(String name) {
        return new Builder(Objects.requireNonNull(name, "name"));
    }

    /** @return the destination name */
    public String name() {
        return name;
    }

    /** @return the SIP host */
    public String host() {
        return host;
    }

    /** @return the port */
    public int port() {
        return port;
    }

    /** @return the transport */
    public Transport transport() {
        return transport;
    }

    /** @return IPs allowed for IP-based authentication; empty when credentials are used */
    public List<String> ipAllowlist() {
        return ipAllowlist;
    }

    /** @return the credential user, for credential-based authentication */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** @return the credential password */
    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "AircallSipDestination[" + name + ", " + host + ":" + port + ";" + transport.uriParameter()
                + (username == null ? ", ip allowlist " + ipAllowlist : ", user " + username + ", password " + Secret.MASK)
                + "]";
    }

    /** Builds an {@link AircallSipDestination}. */
    public static final class Builder {
        private final String name;
        private String host = "sip.synthflow.ai";
        private Integer port;
        private Transport transport = Transport.UDP;
        private final List<String> ipAllowlist = new ArrayList<>();
        private String username;
        private Secret password;

        private Builder(String name) {
            this.name = name;
        }

        /** @param host the SIP host @return this builder */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** @param port the port; default the transport's Synthflow port @return this builder */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** @param transport UDP, TCP or TLS @return this builder */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** @param ips the allowlisted signalling IPs, replacing earlier ones @return this builder */
        public Builder ipAllowlist(List<String> ips) {
            ipAllowlist.clear();
            ipAllowlist.addAll(Objects.requireNonNull(ips, "ips"));
            return this;
        }

        /**
         * @param username the SIP user from the Synthflow number
         * @param password its password
         * @return this builder
         */
        public Builder credentials(String username, Secret password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** @return the destination */
        public AircallSipDestination build() {
            return new AircallSipDestination(this);
        }
    }
}
