package io.trunkline.diagnostics.sip;

import static io.trunkline.diagnostics.sip.SipMessages.response;
import static io.trunkline.diagnostics.sip.SipMessages.viaWithOtherBranch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UDP client transaction against scripted loopback peers. */
class SipProbeUdpTest {

    private static final String HOST = "127.0.0.1";

    private ScriptedUdpPeer peer;

    @AfterEach
    void closePeer() {
        if (peer != null) {
            peer.close();
        }
    }

    private static SipProbe probe(long t1Millis, long t2Millis, long timerFMillis) {
        return SipProbe.builder().timeouts(SipProbe.Timeouts.builder().t1(Duration.ofMillis(t1Millis))
                .t2(Duration.ofMillis(t2Millis)).transactionTimeout(Duration.ofMillis(timerFMillis)).build()).build();
    }

    private static SipProbe quickProbe() {
        return probe(100, 4000, 3000);
    }

    @Test
    void sendsAnRfc3261OptionsRequest() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(response(request, "200 OK")));

        quickProbe().options(HOST, peer.port(), Transport.UDP);

        String request = peer.received().get(0);
        int localPort = peer.sourcePorts().get(0);
        int port = peer.port();
        assertThat(request.split("\r\n", -1)).containsExactly(
                "OPTIONS sip:127.0.0.1:" + port + ";transport=udp SIP/2.0",
                request.lines().filter(l -> l.startsWith("Via:")).findFirst().orElseThrow(),
                "Max-Forwards: 70",
                request.lines().filter(l -> l.startsWith("From:")).findFirst().orElseThrow(),
                "To: <sip:127.0.0.1:" + port + ">",
                request.lines().filter(l -> l.startsWith("Call-ID:")).findFirst().orElseThrow(),
                "CSeq: 1 OPTIONS",
                "Contact: <sip:trunkline@127.0.0.1:" + localPort + ";transport=udp>",
                "Accept: application/sdp",
                "User-Agent: " + Trunkline.USER_AGENT,
                "Content-Length: 0",
                "", "");
        assertThat(request).containsPattern(Pattern.compile(
                "(?md)^Via: SIP/2\\.0/UDP 127\\.0\\.0\\.1:" + localPort + ";branch=z9hG4bK[0-9a-f]{24};rport\r$"));
        assertThat(request).containsPattern(Pattern.compile("(?md)^From: <sip:trunkline@127\\.0\\.0\\.1>;tag=[0-9a-f]{16}\r$"));
        assertThat(request).containsPattern(Pattern.compile("(?md)^Call-ID: [0-9a-f]{32}@127\\.0\\.0\\.1\r$"));
    }

    @Test
    void usesFreshIdentifiersForEveryProbe() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(response(request, "200 OK")));

        quickProbe().options(HOST, peer.port(), Transport.UDP);
        quickProbe().options(HOST, peer.port(), Transport.UDP);

        List<String> requests = peer.received();
        assertThat(SipMessages.header(requests.get(0), "Via")).isNotEqualTo(SipMessages.header(requests.get(1), "Via"));
        assertThat(SipMessages.header(requests.get(0), "Call-ID"))
                .isNotEqualTo(SipMessages.header(requests.get(1), "Call-ID"));
    }

    @Test
    void measuresTheRoundTripWithTheInjectedClockAcrossA100Trying() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(
                response(request, "100 Trying"), response(request, "200 OK", "Server: Synthflow-Edge/1.0")));
        SipProbe probe = SipProbe.builder().clock(new SteppingClock(Duration.ofMillis(42)))
                .timeouts(SipProbe.Timeouts.builder().t1(Duration.ofMillis(100)).transactionTimeout(Duration.ofSeconds(3)).build())
                .build();

        ProbeResult result = probe.options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.REACHABLE);
        assertThat(result.roundTrip()).contains(Duration.ofMillis(42));
        assertThat(result.server()).contains("Synthflow-Edge/1.0");
        assertThat(result.summary()).isEqualTo("sip:127.0.0.1:" + peer.port()
                + ";transport=udp answered 200 OK in 42 ms (server: Synthflow-Edge/1.0)");
    }

    @Test
    void retransmitsWithTimerEDoublingFromT1UntilTimerF() throws IOException {
        peer = ScriptedUdpPeer.silent();

        // Timer E fires at 50, 150, 350, 750 ms (intervals 50, 100, 200, 400); the next, at 1550, is past Timer F.
        ProbeResult result = probe(50, 4000, 1000).options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.NO_ANSWER);
        assertThat(result.transmissions()).isEqualTo(5);
        assertThat(peer.received()).hasSize(5).containsOnly(peer.received().get(0));
        assertThat(result.summary()).isEqualTo("no answer from 127.0.0.1:" + peer.port()
                + " over UDP within 1 s (5 transmissions) — a firewall may be dropping SIP on UDP port " + peer.port());
    }

    @Test
    void capsTheRetransmissionIntervalAtT2() throws IOException {
        peer = ScriptedUdpPeer.silent();

        // Intervals 100, 200, 200, 200, 200: sends at 0, 100, 300, 500, 700, 900; the next, at 1100, is past Timer F.
        ProbeResult result = probe(100, 200, 1050).options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.NO_ANSWER);
        assertThat(peer.received()).hasSize(6);
        assertThat(result.transmissions()).isEqualTo(6);
    }

    @Test
    void reportsRefusedWhenNothingListensOnTheUdpPort() throws IOException {
        int closedPort;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closedPort = socket.getLocalPort();
        }

        ProbeResult result = probe(100, 4000, 3000).options(HOST, closedPort, Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.REFUSED);
        assertThat(result.summary()).isEqualTo("127.0.0.1:" + closedPort + " over UDP refused SIP (ICMP port"
                + " unreachable): nothing listens on UDP port " + closedPort + "; check the host, port and transport");
    }

    @Test
    void ignoresAResponseToAnotherBranchAndTakesTheMatchingOne() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(
                SipMessages.responseWithVia(request, "503 Service Unavailable", viaWithOtherBranch(request)),
                response(request, "200 OK")));

        ProbeResult result = quickProbe().options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.REACHABLE);
        assertThat(result.status()).contains(new SipStatus(200, "OK"));
    }

    @Test
    void ignoresAResponseWithAnotherCallIdOrCSeq() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(
                response(request, "500 Server Internal Error").replaceFirst("Call-ID: ", "Call-ID: x"),
                response(request, "500 Server Internal Error").replace("CSeq: 1 OPTIONS", "CSeq: 2 OPTIONS"),
                response(request, "500 Server Internal Error").replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE"),
                response(request, "404 Not Found")));

        ProbeResult result = quickProbe().options(HOST, peer.port(), Transport.UDP);

        assertThat(result.status()).contains(new SipStatus(404, "Not Found"));
        assertThat(result.summary()).endsWith("the peer does not know the requested user or number: check the DID"
                + " is E.164 and configured on the peer");
    }

    @Test
    void discardsMalformedDatagramsAndKeepsWaiting() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
                response(request, "200 OK").replace("\r\n\r\n", "\r\n"),
                response(request, "200 OK").replace("Content-Length: 0", "Content-Length: 10"),
                response(request, "200 OK")));

        ProbeResult result = quickProbe().options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.REACHABLE);
    }

    @Test
    void reportsAnInvalidResponseWhenOnlyGarbageCameBack() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of("hello\r\n\r\n"));

        ProbeResult result = probe(50, 4000, 400).options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.INVALID_RESPONSE);
        assertThat(result.summary()).contains("answered with something that is not a valid SIP response")
                .contains("none was a SIP response to the probe");
    }

    @Test
    void reportsNoAnswerWhenOnlyAProvisionalResponseCame() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of(response(request, "100 Trying")));

        // Timer E still fires at T1 = 50 ms; from then on, in the Proceeding state, every T2: sends at 0, 50, 250, 450.
        ProbeResult result = probe(50, 200, 500).options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.NO_ANSWER);
        assertThat(result.summary()).contains("a provisional response arrived but no final one");
        assertThat(peer.received()).hasSize(4);
    }

    @Test
    void understandsCompactFormsFoldedLinesAndAnyCase() throws IOException {
        peer = ScriptedUdpPeer.answering(request -> List.of("SIP/2.0 200 OK\r\n"
                + "v: " + SipMessages.header(request, "Via") + "\r\n"
                + "f: " + SipMessages.header(request, "From") + "\r\n"
                + "t: " + SipMessages.header(request, "To") + "\r\n"
                + "i: " + SipMessages.header(request, "Call-ID") + "\r\n"
                + "cseq:    1\r\n OPTIONS\r\n"
                + "SERVER: Acme\r\n\tSBC 2\r\n"
                + "l: 4\r\n\r\nv=0\n"));

        ProbeResult result = quickProbe().options(HOST, peer.port(), Transport.UDP);

        assertThat(result.outcome()).as(result.summary()).isEqualTo(ProbeResult.Outcome.REACHABLE);
        assertThat(result.server()).contains("Acme SBC 2");
    }

    @Test
    void reportsUnknownHostForANameThatDoesNotResolve() {
        ProbeResult result = quickProbe().options("no-such-host.invalid", Transport.UDP);

        assertThat(result.outcome()).isEqualTo(ProbeResult.Outcome.UNKNOWN_HOST);
        assertThat(result.target().port()).isEqualTo(Transport.PLAIN_PORT);
        assertThat(result.summary()).startsWith("cannot resolve host no-such-host.invalid");
    }

    @Test
    void rejectsHostsAndPortsThatCannotBeProbed() {
        assertThatThrownBy(() -> quickProbe().options("sip.example.com\r\nVia: x", 5060, Transport.UDP))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("\"sip.example.com\\r\\nVia: x\" is not a host name or IP address");
        assertThatThrownBy(() -> quickProbe().options(HOST, 0, Transport.UDP))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("port 0 must be 1..65535");
    }
}
