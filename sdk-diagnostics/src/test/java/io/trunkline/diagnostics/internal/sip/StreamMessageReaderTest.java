package io.trunkline.diagnostics.internal.sip;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamMessageReaderTest {

    private static final String HEADERS = "Via: SIP/2.0/TCP h;branch=z9hG4bKx\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\n";

    private static StreamMessageReader reader(String stream) {
        return new StreamMessageReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBackToBackMessagesUsingContentLengthAndSkipsKeepAlives() throws Exception {
        StreamMessageReader reader = reader("\r\n\r\nSIP/2.0 100 Trying\r\n" + HEADERS + "Content-Length: 6\r\n\r\n\r\n\r\nab"
                + "\r\nSIP/2.0 200 OK\r\n" + HEADERS + "Content-Length: 0\r\n\r\n");

        assertThat(reader.next()).hasValueSatisfying(r -> assertThat(r.status().code()).isEqualTo(100));
        assertThat(reader.next()).hasValueSatisfying(r -> assertThat(r.status().code()).isEqualTo(200));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void findsTheEndOfTheHeadAfterAStrayCarriageReturn() throws Exception {
        assertThat(reader("SIP/2.0 200 OK\r\n" + HEADERS.replace("Call-ID: c", "Call-ID: c\r") + "Content-Length: 0\r\n\r\n")
                .next()).isPresent();
    }

    @Test
    void requiresContentLengthOnAStream() {
        assertThatThrownBy(() -> reader("SIP/2.0 200 OK\r\n" + HEADERS + "\r\n").next())
                .isInstanceOf(MalformedMessageException.class)
                .hasMessage("Content-Length is missing on a stream transport");
    }

    @Test
    void reportsAConnectionClosedInsideAMessage() {
        assertThatThrownBy(() -> reader("SIP/2.0 200 OK\r\n" + HEADERS).next())
                .isInstanceOf(EOFException.class).hasMessageContaining("inside a message head");
        assertThatThrownBy(() -> reader("SIP/2.0 200 OK\r\n" + HEADERS + "Content-Length: 9\r\n\r\nabc").next())
                .isInstanceOf(EOFException.class).hasMessageContaining("inside a message body");
    }

    @Test
    void refusesOversizedHeadsAndBodies() {
        assertThatThrownBy(() -> reader("SIP/2.0 200 OK\r\nServer: " + "x".repeat(SipResponse.MAX_HEAD_BYTES)).next())
                .isInstanceOf(MalformedMessageException.class).hasMessageStartingWith("no blank line within");
        assertThatThrownBy(() -> reader("SIP/2.0 200 OK\r\n" + HEADERS + "Content-Length: 999999\r\n\r\n").next())
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("is larger than");
    }
}
