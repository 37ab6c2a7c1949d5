package io.trunkline.diagnostics.sip;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the responses a scripted peer sends, echoing what RFC 3261 says a UAS must echo. */
final class SipMessages {

    private SipMessages() {
    }

    /** The value of header {@code name} in {@code request}, which must be there. */
    static String header(String request, String name) {
        Matcher m = Pattern.compile("(?imd)^" + Pattern.quote(name) + ":\\s*(.*?)\\r$").matcher(request);
        if (!m.find()) {
            throw new AssertionError("no " + name + " header in:\n" + request);
        }
        return m.group(1);
    }

    /** A response to {@code request} with the given status line tail and extra header lines. */
    static String response(String request, String status, String... extraHeaders) {
        return responseWithVia(request, status, header(request, "Via"), extraHeaders);
    }

    /** A response echoing {@code via} instead of the request's Via, e.g. to fake another transaction. */
    static String responseWithVia(String request, String status, String via, String... extraHeaders) {
        StringBuilder sb = new StringBuilder("SIP/2.0 ").append(status).append("\r\n")
                .append("Via: ").append(via).append("\r\n")
                .append("From: ").append(header(request, "From")).append("\r\n")
                .append("To: ").append(header(request, "To")).append(";tag=peer1\r\n")
                .append("Call-ID: ").append(header(request, "Call-ID")).append("\r\n")
                .append("CSeq: ").append(header(request, "CSeq")).append("\r\n");
        for (String extra : extraHeaders) {
            sb.append(extra).append("\r\n");
        }
        return sb.append("Content-Length: 0\r\n\r\n").toString();
    }

    /** The request's Via with its branch replaced, as a response to some other transaction would carry. */
    static String viaWithOtherBranch(String request) {
        return header(request, "Via").replaceAll("branch=[^;]+", "branch=z9hG4bKsomeoneelse");
    }
}
