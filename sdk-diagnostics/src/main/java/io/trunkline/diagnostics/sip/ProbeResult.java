package io.trunkline.diagnostics.sip;

import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SipProbe} found: an {@link Outcome}, the facts behind it and a one-line
 * {@link #summary()} that says what to check next.
 *
 * <pre>{@code
 * ProbeResult result = probe.options("sip.synthflow.ai", 32681, Transport.UDP);
 * switch (result.outcome()) {
 *     case REACHABLE -> log.info("{}", result.summary());
 *     default -> log.warn("{}", result.summary());
 * }
 * }</pre>
 *
 * <p>Instances are immutable. The factories are public so that callers can fake probe results in
 * their own tests.
 */
public final class ProbeResult {

    private final Outcome outcome;
    private final ProbeTarget target;
    private final SipStatus status;
    private final Duration roundTrip;
    private final String server;
    private final int transmissions;
    private final String summary;

    private ProbeResult(Outcome outcome, ProbeTarget target, SipStatus status, Duration roundTrip,
                        String server, int transmissions, String summary) {
        this.outcome = outcome;
        this.target = Objects.requireNonNull(target, "target");
        this.status = status;
        this.roundTrip = roundTrip;
        this.server = server;
        this.transmissions = transmissions;
        this.summary = summary;
    }

    /**
     * The peer answered with a final response: {@link Outcome#REACHABLE} for 2xx,
     * {@link Outcome#SIP_ERROR} for 300 and above.
     *
     * @param target where the probe went
     * @param status the final status
     * @param roundTrip from the first transmission of the request to the final response
     * @param server the Server (or, failing that, User-Agent) header, or {@code ""} when absent
     * @param transmissions how many times the request was sent, 1 over TCP/TLS
     * @return the result
     * @throws IllegalArgumentException if {@code status} is provisional
     */
    public static ProbeResult answered(ProbeTarget target, SipStatus status, Duration roundTrip, String server,
                                       int transmissions) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(roundTrip, "roundTrip");
        Objects.requireNonNull(server, "server");
        if (status.isProvisional()) {
            throw new IllegalArgumentException("a probe ends with a final response, not " + status);
        }
        String by = server.isEmpty() ? "" : " (server: " + server + ")";
        if (status.code() < 300) {
            return new ProbeResult(Outcome.REACHABLE, target, status, roundTrip, server, transmissions,
                    target.requestUri() + " answered " + status + " in " + roundTrip.toMillis() + " ms" + by);
        }
        return new ProbeResult(Outcome.SIP_ERROR, target, status, roundTrip, server, transmissions,
                target.requestUri() + " answered " + status + " in " + roundTrip.toMillis() + " ms" + by + ": "
                        + status.meaning());
    }

    /**
     * Nothing answered in time.
     *
     * @param target where the probe went
     * @param waited how long the probe waited (Timer F)
     * @param transmissions how many times the request was sent (0 if a TCP connection never opened)
     * @param detail what was still missing, e.g. {@code "no final response after 100 Trying"}, or {@code ""}
     * @return the result
     */
    public static ProbeResult noAnswer(ProbeTarget target, Duration waited, int transmissions, String detail) {
        Objects.requireNonNull(waited, "waited");
        Objects.requireNonNull(detail, "detail");
        String sends = target.transport() == Transport.UDP
                ? " (" + transmissions + (transmissions == 1 ? " transmission)" : " transmissions)") : "";
        return new ProbeResult(Outcome.NO_ANSWER, target, null, null, null, transmissions,
                "no answer from " + target + " within " + seconds(waited) + sends
                        + (detail.isEmpty() ? "" : ", " + detail)
                        + " — a firewall may be dropping SIP on " + target.transport() + " port " + target.port());
    }

    /**
     * The host refused: ICMP port unreachable (UDP) or connection refused (TCP/TLS).
     *
     * @param target where the probe went
     * @param transmissions how many times the request was sent
     * @return the result
     */
    public static ProbeResult refused(ProbeTarget target, int transmissions) {
        String how = target.transport() == Transport.UDP
                ? "ICMP port unreachable" : "connection refused";
        return new ProbeResult(Outcome.REFUSED, target, null, null, null, transmissions,
                target + " refused SIP (" + how + "): nothing listens on " + target.transport() + " port "
                        + target.port() + "; check the host, port and transport");
    }

    /**
     * The TLS handshake failed.
     *
     * @param target where the probe went
     * @param reason why, from the TLS stack, e.g. {@code "PKIX path building failed"}
     * @return the result
     */
    public static ProbeResult tlsHandshakeFailed(ProbeTarget target, String reason) {
        return new ProbeResult(Outcome.TLS_HANDSHAKE_FAILED, target, null, null, null, 0,
                "TLS handshake with " + target + " failed: " + reason + "; check that the certificate is issued"
                        + " for this host by a trusted CA and that the port speaks TLS (Synthflow: "
                        + Transport.TLS_PORT + ")");
    }

    /**
     * The host name did not resolve.
     *
     * @param target where the probe was meant to go
     * @return the result
     */
    public static ProbeResult unknownHost(ProbeTarget target) {
        return new ProbeResult(Outcome.UNKNOWN_HOST, target, null, null, null, 0,
                "cannot resolve host " + target.host() + ": check the spelling (Synthflow's global SIP host is"
                        + " sip.synthflow.ai) and this machine's DNS");
    }

    /**
     * Something answered, but not with a valid SIP response to our request.
     *
     * @param target where the probe went
     * @param transmissions how many times the request was sent
     * @param detail what was wrong with the answer
     * @return the result
     */
    public static ProbeResult invalidResponse(ProbeTarget target, int transmissions, String detail) {
        return new ProbeResult(Outcome.INVALID_RESPONSE, target, null, null, null, transmissions,
                target + " answered with something that is not a valid SIP response (" + detail
                        + "); check that this port is a SIP port for this transport");
    }

    /**
     * The connection broke after it was made.
     *
     * @param target where the probe went
     * @param transmissions how many times the request was sent
     * @param detail what happened, e.g. {@code "connection reset"}
     * @return the result
     */
    public static ProbeResult transportError(ProbeTarget target, int transmissions, String detail) {
        return new ProbeResult(Outcome.TRANSPORT_ERROR, target, null, null, null, transmissions,
                "SIP over " + target + " failed: " + detail);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** @return how the probe ended */
    public Outcome outcome() {
        return outcome;
    }

    /** @return where the probe went */
    public ProbeTarget target() {
        return target;
    }

    /** @return the final status, when the peer answered */
    public Optional<SipStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the time from the first transmission of the request to the final response, when answered */
    public Optional<Duration> roundTrip() {
        return Optional.ofNullable(roundTrip);
    }

    /** @return the peer's Server (or User-Agent) header, when it answered and sent one */
    public Optional<String> server() {
        return server == null || server.isEmpty() ? Optional.empty() : Optional.of(server);
    }

    /** @return how many times the request was sent: over UDP, 1 plus retransmissions */
    public int transmissions() {
        return transmissions;
    }

    /** @return one line saying what happened and what to check next */
    public String summary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProbeResult other && outcome == other.outcome && target.equals(other.target)
                && Objects.equals(status, other.status) && Objects.equals(roundTrip, other.roundTrip)
                && Objects.equals(server, other.server) && transmissions == other.transmissions
                && summary.equals(other.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, target, status, roundTrip, server, transmissions, summary);
    }

    /** @return the outcome and the summary */
    @Override
    public String toString() {
        return outcome + ": " + summary;
    }

    /** How a {@link SipProbe} ended. */
    public enum Outcome {
        /** The peer answered the OPTIONS request with a 2xx. */
        REACHABLE,
        /** The peer answered, but with a final status of 300 or more; the SIP port itself is reachable. */
        SIP_ERROR,
        /** Nothing answered within the transaction timeout (Timer F): often a firewall dropping SIP. */
        NO_ANSWER,
        /** The host actively refused: ICMP port unreachable over UDP, connection refused over TCP/TLS. */
        REFUSED,
        /** The TLS handshake failed: untrusted certificate, host name mismatch, or not a TLS port. */
        TLS_HANDSHAKE_FAILED,
        /** The host name could not be resolved. */
        UNKNOWN_HOST,
        /** Something answered, but not with a well-formed SIP response. */
        INVALID_RESPONSE,
        /** The connection failed after it was made, e.g. reset or closed before a final response. */
        TRANSPORT_ERROR;

        /** @return whether a SIP peer answered at all ({@link #REACHABLE} or {@link #SIP_ERROR}) */
        public boolean sipPeerAnswered() {
            return this == REACHABLE || this == SIP_ERROR;
        }
    }
}
