package io.trunkline.diagnostics.sip;

import static io.trunkline.diagnostics.sip.SipMessages.response;
import static io.trunkline.diagnostics.sip.SipMessages.viaWithOtherBranch;
import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ServerSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TCP and TLS client transactions against scripted loopback peers. */
class SipProbeStreamTest {

    private static final String HOST = "127.0.0.1";
    private static final SipProbe PROBE = probeWithTimerF(Duration.ofSeconds(3)).build();

    @TempDir
    static Path keyDir;
    /** Issued for {@code localhost} only: trusted when probing "localhost", a host name mismatch for 127.0.0.1. */
    private static TestCertificates localhostCertificate;

    private ScriptedTcpPeer peer;

    @BeforeAll
    static void generateCertificates() throws Exception {
        localhostCertificate = TestCertificates.generate(keyDir, "dns:localhost");
    }

    @AfterEach
    void closePeer() throws Exception {
        if (peer != null) {
            peer.close();
        }
    }

    private static SipProbe.Builder probeWithTimerF(Duration timerF) {
        return SipProbe.builder().timeouts(SipProbe.Timeouts.builder().transactionTimeout(timerF).build());
    }

    @Test
    void sendsTheRequestOnceWithATcpViaAndReassemblesAFragmentedResponseWithABody() throws Exception {
        peer = ScriptedTcpPeer.answering(request -> {
            String ok = response(request, "200 OK", "Content-Type: application/sdp")
                    .replace("Content-Length: 0", "Content-Length: 5") + "v=0\r\n";
            return List.of("\r\n\r\n", ok.substring(0, 20), ok.substring(20, ok.length() - 3), ok.substring(ok.length() - 3));
        });

        ProbeResult result = PROBE.options(HOST, peer.port(), Transport.TCP);

        assertThat(result.outcome()).as(result.summary()).isEqualTo(ProbeResult.Outcome.REACHABLE);
        assertThat(result.transmissions()).isEqualTo(1);
        String request = peer.request();
        assertThat(request).startsWith("OPTIONS sip:127.0.0.1:" + peer.port() + ";transport=tcp SIP/2.0\r\n")
                .containsPattern(Pattern.compile("(?md)^Via: SIP/2\\.0/TCP 127\\.0\\.0\\.1:\\d+;branch=z9hG4bK[0-9a-f]{24};rport\r$"))
                .containsPattern(Pattern.compile("(?md)^Contact: <sip:trunkline@127\\.0\\.0\\.1:\\d+;transport=tcp>\r$"));
    }

    @Test
    void skipsProvisionalAndForeignResponsesOnTheConnection() throws Exception {
        peer = ScriptedTcpPeer.answering(request -> List.of(
                response(request, "100 Trying"),
                SipMessages.responseWithVia(request, "200 OK", viaWithOtherBranch(request)),
                response(request, "407 Proxy Authentication Required")));

        ProbeResult result = PROBE.options(HOST, peer.port(), Transport.TCP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.SIP_ERROR);
        assertThat(result.status()).contains(new SipStatus(407, "Proxy Authentication Required"));
        assertThat(result.summary()).endsWith("a proxy requires digest authentication: check the trunk credentials");
    }

    @Test
    void reportsRefusedWhenNothingListensOnTheTcpPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ProbeResult result = PROBE.options(HOST, closedPort, Transport.TCP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.REFUSED);
        assertThat(result.summary()).contains("(connection refused): nothing listens on TCP port " + closedPort);
    }

    @Test
    void reportsAnInvalidResponseWhenTheTcpPeerIsNotSip() throws IOException {
        peer = ScriptedTcpPeer.answering(request -> List.of("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));

        ProbeResult result = PROBE.options(HOST, peer.port(), Transport.TCP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.INVALID_RESPONSE);
        assertThat(result.summary()).contains("(the first line is not a SIP/2.0 status line)");
    }

    @Test
    void reportsAnInvalidResponseWhenContentLengthIsMissingOnTcp() throws IOException {
        peer = ScriptedTcpPeer.answering(request -> List.of(response(request, "200 OK").replace("Content-Length: 0\r\n", "")));

        ProbeResult result = PROBE.options(HOST, peer.port(), Transport.TCP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.INVALID_RESPONSE);
        assertThat(result.summary()).contains("Content-Length is missing on a stream transport");
    }

    @Test
    void reportsATransportErrorWhenThePeerHangsUpWithoutAFinalResponse() throws IOException {
        peer = ScriptedTcpPeer.answeringThenClosing(ServerSocketFactory.getDefault(),
                request -> List.of(response(request, "100 Trying")));

        ProbeResult result = PROBE.options(HOST, peer.port(), Transport.TCP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.TRANSPORT_ERROR);
        assertThat(result.summary()).contains("the peer closed the connection without a final response");
    }

    @Test
    void reportsNoAnswerWhenTheTcpPeerAcceptsButNeverAnswers() throws IOException {
        peer = ScriptedTcpPeer.answering(request -> List.of());

        ProbeResult result = probeWithTimerF(Duration.ofMillis(300)).build().options(HOST, peer.port(), Transport.TCP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.NO_ANSWER);
        assertThat(result.summary()).isEqualTo("no answer from 127.0.0.1:" + peer.port()
                + " over TCP within 300 ms — a firewall may be dropping SIP on TCP port " + peer.port());
    }

    @Test
    void probesOverTlsWhenTheCertificateIsTrusted() throws Exception {
        peer = ScriptedTcpPeer.answering(localhostCertificate.serverContext().getServerSocketFactory(),
                request -> List.of(response(request, "200 OK", "Server: tls-peer")));

        ProbeResult result = probeWithTimerF(Duration.ofSeconds(5))
                .sslContext(localhostCertificate.clientContextTrustingIt())
                .build().options("localhost", peer.port(), Transport.TLS);

        assertThat(result.outcome()).as(result.summary()).isEqualTo(ProbeResult.Outcome.REACHABLE);
        assertThat(result.server()).contains("tls-peer");
        assertThat(peer.request()).startsWith("OPTIONS sip:localhost:" + peer.port() + ";transport=tls SIP/2.0\r\n")
                .contains("Via: SIP/2.0/TLS 127.0.0.1:");
    }

    @Test
    void failsTheHandshakeForAnUntrustedCertificateByDefault() throws Exception {
        peer = ScriptedTcpPeer.answering(localhostCertificate.serverContext().getServerSocketFactory(),
                request -> List.of(response(request, "200 OK")));

        ProbeResult result = PROBE.options("localhost", peer.port(), Transport.TLS);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.TLS_HANDSHAKE_FAILED);
        assertThat(result.summary()).startsWith("TLS handshake with localhost:" + peer.port() + " over TLS failed: ")
                .contains("SSLHandshakeException: PKIX path building failed");
    }

    @Test
    void verifiesTheHostNameEvenWhenTheCertificateIsTrusted() throws Exception {
        peer = ScriptedTcpPeer.answering(localhostCertificate.serverContext().getServerSocketFactory(),
                request -> List.of(response(request, "200 OK")));

        ProbeResult result = probeWithTimerF(Duration.ofSeconds(5))
                .sslContext(localhostCertificate.clientContextTrustingIt())
                .build().options(HOST, peer.port(), Transport.TLS);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.TLS_HANDSHAKE_FAILED);
        assertThat(result.summary()).contains("No subject alternative names matching IP address 127.0.0.1");
    }

    @Test
    void failsTheHandshakeWhenThePortSpeaksPlainSip() throws Exception {
        peer = ScriptedTcpPeer.greetingThenClosing("SIP/2.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n");

        ProbeResult result = PROBE.options(HOST, peer.port(), Transport.TLS);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.TLS_HANDSHAKE_FAILED);
        assertThat(result.summary()).contains("that the port speaks TLS (Synthflow: 32682)");
    }

    @Test
    void reportsNoAnswerWhenTheHandshakeNeverCompletes() throws Exception {
        peer = ScriptedTcpPeer.answering(request -> List.of());

        ProbeResult result = probeWithTimerF(Duration.ofMillis(300)).build().options(HOST, peer.port(), Transport.TLS);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.NO_ANSWER);
        assertThat(result.transmissions()).isZero();
        assertThat(result.summary()).contains("the connection or TLS handshake did not complete");
    }
}
