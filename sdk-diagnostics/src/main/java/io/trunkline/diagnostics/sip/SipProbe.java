package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.internal.sip.ProbeSettings;
import io.trunkline.diagnostics.internal.sip.StreamOptionsTransaction;
import io.trunkline.diagnostics.internal.sip.UdpOptionsTransaction;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a SIP endpoint answers, by sending it an RFC 3261 {@code OPTIONS} request over UDP,
 * TCP or TLS — the SIP equivalent of a ping, used to tell a firewall dropping SIP from a wrong port,
 * a refused connection or a peer that rejects us.
 *
 * <pre>{@code
 * SipProbe probe = SipProbe.builder().build();
 * ProbeResult result = probe.options("sip.synthflow.ai", 32681, Transport.UDP);
 * System.out.println(result.summary());
 * // "sip:sip.synthflow.ai:32681;transport=udp answered 200 OK in 84 ms (server: ...)"
 * }</pre>
 *
 * <p>A probe never throws for network conditions: every way the exchange can end is a
 * {@link ProbeResult.Outcome}. Over UDP the request is retransmitted per RFC 3261 Timer E; every
 * transport gives up after Timer F (see {@link Timeouts}). A probe blocks the calling thread for
 * at most about Timer F (plus name resolution). Instances are immutable and thread-safe.
 */
public final class SipProbe {

    private static final Logger LOG = LoggerFactory.getLogger(SipProbe.class);

    private final Timeouts timeouts;
    private final Clock clock;
    private final SSLContext sslContext;

    private SipProbe(Builder builder) {
        this.timeouts = builder.timeouts;
        this.clock = builder.clock;
        this.sslContext = builder.sslContext;
    }

    /** @return a builder with RFC 3261's timers, the system clock and the JDK's default TLS context */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends {@code OPTIONS sip:<host>:<port>;transport=<transport>} and waits for the final response.
     *
     * @param host the host name or IP address, e.g. {@code sip.synthflow.ai}
     * @param port the port, e.g. {@link Transport#defaultPort()}
     * @param transport UDP, TCP or TLS
     * @return how the probe ended, never {@code null}
     * @throws InvalidConfigurationException if the host or port is not valid
     */
    public ProbeResult options(String host, int port, Transport transport) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        ProbeTarget target = new ProbeTarget(host, port, transport);
        ProbeResult result = probe(target);
        LOG.debug("SIP probe: {}", result);
        return result;
    }

    /**
     * Probes the port Synthflow documents for {@code transport} (32681 for UDP/TCP, 32682 for TLS).
     *
     * @param host the host name or IP address
     * @param transport UDP, TCP or TLS
     * @return how the probe ended
     * @throws InvalidConfigurationException if the host is not valid
     */
    public ProbeResult options(String host, Transport transport) {
        Objects.requireNonNull(transport, "transport");
        return options(host, transport.defaultPort(), transport);
    }

    private ProbeResult probe(ProbeTarget target) {
        InetAddress address;
        try {
            address = InetAddress.getByName(target.host());
        } catch (UnknownHostException e) {
            return ProbeResult.unknownHost(target);
        }
        ProbeSettings settings = new ProbeSettings(timeouts, clock, sslContext, new SecureRandom());
        return switch (target.transport()) {
            case UDP -> new UdpOptionsTransaction(target, address, settings).run();
            case TCP, TLS -> new StreamOptionsTransaction(target, address, settings).run();
        };
    }

    /** Builds a {@link SipProbe}. */
    public static final class Builder {

        private Timeouts timeouts = Timeouts.defaults();
        private Clock clock = Clock.systemUTC();
        private SSLContext sslContext;

        private Builder() {
        }

        /**
         * @param timeouts the RFC 3261 timers; default {@link Timeouts#defaults()} (Timer F 32 s).
         *     Lower them for a quick check
         * @return this builder
         */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /**
         * @param clock measures the round-trip time; default the system clock. Inject one to make
         *     the reported round trip deterministic in tests (retransmission timing uses the
         *     monotonic clock regardless, so a frozen clock cannot stall a probe)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param sslContext the TLS context for TLS probes; default the JDK's default context (its
         *     trust store). Pass one to trust a private CA. The peer's host name is verified either way
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** @return the probe */
        public SipProbe build() {
            return new SipProbe(this);
        }
    }

    /**
     * The RFC 3261 timers that pace a probe.
     *
     * <ul>
     *   <li>{@code t1} (default 500 ms) — the round-trip estimate: over UDP the request is first resent
     *       after T1, then after 2×T1, 4×T1… (Timer E);</li>
     *   <li>{@code t2} (default 4 s) — the cap on that retransmission interval, also the interval once a
     *       provisional (1xx) response has arrived;</li>
     *   <li>{@code transactionTimeout} (Timer F, default 64×T1 = 32 s) — how long to wait in total for
     *       a final response, on every transport (for TCP/TLS it includes connecting and the handshake).</li>
     * </ul>
     *
     * <p>Lower them for a quick check on a LAN; raise T1 on a long-latency path.
     *
     * <pre>{@code
     * Timeouts quick = Timeouts.builder().t1(Duration.ofMillis(250)).transactionTimeout(Duration.ofSeconds(5)).build();
     * }</pre>
     *
     * @param t1 the RTT estimate, Timer E's first interval
     * @param t2 the maximum retransmission interval
     * @param transactionTimeout Timer F: the bound on the whole probe
     */
    public record Timeouts(Duration t1, Duration t2, Duration transactionTimeout) {

        /** RFC 3261's default T1. */
        public static final Duration DEFAULT_T1 = Duration.ofMillis(500);
        /** RFC 3261's default T2. */
        public static final Duration DEFAULT_T2 = Duration.ofSeconds(4);
        /** Timer F is 64×T1 in RFC 3261. */
        private static final int TIMER_F_MULTIPLIER = 64;

        /**
         * Checks the timers, reporting every problem at once.
         *
         * @param t1 the round-trip estimate, Timer E's first retransmission interval; at least 1 ms
         *     (RFC 3261 default {@link #DEFAULT_T1})
         * @param t2 the cap on the retransmission interval; at least 1 ms and not below {@code t1}
         *     (RFC 3261 default {@link #DEFAULT_T2})
         * @param transactionTimeout Timer F, how long to wait in total for a final response; at least
         *     1 ms (RFC 3261 default 64×T1)
         * @throws InvalidConfigurationException if a timer is not positive or T2 is below T1
         */
        public Timeouts {
            Objects.requireNonNull(t1, "t1");
            Objects.requireNonNull(t2, "t2");
            Objects.requireNonNull(transactionTimeout, "transactionTimeout");
            List<String> problems = new ArrayList<>();
            requirePositive("t1", t1, problems);
            requirePositive("t2", t2, problems);
            requirePositive("transactionTimeout", transactionTimeout, problems);
            if (t2.compareTo(t1) < 0) {
                problems.add("SIP timer t2 (" + t2.toMillis() + " ms) must not be below t1 (" + t1.toMillis() + " ms)");
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
        }

        private static void requirePositive(String name, Duration value, List<String> problems) {
            if (value.isZero() || value.isNegative() || value.toMillis() == 0) {
                problems.add("SIP timer " + name + " must be at least 1 ms but is " + value);
            }
        }

        /** @return RFC 3261's defaults: T1 500 ms, T2 4 s, Timer F 32 s */
        public static Timeouts defaults() {
            return builder().build();
        }

        /** @return a builder starting from RFC 3261's defaults */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Timeouts}; unset values take RFC 3261's defaults. */
        public static final class Builder {

            private Duration t1 = DEFAULT_T1;
            private Duration t2 = DEFAULT_T2;
            private Duration transactionTimeout;

            private Builder() {
            }

            /**
             * @param t1 the RTT estimate; default 500 ms
             * @return this builder
             */
            public Builder t1(Duration t1) {
                this.t1 = Objects.requireNonNull(t1, "t1");
                return this;
            }

            /**
             * @param t2 the maximum retransmission interval; default 4 s
             * @return this builder
             */
            public Builder t2(Duration t2) {
                this.t2 = Objects.requireNonNull(t2, "t2");
                return this;
            }

            /**
             * @param transactionTimeout Timer F, the bound on the whole probe; default 64×T1
             * @return this builder
             */
            public Builder transactionTimeout(Duration transactionTimeout) {
                this.transactionTimeout = Objects.requireNonNull(transactionTimeout, "transactionTimeout");
                return this;
            }

            /**
             * @return the timers
             * @throws InvalidConfigurationException if a timer is not positive or T2 is below T1
             */
            public Timeouts build() {
                return new Timeouts(t1, t2,
                        transactionTimeout != null ? transactionTimeout : t1.multipliedBy(TIMER_F_MULTIPLIER));
            }
        }
    }
}
