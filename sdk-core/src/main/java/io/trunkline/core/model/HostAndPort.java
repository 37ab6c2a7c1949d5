package io.trunkline.core.model;

import io.trunkline.core.internal.text.Printable;

/**
 * A host (DNS name, IPv4 or bracketed IPv6 literal) with an optional port, parsed without any DNS
 * lookup.
 *
 * @param host the host name or IP literal, IPv6 without brackets
 * @param port the port, or {@code null} when absent
 */
record HostAndPort(String host, Integer port) {

    /** The longest IPv6 literal, e.g. {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}. */
    private static final int MAX_IPV6_LENGTH = 45;
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final String HOSTNAME = "(" + LABEL + "\\.)*" + LABEL + "\\.?";

    static HostAndPort parse(String input, String text) {
        if (text.isEmpty()) {
            throw SipUri.invalid(input, "has no host");
        }
        String host;
        String portText = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw SipUri.invalid(input, "has an unclosed [ in its IPv6 host");
            }
            host = text.substring(1, close);
            String after = text.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw SipUri.invalid(input, "has unexpected text after the IPv6 host");
                }
                portText = after.substring(1);
            }
            if (IpRange.problemWithAddress(host) != null || !host.contains(":")) {
                throw SipUri.invalid(input, "has an invalid IPv6 host " + Printable.quote(host));
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                throw SipUri.invalid(input, secondColonProblem(text));
            }
            host = colon < 0 ? text : text.substring(0, colon);
            portText = colon < 0 ? null : text.substring(colon + 1);
            checkHost(input, host);
        }
        return new HostAndPort(host, portText == null ? null : parsePort(input, portText));
    }

    /**
     * Only text that can be an IPv6 literal gets the bracket advice, and it is short: echoing the
     * whole text made messages as long as the input and told people to bracket "host:5060:5060".
     */
    private static String secondColonProblem(String text) {
        if (text.length() <= MAX_IPV6_LENGTH && text.matches("[0-9A-Fa-f:.]+")) {
            return "has an IPv6 host without brackets; write it as [" + text + "]";
        }
        return "has more than one ':' after the host " + Printable.quote(text.substring(0, text.indexOf(':')))
                + "; write host:port once, and IPv6 hosts in brackets";
    }

    private static void checkHost(String input, String host) {
        if (host.length() > 253) {
            throw SipUri.invalid(input, "has a host name longer than 253 characters");
        }
        if (host.matches("[0-9.]+")) {
            if (IpRange.problemWithAddress(host) != null) {
                throw SipUri.invalid(input, "has an invalid IPv4 host " + Printable.quote(host));
            }
        } else if (!host.matches(HOSTNAME)) {
            throw SipUri.invalid(input, "has an invalid host name " + Printable.quote(host));
        }
    }

    private static int parsePort(String input, String text) {
        if (!text.matches("[0-9]{1,5}")) {
            throw SipUri.invalid(input, "has an invalid port " + Printable.quote(text));
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw SipUri.invalid(input, "has port " + port + " outside 1-65535");
        }
        return port;
    }

}
