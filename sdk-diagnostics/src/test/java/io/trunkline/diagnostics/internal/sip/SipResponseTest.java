package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.sip.ProbeTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipResponseTest {

    private static final OptionsRequest REQUEST = new OptionsRequest(
            new ProbeTarget("sip.example.com", 5060, Transport.UDP), "10.0.0.1", 40000,
            "z9hG4bKabc", "tag1", "call1@10.0.0.1", 1);
    private static final String MATCHING_HEADERS = "Via: SIP/2.0/UDP 10.0.0.1:40000;branch=z9hG4bKabc;rport=40000\r\n"
            + "Call-ID: call1@10.0.0.1\r\nCSeq: 1 OPTIONS";

    @Test
    void parsesTheStatusLineWithAMultiWordReason() throws Exception {
        SipResponse response = SipResponse.parseHead("SIP/2.0 480 Temporarily Unavailable\r\n" + MATCHING_HEADERS);

        assertThat(response.status()).isEqualTo(new SipStatus(480, "Temporarily Unavailable"));
        assertThat(response.answers(REQUEST)).isTrue();
    }

    @Test
    void acceptsAnEmptyReasonPhrase() throws Exception {
        assertThat(SipResponse.parseHead("SIP/2.0 200\r\n" + MATCHING_HEADERS).status()).isEqualTo(new SipStatus(200, ""));
    }

    @Test
    void expandsCompactFormsAndIgnoresHeaderNameCase() throws Exception {
        SipResponse response = SipResponse.parseHead("SIP/2.0 200 OK\r\n"
                + "v: SIP/2.0/UDP 10.0.0.1:40000;BRANCH=z9hG4bKabc\r\nI: call1@10.0.0.1\r\ncSeQ: 1 OPTIONS\r\nL: 0\r\n"
                + "user-agent: PBX 1");

        assertThat(response.answers(REQUEST)).isTrue();
        assertThat(response.contentLength()).contains(0);
        assertThat(response.server()).isEqualTo("PBX 1");
    }

    @Test
    void prefersServerOverUserAgent() throws Exception {
        SipResponse response = SipResponse.parseHead("SIP/2.0 200 OK\r\n" + MATCHING_HEADERS
                + "\r\nUser-Agent: ua\r\nServer: srv");

        assertThat(response.server()).isEqualTo("srv");
    }

    @Test
    void joinsFoldedLines() throws Exception {
        SipResponse response = SipResponse.parseHead("SIP/2.0 200 OK\r\n" + MATCHING_HEADERS
                + "\r\nServer: Big\r\n   Iron\r\n\tSBC");

        assertThat(response.server()).isEqualTo("Big Iron SBC");
    }

    @Test
    void takesTheBranchFromTheTopmostViaOnly() throws Exception {
        SipResponse response = SipResponse.parseHead("SIP/2.0 200 OK\r\n"
                + "Via: SIP/2.0/UDP a;branch=z9hG4bKtop, SIP/2.0/UDP b;branch=z9hG4bKabc\r\n"
                + "Via: SIP/2.0/UDP c;branch=z9hG4bKabc\r\nCall-ID: call1@10.0.0.1\r\nCSeq: 1 OPTIONS");

        assertThat(response.topViaBranch()).contains("z9hG4bKtop");
        assertThat(response.answers(REQUEST)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call-ID: other@10.0.0.1", "CSeq: 2 OPTIONS", "CSeq: 1 INVITE"})
    void doesNotMatchAnotherTransaction(String differentHeader) throws Exception {
        String head = "SIP/2.0 200 OK\r\n" + MATCHING_HEADERS + "\r\n" + differentHeader;
        // Repeat the differing header first so that it is the one read.
        String reordered = "SIP/2.0 200 OK\r\n" + differentHeader + "\r\n" + MATCHING_HEADERS;

        assertThat(SipResponse.parseHead(head).answers(REQUEST)).isTrue();
        assertThat(SipResponse.parseHead(reordered).answers(REQUEST)).isFalse();
    }

    @Test
    void rejectsWhatIsNotASipResponse() {
        assertThatThrownBy(() -> SipResponse.parseHead("HTTP/1.1 200 OK\r\n" + MATCHING_HEADERS))
                .isInstanceOf(MalformedMessageException.class).hasMessage("the first line is not a SIP/2.0 status line");
        assertThatThrownBy(() -> SipResponse.parseHead("OPTIONS sip:a SIP/2.0\r\n" + MATCHING_HEADERS))
                .isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 99 Low\r\n" + MATCHING_HEADERS))
                .isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 700 High\r\n" + MATCHING_HEADERS))
                .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void rejectsResponsesMissingWhatMatchingNeeds() {
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\nCall-ID: a\r\nCSeq: 1 OPTIONS"))
                .hasMessage("the via header is missing");
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\nVia: x\r\nCSeq: 1 OPTIONS"))
                .hasMessage("the call-id header is missing");
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\nVia: x\r\nCall-ID: a\r\nCSeq: OPTIONS"))
                .hasMessage("the CSeq header is not \"<number> <method>\"");
    }

    @Test
    void rejectsBrokenHeaderLines() {
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\n" + MATCHING_HEADERS + "\r\nno colon here"))
                .hasMessage("a header line without a valid \"Name:\"");
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\n folded onto the status line\r\n"
                + MATCHING_HEADERS)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\n" + MATCHING_HEADERS + "\r\nServer: a\u001bb"))
                .hasMessage("control character U+001B in the head");
        assertThatThrownBy(() -> SipResponse.parseHead("SIP/2.0 200 OK\r\n" + MATCHING_HEADERS
                + "\r\nContent-Length: 12345678901")).hasMessage("the Content-Length header is not a number");
    }

    @Test
    void framesADatagramAndChecksItsContentLength() throws Exception {
        String head = "SIP/2.0 200 OK\r\n" + MATCHING_HEADERS + "\r\n";

        assertThat(datagram("\r\n" + head + "Content-Length: 3\r\n\r\nabc").status().code()).isEqualTo(200);
        assertThat(datagram(head + "\r\n").contentLength()).isEmpty();
        assertThatThrownBy(() -> datagram(head + "Content-Length: 4\r\n\r\nabc"))
                .hasMessage("Content-Length 4 exceeds the 3 body bytes received");
        assertThatThrownBy(() -> datagram(head)).hasMessage("no blank line ends the headers");
    }

    private static SipResponse datagram(String text) throws MalformedMessageException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return SipResponse.parseDatagram(bytes, bytes.length);
    }
}
