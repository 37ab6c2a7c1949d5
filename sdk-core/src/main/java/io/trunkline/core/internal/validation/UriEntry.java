package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.text.Printable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a URI pasted where a bare IP address belongs ({@code sip:34.138.86.8},
 * {@code https://34.138.86.8/}), so that it is called what it is, with the address to write
 * instead. Shared by {@code IpRange} and the allowlist rule.
 */
public final class UriEntry {

    /**
     * A SIP, SIPS or tel scheme, or any scheme followed by {@code //}: neither an IPv6 literal
     * ({@code fe80::1}) nor a {@code host:port} ({@code pbx.example.com:5060}) looks like that.
     */
    private static final Pattern URI = Pattern.compile("(?i)(sips?|tel|[a-z][a-z0-9+.-]*(?=://)):(//)?(.*)",
            Pattern.DOTALL);
    /** After the scheme: an optional user part, the host (bracketed IPv6 or anything up to a delimiter). */
    private static final Pattern HOST = Pattern.compile("(?:[^@/?#;]*@)?(\\[[^\\]]*]|[^:/?#;]*).*", Pattern.DOTALL);
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private UriEntry() {
    }

    /**
     * @param entry an allowlist entry as written, may be {@code null}
     * @return why the entry is a URI and what to write instead, or {@code null} when it is not a URI
     */
    public static String problemWith(String entry) {
        if (entry == null) {
            return null;
        }
        Matcher uri = URI.matcher(entry.strip());
        if (!uri.matches()) {
            return null;
        }
        String scheme = uri.group(1).toLowerCase(Locale.ROOT);
        String kind = scheme.equals("sip") || scheme.equals("sips") ? "a SIP URI" : "a " + scheme + ": URI";
        Matcher host = HOST.matcher(uri.group(3));
        String address = host.matches() ? host.group(1).replaceAll("^\\[|]$", "") : "";
        if (IPV4.matcher(address).matches() || address.contains(":")) {
            return "is " + kind + ", not an IP address; an allowlist holds bare addresses: write " + address;
        }
        return "is " + kind + ", not an IP address; an allowlist holds bare addresses (host names are not allowed)"
                + (address.isEmpty() ? "" : ": write the IP address(es) of " + Printable.quote(address));
    }
}
