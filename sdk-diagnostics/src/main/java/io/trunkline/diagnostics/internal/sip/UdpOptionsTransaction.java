package io.trunkline.diagnostics.internal.sip;

import io.trunkline.diagnostics.sip.ProbeResult;
import io.trunkline.diagnostics.sip.ProbeTarget;
import io.trunkline.diagnostics.sip.SipProbe;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A non-INVITE client transaction over UDP (RFC 3261 section 17.1.2): the request is resent after
 * T1, 2×T1, 4×T1… capped at T2 (Timer E), every T2 once a provisional response arrived, until a
 * final response or Timer F. The socket is connected so that an ICMP port unreachable surfaces as
 * {@link PortUnreachableException}. Datagrams that are not well-formed responses, or that answer
 * another transaction, are discarded as RFC 3261 prescribes.
 */
public final class UdpOptionsTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(UdpOptionsTransaction.class);
    private static final int MAX_DATAGRAM = 65_535;

    private final ProbeTarget target;
    private final InetAddress address;
    private final ProbeSettings settings;

    private int transmissions;
    private int malformed;
    private boolean proceeding;

    /**
     * @param target where the request goes
     * @param address the target's resolved address
     * @param settings the probe's configuration
     */
    public UdpOptionsTransaction(ProbeTarget target, InetAddress address, ProbeSettings settings) {
        this.target = target;
        this.address = address;
        this.settings = settings;
    }

    /** @return how the transaction ended */
    public ProbeResult run() {
        try (DatagramSocket socket = new DatagramSocket()) {
            // The SocketAddress overload reports failures as IOException; the (InetAddress, int) one throws unchecked.
            socket.connect(new InetSocketAddress(address, target.port()));
            OptionsRequest request = OptionsRequest.create(target, socket.getLocalAddress(), socket.getLocalPort(),
                    settings.random());
            return exchange(socket, request);
        } catch (PortUnreachableException e) {
            return ProbeResult.refused(target, transmissions);
        } catch (IOException e) {
            return ProbeResult.transportError(target, transmissions, describe(e));
        }
    }

    private ProbeResult exchange(DatagramSocket socket, OptionsRequest request) throws IOException {
        SipProbe.Timeouts timers = settings.timeouts();
        byte[] bytes = request.bytes();
        DatagramPacket outgoing = new DatagramPacket(bytes, bytes.length);
        Deadline timerF = Deadline.after(timers.transactionTimeout());
        Instant firstSent = settings.clock().instant();
        Duration interval = timers.t1();
        Deadline timerE = Deadline.after(interval);
        send(socket, outgoing);
        DatagramPacket incoming = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
        while (!timerF.passed()) {
            if (timerE.passed()) {
                send(socket, outgoing);
                interval = proceeding ? timers.t2() : min(interval.multipliedBy(2), timers.t2());
                // Scheduled from the previous firing, not from now, so a slow thread does not stretch the series.
                timerE = timerE.plus(interval);
                continue;
            }
            socket.setSoTimeout(ProbeSettings.socketTimeout(timerE.earlier(timerF).remaining()));
            SipResponse response = receive(socket, incoming, request);
            if (response != null && !response.status().isProvisional()) {
                Duration rtt = Duration.between(firstSent, settings.clock().instant());
                return ProbeResult.answered(target, response.status(), rtt, response.server(), transmissions);
            }
        }
        return timedOut();
    }

    /** @return a matching response, or {@code null} when the wait ended without one */
    private SipResponse receive(DatagramSocket socket, DatagramPacket incoming, OptionsRequest request)
            throws IOException {
        try {
            incoming.setLength(MAX_DATAGRAM);
            socket.receive(incoming);
        } catch (SocketTimeoutException e) {
            return null;
        }
        try {
            SipResponse response = SipResponse.parseDatagram(incoming.getData(), incoming.getLength());
            if (!response.answers(request)) {
                LOG.debug("SIP probe {}: discarded a response to another transaction", target);
                return null;
            }
            proceeding |= response.status().isProvisional();
            return response;
        } catch (MalformedMessageException e) {
            malformed++;
            LOG.debug("SIP probe {}: discarded a malformed datagram: {}", target, e.getMessage());
            return null;
        }
    }

    private ProbeResult timedOut() {
        Duration waited = settings.timeouts().transactionTimeout();
        if (malformed > 0 && !proceeding) {
            return ProbeResult.invalidResponse(target, transmissions, malformed
                    + " datagram(s) came back but none was a SIP response to the probe");
        }
        return ProbeResult.noAnswer(target, waited, transmissions,
                proceeding ? "a provisional response arrived but no final one" : "");
    }

    private void send(DatagramSocket socket, DatagramPacket packet) throws IOException {
        socket.send(packet);
        transmissions++;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
