package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.Trunkline;
import io.trunkline.diagnostics.sip.ProbeTarget;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * An RFC 3261 {@code OPTIONS} request and the identifiers a response must echo to match it.
 *
 * @param target where the request goes
 * @param localHost our address as written in Via and Contact (IPv6 in brackets)
 * @param localPort our port
 * @param branch the Via branch, starting with RFC 3261's magic cookie {@code z9hG4bK}
 * @param fromTag the From tag
 * @param callId the Call-ID
 * @param cseq the CSeq number
 */
public record OptionsRequest(ProbeTarget target, String localHost, int localPort, String branch, String fromTag,
                             String callId, long cseq) {

    /** RFC 3261's magic cookie: a branch starting with it marks an RFC 3261 compliant transaction id. */
    public static final String BRANCH_COOKIE = "z9hG4bK";

    /** The method, as it appears in CSeq. */
    public static final String METHOD = "OPTIONS";

    /**
     * Creates a request with fresh random identifiers.
     *
     * @param target where the request goes
     * @param local our address on the socket that will carry the request
     * @param localPort our port on that socket
     * @param random the source of identifiers
     * @return the request
     */
    public static OptionsRequest create(ProbeTarget target, InetAddress local, int localPort, RandomGenerator random) {
        String host = hostOf(local);
        return new OptionsRequest(target, host, localPort, BRANCH_COOKIE + hex(random, 12), hex(random, 8),
                hex(random, 16) + "@" + host.replace("[", "").replace("]", ""), 1);
    }

    private static String hostOf(InetAddress address) {
        String literal = address.getHostAddress();
        int scope = literal.indexOf('%');
        if (scope >= 0) {
            literal = literal.substring(0, scope);
        }
        return address instanceof Inet6Address ? "[" + literal + "]" : literal;
    }

    private static String hex(RandomGenerator random, int bytes) {
        byte[] buffer = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            buffer[i] = (byte) random.nextInt(256);
        }
        return HexFormat.of().formatHex(buffer);
    }

    /** @return the request as sent, headers in RFC 3261's recommended order, CRLF line ends */
    public String text() {
        String transport = target.transport().name();
        String param = target.transport().uriParameter().toLowerCase(Locale.ROOT);
        return METHOD + " " + target.requestUri() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " " + localHost + ":" + localPort + ";branch=" + branch + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:trunkline@" + localHost + ">;tag=" + fromTag + "\r\n"
                + "To: <sip:" + target.uriHost() + ":" + target.port() + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " " + METHOD + "\r\n"
                + "Contact: <sip:trunkline@" + localHost + ":" + localPort + ";transport=" + param + ">\r\n"
                + "Accept: application/sdp\r\n"
                + "User-Agent: " + Trunkline.USER_AGENT + "\r\n"
                + "Content-Length: 0\r\n"
                + "\r\n";
    }

    /** @return {@link #text()} in UTF-8 */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
