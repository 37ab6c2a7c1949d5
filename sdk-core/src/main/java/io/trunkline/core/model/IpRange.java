package io.trunkline.core.model;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.internal.validation.UriEntry;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IP address or CIDR block for an IP allowlist, e.g. {@code 34.138.86.8} or
 * {@code 34.73.190.0/24}, IPv4 or IPv6. Parsed without DNS; host names are refused because an
 * allowlist holds addresses.
 *
 * @param address the address as written (IPv6 without brackets)
 * @param prefixLength the CIDR prefix length; 32 (IPv4) or 128 (IPv6) for a single address
 */
public record IpRange(String address, int prefixLength) {

    /**
     * Checks the fields; prefer {@link #parse(String)}.
     *
     * @param address the address as written (IPv6 without brackets)
     * @param prefixLength the CIDR prefix length; 32 (IPv4) or 128 (IPv6) for a single address
     */
    public IpRange {
        String problem = problemWithAddress(address);
        if (problem != null) {
            throw new InvalidConfigurationException("IP address " + Printable.quote(address) + " " + problem);
        }
        int max = address.contains(":") ? 128 : 32;
        if (prefixLength < 0 || prefixLength > max) {
            throw new InvalidConfigurationException("CIDR prefix /" + prefixLength + " is outside 0-" + max + " for " + address);
        }
    }

    /**
     * Parses an address or CIDR block.
     *
     * @param input e.g. {@code 34.138.86.8}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}
     * @return the range
     * @throws InvalidConfigurationException saying what is wrong
     */
    public static IpRange parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidConfigurationException("IP allowlist entry " + Printable.quote(input) + " is empty");
        }
        if (input.length() > 64) {
            throw new InvalidConfigurationException("IP allowlist entry " + Printable.quote(input) + " is too long");
        }
        if (!input.equals(input.strip())) {
            throw new InvalidConfigurationException("IP allowlist entry " + Printable.quote(input)
                    + " has leading or trailing whitespace; remove it");
        }
        String uriProblem = UriEntry.problemWith(input);
        if (uriProblem != null) {
            // before the '/' split: "https://34.138.86.8/" would otherwise be judged as the address "https:"
            throw new InvalidConfigurationException("IP allowlist entry " + Printable.quoteUri(input) + " " + uriProblem);
        }
        int slash = input.indexOf('/');
        String address = slash < 0 ? input : input.substring(0, slash);
        String problem = problemWithAddress(address);
        if (problem != null) {
            throw new InvalidConfigurationException("IP allowlist entry " + Printable.quote(input) + " " + problem);
        }
        int max = address.contains(":") ? 128 : 32;
        if (slash < 0) {
            return new IpRange(address, max);
        }
        String prefix = input.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > max) {
            throw new InvalidConfigurationException("IP allowlist entry " + Printable.quote(input)
                    + " has an invalid CIDR prefix; use /0 to /" + max);
        }
        return new IpRange(address, Integer.parseInt(prefix));
    }

    /**
     * Checks an input without throwing.
     *
     * @param input the text, may be {@code null}
     * @return why it is not an address or CIDR block, or {@code null} when it is one
     */
    public static String problemWith(String input) {
        try {
            parse(input);
            return null;
        } catch (InvalidConfigurationException e) {
            return e.getMessage();
        }
    }

    static String problemWithAddress(String address) {
        if (address == null || address.isEmpty()) {
            return "is empty";
        }
        if (!address.equals(address.strip())) {
            return "has leading or trailing whitespace; remove it";
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                // say which character: a fullwidth digit or a zero-width space is invisible to the reader
                return "contains " + Printable.codePoint(c) + " at position " + i
                        + "; type the address in ASCII digits, dots and colons";
            }
        }
        if (address.startsWith("[") || address.endsWith("]")) {
            return "has brackets; write IPv6 addresses without brackets in an allowlist, e.g. 2001:db8::1";
        }
        if (address.matches("[0-9.]+:[0-9]*")) {
            return "includes a port; an allowlist holds addresses only, e.g. 34.138.86.8";
        }
        String uriProblem = UriEntry.problemWith(address);
        if (uriProblem != null) {
            return uriProblem;
        }
        if (address.contains(":")) {
            return problemWithIpv6(address);
        }
        if (address.matches(".*[A-Za-z].*")) {
            return "is not an IP address (host names are not allowed in an allowlist)";
        }
        if (!address.matches("[0-9.]+")) {
            return "is not an IP address; write a dotted-quad IPv4 or an IPv6 address";
        }
        String[] octets = address.split("\\.", -1);
        if (octets.length != 4) {
            return "is not a dotted-quad IPv4 address";
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.startsWith("0"))
                    || Integer.parseInt(octet) > 255) {
                return "has an invalid octet " + Printable.quote(octet);
            }
        }
        return null;
    }

    private static String problemWithIpv6(String address) {
        if (!address.matches("[0-9A-Fa-f:.]+") || address.indexOf("::") != address.lastIndexOf("::")
                || address.contains(":::")) {
            return "is not a valid IPv6 address";
        }
        try {
            // Safe: a literal containing ':' is parsed, never looked up in DNS.
            InetAddress.getByName(address);
            return null;
        } catch (UnknownHostException e) {
            return "is not a valid IPv6 address";
        }
    }

    /** @return whether this range is loopback, private or link-local (never Synthflow's signalling) */
    public boolean isPrivate() {
        try {
            InetAddress a = InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || isUniqueLocalIpv6(a);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** fc00::/7 (RFC 4193) is IPv6's private range; InetAddress only knows the deprecated fec0::/10. */
    private static boolean isUniqueLocalIpv6(InetAddress a) {
        return a.getAddress().length == 16 && (a.getAddress()[0] & 0xFE) == 0xFC;
    }

    /** @return {@code address/prefix}, or the bare address for a single host */
    @Override
    public String toString() {
        int max = address.contains(":") ? 128 : 32;
        return prefixLength == max ? address : address + "/" + prefixLength;
    }
}
