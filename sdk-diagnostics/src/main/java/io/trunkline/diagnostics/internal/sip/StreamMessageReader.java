package io.trunkline.diagnostics.internal.sip;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Frames SIP responses on a stream transport (TCP, TLS): the head runs to the first blank line,
 * then exactly Content-Length body bytes follow (RFC 3261 section 18.3 makes Content-Length
 * mandatory on streams). CRLF keep-alives between messages are skipped.
 */
public final class StreamMessageReader {

    /** Bodies to OPTIONS are small capability descriptions; anything larger is not a probe answer. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final InputStream in;

    /** @param in the connection's input, ideally buffered */
    public StreamMessageReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the next response and discards its body.
     *
     * @return the response, or empty when the peer closed the connection between messages
     * @throws MalformedMessageException if the bytes are not a framed SIP response
     * @throws EOFException if the peer closed the connection inside a message
     * @throws IOException on any other read failure, including read timeouts
     */
    public Optional<SipResponse> next() throws IOException, MalformedMessageException {
        Optional<String> head = readHead();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        SipResponse response = SipResponse.parseHead(head.get());
        int length = response.contentLength()
                .orElseThrow(() -> new MalformedMessageException("Content-Length is missing on a stream transport"));
        if (length > MAX_BODY_BYTES) {
            throw new MalformedMessageException("Content-Length " + length + " is larger than " + MAX_BODY_BYTES);
        }
        if (in.readNBytes(length).length < length) {
            throw new EOFException("the connection closed inside a message body");
        }
        return Optional.of(response);
    }

    private Optional<String> readHead() throws IOException, MalformedMessageException {
        int b = skipKeepAlives();
        if (b < 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (true) {
            if (b < 0) {
                throw new EOFException("the connection closed inside a message head");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                byte[] bytes = head.toByteArray();
                return Optional.of(new String(bytes, 0, bytes.length - 4, StandardCharsets.UTF_8));
            }
            if (head.size() > SipResponse.MAX_HEAD_BYTES) {
                throw new MalformedMessageException("no blank line within " + SipResponse.MAX_HEAD_BYTES + " bytes");
            }
            b = in.read();
        }
    }

    private int skipKeepAlives() throws IOException {
        int b = in.read();
        while (b == '\r' || b == '\n') {
            b = in.read();
        }
        return b;
    }
}
