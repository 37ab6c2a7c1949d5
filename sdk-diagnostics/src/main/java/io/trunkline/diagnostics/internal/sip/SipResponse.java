package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.diagnostic.SipStatus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed SIP response head: status line and headers. Header names are case-insensitive and
 * compact forms ({@code v}, {@code f}, {@code t}, {@code i}, {@code l}…) are expanded; folded lines
 * (a line starting with white space continues the previous header) are joined.
 *
 * @param status the status line
 * @param headers lower-cased full header names to their values, in order of appearance
 */
public record SipResponse(SipStatus status, Map<String, List<String>> headers) {

    /** The largest head we accept; a SIP response head is a few hundred bytes. */
    public static final int MAX_HEAD_BYTES = 16 * 1024;

    private static final Pattern STATUS_LINE = Pattern.compile("SIP/2\\.0 ([1-6][0-9]{2}) ?([^\\r\\n]*)");
    private static final Pattern CSEQ = Pattern.compile("([0-9]{1,10})\\s+([A-Za-z]+)");
    private static final Pattern BRANCH = Pattern.compile("(?i);\\s*branch\\s*=\\s*([^;,\\s]+)");
    private static final Map<String, String> COMPACT = Map.ofEntries(
            Map.entry("v", "via"), Map.entry("f", "from"), Map.entry("t", "to"), Map.entry("i", "call-id"),
            Map.entry("l", "content-length"), Map.entry("m", "contact"), Map.entry("c", "content-type"),
            Map.entry("e", "content-encoding"), Map.entry("k", "supported"), Map.entry("s", "subject"));

    /** Copies the header lists. */
    public SipResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Map.copyOf(copy);
    }

    /**
     * Parses a response head: the status line and header lines, without the blank line that ends it.
     *
     * @param head the head, lines ended by CRLF (a bare LF is tolerated)
     * @return the response
     * @throws MalformedMessageException if it is not a SIP/2.0 response or a header line is broken
     */
    public static SipResponse parseHead(String head) throws MalformedMessageException {
        rejectControlCharacters(head);
        List<String> lines = unfold(head.split("\r?\n", -1));
        Matcher status = STATUS_LINE.matcher(lines.get(0));
        if (!status.matches()) {
            throw new MalformedMessageException("the first line is not a SIP/2.0 status line");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            addHeader(headers, line);
        }
        SipResponse response = new SipResponse(
                new SipStatus(Integer.parseInt(status.group(1)), status.group(2).strip()), headers);
        response.requireMatchingHeaders();
        return response;
    }

    /**
     * Parses a whole datagram: head, blank line, and a body no shorter than Content-Length says.
     *
     * @param datagram the received bytes
     * @param length how many of them are valid
     * @return the response
     * @throws MalformedMessageException if the datagram is not one well-formed SIP response
     */
    public static SipResponse parseDatagram(byte[] datagram, int length) throws MalformedMessageException {
        String text = new String(datagram, 0, length, StandardCharsets.UTF_8);
        int start = 0;
        while (text.startsWith("\r\n", start)) {
            start += 2;
        }
        int end = text.indexOf("\r\n\r\n", start);
        if (end < 0) {
            throw new MalformedMessageException("no blank line ends the headers");
        }
        SipResponse response = parseHead(text.substring(start, end));
        int bodyBytes = length - (text.substring(0, end + 4).getBytes(StandardCharsets.UTF_8).length);
        Optional<Integer> declared = response.contentLength();
        if (declared.isPresent() && declared.get() > bodyBytes) {
            throw new MalformedMessageException("Content-Length " + declared.get() + " exceeds the "
                    + bodyBytes + " body bytes received");
        }
        return response;
    }

    private static void rejectControlCharacters(String head) throws MalformedMessageException {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
                throw new MalformedMessageException(String.format("control character U+%04X in the head", (int) c));
            }
        }
    }

    private static List<String> unfold(String[] rawLines) throws MalformedMessageException {
        List<String> lines = new ArrayList<>();
        for (String line : rawLines) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && lines.size() > 1) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.strip());
            } else if (continuation || line.isEmpty()) {
                throw new MalformedMessageException(lines.isEmpty() ? "the message starts with white space"
                        : "an empty or misplaced continuation line in the head");
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void addHeader(Map<String, List<String>> headers, String line) throws MalformedMessageException {
        int colon = line.indexOf(':');
        String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!SipGrammar.isToken(name)) {
            throw new MalformedMessageException("a header line without a valid \"Name:\"");
        }
        name = COMPACT.getOrDefault(name, name);
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }

    private void requireMatchingHeaders() throws MalformedMessageException {
        for (String required : List.of("via", "call-id", "cseq")) {
            if (first(required).isEmpty()) {
                throw new MalformedMessageException("the " + required + " header is missing");
            }
        }
        if (!CSEQ.matcher(first("cseq").get()).matches()) {
            throw new MalformedMessageException("the CSeq header is not \"<number> <method>\"");
        }
        if (contentLength().isEmpty() && first("content-length").isPresent()) {
            throw new MalformedMessageException("the Content-Length header is not a number");
        }
    }

    /**
     * @param name a full header name, any case
     * @return the first value of that header, if present
     */
    public Optional<String> first(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the Content-Length, if the header is present and a number */
    public Optional<Integer> contentLength() {
        return first("content-length").filter(v -> v.matches("[0-9]{1,9}")).map(Integer::valueOf);
    }

    /** @return the branch parameter of the topmost Via value, if any */
    public Optional<String> topViaBranch() {
        String topVia = first("via").orElse("");
        int comma = topVia.indexOf(',');
        Matcher branch = BRANCH.matcher(comma < 0 ? topVia : topVia.substring(0, comma));
        return branch.find() ? Optional.of(branch.group(1)) : Optional.empty();
    }

    /** @return the Server header, or failing that the User-Agent header, or {@code ""} */
    public String server() {
        return first("server").or(() -> first("user-agent")).orElse("");
    }

    /**
     * Whether this response belongs to {@code request}'s client transaction: same top Via branch
     * (RFC 3261 section 17.1.3), and, to be strict, the same Call-ID and CSeq.
     *
     * @param request the request we sent
     * @return whether it matches
     */
    public boolean answers(OptionsRequest request) {
        Matcher cseq = CSEQ.matcher(first("cseq").orElse(""));
        return topViaBranch().filter(request.branch()::equals).isPresent()
                && first("call-id").filter(request.callId()::equals).isPresent()
                && cseq.matches()
                && Long.parseLong(cseq.group(1)) == request.cseq()
                && cseq.group(2).equals(OptionsRequest.METHOD);
    }
}
