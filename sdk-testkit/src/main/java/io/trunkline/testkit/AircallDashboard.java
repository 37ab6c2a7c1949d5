package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import io.trunkline.core.model.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated Aircall Dashboard: settings that Aircall offers <strong>only</strong> in its web
 * dashboard (external SIP destinations, Smartflows) and therefore never over the simulated API.
 * A test writes them to play the human who performed a manual step, and code under test that
 * asks "was the manual step confirmed?" can be checked against them.
 */
public interface AircallDashboard {

    /**
     * Adds a SIP destination, or replaces the one with the same name.
     *
     * @param destination the destination
     * @return this dashboard
     */
    AircallDashboard sipDestination(SipDestination destination);

    /**
     * @param name the destination name
     * @return the destination, if set
     */
    Optional<SipDestination> sipDestination(String name);

    /** @return every SIP destination, in the order added */
    List<SipDestination> sipDestinations();

    /**
     * @param name the destination name
     * @return whether it existed
     */
    boolean removeSipDestination(String name);

    /**
     * Sets the "Forward to External SIP" step of a line, replacing an earlier one; if the line
     * exists, its {@code flow_editor_enabled} becomes {@code true}.
     *
     * @param forward the step
     * @return this dashboard
     */
    AircallDashboard smartflowForward(SmartflowForward forward);

    /**
     * @param lineId the Aircall number id
     * @return the line's forward step, if set
     */
    Optional<SmartflowForward> smartflowForward(long lineId);

    /** @return every forward step, in the order set */
    List<SmartflowForward> smartflowForwards();

    /**
     * @param lineId the Aircall number id
     * @return whether a step existed
     */
    boolean removeSmartflowForward(long lineId);

    /**
     * An external SIP destination as someone would enter it in the Aircall Dashboard
     * (Integrations → SIP / External SIP → Add SIP Destination). Aircall has <strong>no API</strong>
     * for this: the simulator keeps it as dashboard-only state that a test sets through
     * {@link AircallDashboard} to stand for "the manual step was done", and never serves it over HTTP.
     *
     * <pre>{@code
     * aircall.dashboard().sipDestination(SipDestination.builder("Synthflow AI")
     *         .host("sip.synthflow.ai").transport(Transport.UDP)
     *         .ipAllowlist(List.of("34.138.86.8")).build());
     * }</pre>
     */
    public static final class SipDestination {

        private final String name;
        private final String host;
        private final int port;
        private final Transport transport;
        private final List<String> ipAllowlist;
        private final String username;
        private final Secret password;

        private SipDestination(Builder b) {
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
            return "SipDestination[" + name + ", " + host + ":" + port + ";" + transport.uriParameter()
                    + (username == null ? ", ip allowlist " + ipAllowlist : ", user " + username + ", password " + Secret.MASK)
                    + "]";
        }

        /** Builds an {@link SipDestination}. */
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

            /**
             * @param host the SIP URI host entered in the dashboard, default {@code sip.synthflow.ai}
             *     (Synthflow's guide also allows a regional host)
             * @return this builder
             */
            public Builder host(String host) {
                this.host = Objects.requireNonNull(host, "host");
                return this;
            }

            /**
             * @param port the SIP port; left unset, the transport's Synthflow port (32681 for UDP and TCP,
             *     32682 for TLS)
             * @return this builder
             */
            public Builder port(int port) {
                this.port = port;
                return this;
            }

            /**
             * @param transport UDP (the default), TCP or TLS; also picks the default port
             * @return this builder
             */
            public Builder transport(Transport transport) {
                this.transport = Objects.requireNonNull(transport, "transport");
                return this;
            }

            /**
             * @param ips the Synthflow signalling IPs allowed for IP-based authentication; not null, may be
             *     empty when credentials are used; replaces those set before
             * @return this builder
             */
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
            public SipDestination build() {
                return new SipDestination(this);
            }
        }
    }

    /**
     * A Smartflow "Forward to External SIP" step on one Aircall line, as someone would build it in the
     * Aircall Dashboard (Numbers → number → Edit Smartflow). Aircall has <strong>no API</strong> for
     * Smartflows: this is dashboard-only simulator state that a test sets through
     * {@link AircallDashboard}; it is never served over HTTP. The only API trace is the line's
     * {@code flow_editor_enabled}, which the simulator turns on when a forward is set.
     *
     * <pre>{@code
     * aircall.dashboard().smartflowForward(SmartflowForward.builder(lineId, "Synthflow AI")
     *         .timeout(Duration.ofSeconds(30)).fallbackTeamId(teamId).build());
     * }</pre>
     */
    public static final class SmartflowForward {

        private final long lineId;
        private final String destinationName;
        private final Duration timeout;
        private final Long fallbackTeamId;
        private final Long fallbackUserId;
        private final boolean published;

        private SmartflowForward(Builder b) {
            this.lineId = b.lineId;
            this.destinationName = b.destinationName;
            this.timeout = b.timeout;
            this.fallbackTeamId = b.fallbackTeamId;
            this.fallbackUserId = b.fallbackUserId;
            this.published = b.published;
        }

        /**
         * @param lineId the Aircall number id
         * @param destinationName the SIP destination it forwards to
         * @return a builder: 30 s timeout (the guide's recommendation), published, no fallback
         */
        public static Builder builder(long lineId, String destinationName) {
            return new Builder(lineId, Objects.requireNonNull(destinationName, "destinationName"));
        }

        /** @return the line */
        public long lineId() {
            return lineId;
        }

        /** @return the SIP destination name */
        public String destinationName() {
            return destinationName;
        }

        /** @return how long Aircall waits for the destination to answer */
        public Duration timeout() {
            return timeout;
        }

        /** @return the team that takes the call when Synthflow does not answer */
        public Optional<Long> fallbackTeamId() {
            return Optional.ofNullable(fallbackTeamId);
        }

        /** @return the user that takes the call when Synthflow does not answer */
        public Optional<Long> fallbackUserId() {
            return Optional.ofNullable(fallbackUserId);
        }

        /** @return whether the Smartflow was saved and published */
        public boolean published() {
            return published;
        }

        @Override
        public String toString() {
            return "SmartflowForward[line " + lineId + " -> " + destinationName + ", timeout " + timeout
                    + ", fallback team " + fallbackTeamId + ", fallback user " + fallbackUserId + "]";
        }

        /** Builds an {@link SmartflowForward}. */
        public static final class Builder {
            private final long lineId;
            private final String destinationName;
            private Duration timeout = Duration.ofSeconds(30);
            private Long fallbackTeamId;
            private Long fallbackUserId;
            private boolean published = true;

            private Builder(long lineId, String destinationName) {
                this.lineId = lineId;
                this.destinationName = destinationName;
            }

            /**
             * @param timeout how long Aircall waits for Synthflow to answer before the fallback; default
             *     30 s, the Synthflow guide's recommendation
             * @return this builder
             */
            public Builder timeout(Duration timeout) {
                this.timeout = Objects.requireNonNull(timeout, "timeout");
                return this;
            }

            /**
             * @param teamId the id of the Aircall team that takes the call when Synthflow does not answer
             *     in time; left unset, there is no fallback team
             * @return this builder
             */
            public Builder fallbackTeamId(long teamId) {
                this.fallbackTeamId = teamId;
                return this;
            }

            /**
             * @param userId the id of the Aircall user who takes the call when Synthflow does not answer
             *     in time; left unset, there is no fallback user
             * @return this builder
             */
            public Builder fallbackUserId(long userId) {
                this.fallbackUserId = userId;
                return this;
            }

            /**
             * @param published whether the Smartflow was saved and published (default true); an
             *     unpublished step stands for a manual step left half done
             * @return this builder
             */
            public Builder published(boolean published) {
                this.published = published;
                return this;
            }

            /** @return the step */
            public SmartflowForward build() {
                return new SmartflowForward(this);
            }
        }
    }
}
