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
 * transport gives up after Timer F (see {@link SipTimeouts}). A probe blocks the calling thread for
 * at most about Timer F (plus name resolution). Instances are immutable and thread-safe.
 */
public final class SipProbe {

    private static final Logger LOG = LoggerFactory.getLogger(SipProbe.class);

    private final SipTimeouts timeouts;
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

        private SipTimeouts timeouts = SipTimeouts.defaults();
        private Clock clock = Clock.systemUTC();
        private SSLContext sslContext;

        private Builder() {
        }

        /**
         * @param timeouts the RFC 3261 timers; default {@link SipTimeouts#defaults()} (Timer F 32 s).
         *     Lower them for a quick check
         * @return this builder
         */
        public Builder timeouts(SipTimeouts timeouts) {
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
}
