package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.sip.ProbeResult;
import io.trunkline.diagnostics.sip.ProbeTarget;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A non-INVITE client transaction over TCP or TLS: connect (and for TLS, handshake with the
 * certificate and the host name verified), send once — reliable transports do not retransmit —
 * and read framed responses until the final one that matches, all within Timer F.
 */
public final class StreamOptionsTransaction {

    private final ProbeTarget target;
    private final InetAddress address;
    private final ProbeSettings settings;

    private int transmissions;
    private boolean proceeding;

    /**
     * @param target where the request goes; its transport is TCP or TLS
     * @param address the target's resolved address
     * @param settings the probe's configuration
     */
    public StreamOptionsTransaction(ProbeTarget target, InetAddress address, ProbeSettings settings) {
        this.target = target;
        this.address = address;
        this.settings = settings;
    }

    /** @return how the transaction ended */
    public ProbeResult run() {
        Deadline timerF = Deadline.after(settings.timeouts().transactionTimeout());
        try (Socket tcp = new Socket()) {
            tcp.connect(new InetSocketAddress(address, target.port()), ProbeSettings.socketTimeout(timerF.remaining()));
            if (target.transport() != Transport.TLS) {
                return exchange(tcp, timerF);
            }
            SSLSocket tls;
            try {
                tls = handshake(tcp, timerF);
            } catch (SSLException e) {
                return ProbeResult.tlsHandshakeFailed(target, UdpOptionsTransaction.describe(e));
            }
            try (tls) {
                return exchange(tls, timerF);
            }
        } catch (ConnectException e) {
            return ProbeResult.refused(target, 0);
        } catch (SocketTimeoutException e) {
            return noAnswer();
        } catch (MalformedMessageException e) {
            return ProbeResult.invalidResponse(target, transmissions, e.getMessage());
        } catch (IOException e) {
            return ProbeResult.transportError(target, transmissions, UdpOptionsTransaction.describe(e));
        }
    }

    private SSLSocket handshake(Socket tcp, Deadline timerF) throws IOException {
        SSLSocket tls = (SSLSocket) sslContext().getSocketFactory()
                .createSocket(tcp, target.host(), target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        // SSLSocket checks the chain but not the host name unless asked to; without this a valid
        // certificate for any other host would pass.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(ProbeSettings.socketTimeout(timerF.remaining()));
        tls.startHandshake();
        return tls;
    }

    private SSLContext sslContext() throws SSLException {
        Optional<SSLContext> explicit = settings.explicitSslContext();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new SSLException("the JDK has no default TLS context", e);
        }
    }

    private ProbeResult exchange(Socket socket, Deadline timerF) throws IOException, MalformedMessageException {
        OptionsRequest request = OptionsRequest.create(target, socket.getLocalAddress(), socket.getLocalPort(),
                settings.random());
        StreamMessageReader reader = new StreamMessageReader(new BufferedInputStream(socket.getInputStream()));
        OutputStream out = socket.getOutputStream();
        Instant sent = settings.clock().instant();
        out.write(request.bytes());
        out.flush();
        transmissions = 1;
        while (!timerF.passed()) {
            socket.setSoTimeout(ProbeSettings.socketTimeout(timerF.remaining()));
            SipResponse response = reader.next()
                    .orElseThrow(() -> new EOFException("the peer closed the connection without a final response"));
            if (!response.answers(request)) {
                continue;
            }
            if (!response.status().isProvisional()) {
                Duration rtt = Duration.between(sent, settings.clock().instant());
                return ProbeResult.answered(target, response.status(), rtt, response.server(), transmissions);
            }
            proceeding = true;
        }
        return noAnswer();
    }

    private ProbeResult noAnswer() {
        String detail = proceeding ? "a provisional response arrived but no final one"
                : transmissions == 0 ? "the connection or TLS handshake did not complete" : "";
        return ProbeResult.noAnswer(target, settings.timeouts().transactionTimeout(), transmissions, detail);
    }
}
