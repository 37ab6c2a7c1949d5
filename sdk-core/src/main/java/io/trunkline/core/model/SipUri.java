package io.trunkline.core.model;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.internal.text.Printable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SIP or SIPS URI ({@code sip:user@host:port;param=value}) as used for termination URIs and
 * outbound proxies. Parsing is strict and never resolves host names.
 *
 * <pre>{@code
 * SipUri uri = SipUri.parse("sip:+33123456789@sip.example.com:5060;transport=tcp");
 * uri.host();       // "sip.example.com"
 * uri.transport();  // Optional[TCP]
 * }</pre>
 */
public final class SipUri {

    private static final int MAX_LENGTH = 512;

    private final boolean secure;
    private final String user;
    private final String host;
    private final Integer port;
    private final Map<String, String> parameters;

    private SipUri(boolean secure, String user, String host, Integer port, Map<String, String> parameters) {
        this.secure = secure;
        this.user = user;
        this.host = host;
        this.port = port;
        // Map.copyOf would lose the order the javadoc promises and that toString (hence equals) relies on
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Parses a {@code sip:} or {@code sips:} URI.
     *
     * @param input e.g. {@code sip:sip.synthflow.ai:32681;transport=udp}
     * @return the URI
     * @throws InvalidConfigurationException saying what is wrong with {@code input}
     */
    public static SipUri parse(String input) {
        checkCharacters(input);
        String lower = input.toLowerCase(Locale.ROOT);
        boolean secure;
        String rest;
        if (lower.startsWith("sips:")) {
            secure = true;
            rest = input.substring(5);
        } else if (lower.startsWith("sip:")) {
            secure = false;
            rest = input.substring(4);
        } else {
            throw invalid(input, "does not start with sip: or sips:");
        }
        if (rest.startsWith("//")) {
            throw invalid(input, "has // after the scheme; write sip:host, not sip://host");
        }
        return parseRest(input, secure, rest);
    }

    /** Refuses what no SIP URI or host can contain, quoting the text as the user typed it. */
    private static void checkCharacters(String input) {
        if (input == null || input.isBlank()) {
            throw invalid(input, "is empty; write e.g. sip:pbx.example.com");
        }
        if (input.length() > MAX_LENGTH) {
            throw invalid(input, "is too long (" + input.length() + " characters)");
        }
        if (!input.equals(input.strip())) {
            throw invalid(input, "has leading or trailing whitespace");
        }
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c <= ' ' || c >= 0x7F || Printable.isInvisible(c)) {
                throw invalid(input, "contains " + Printable.codePoint(c) + " at position " + i + "; SIP URIs are ASCII without spaces");
            }
        }
    }

    /**
     * Parses a termination URI or SIP domain as Synthflow's dashboard accepts it: either a SIP URI or a
     * bare {@code host[:port]} (then read as {@code sip:host[:port]}).
     *
     * @param input e.g. {@code aircall.example.com} or {@code sip:aircall.example.com}
     * @return the URI
     * @throws InvalidConfigurationException saying what is wrong with {@code input}
     */
    public static SipUri parseDomainOrUri(String input) {
        // checked before "sip:" is prepended, so that the message quotes what was typed and positions match it
        checkCharacters(input);
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sip:") || lower.startsWith("sips:") || input.contains("@")) {
            return parse(input);
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw invalid(input, "is a web address; write the SIP host (e.g. pbx.example.com) or a sip: URI");
        }
        return parse("sip:" + input);
    }

    /**
     * Checks an input without throwing.
     *
     * @param input the text, may be {@code null}
     * @return why it is not a SIP URI, or {@code null} when it is one
     */
    public static String problemWith(String input) {
        try {
            parse(input);
            return null;
        } catch (InvalidConfigurationException e) {
            return e.getMessage();
        }
    }

    private static SipUri parseRest(String input, boolean secure, String rest) {
        String hostPart = rest;
        Map<String, String> params = new LinkedHashMap<>();
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            hostPart = rest.substring(0, semicolon);
            parseParameters(input, rest.substring(semicolon + 1), params);
        }
        if (hostPart.contains("?")) {
            throw invalid(input, "has URI headers (?...), which are not allowed here");
        }
        String user = null;
        int at = hostPart.lastIndexOf('@');
        if (at >= 0) {
            user = hostPart.substring(0, at);
            hostPart = hostPart.substring(at + 1);
            if (user.isEmpty() || user.contains(":")) {
                throw invalid(input, user.isEmpty() ? "has an empty user part before @" : "has a password in the user part; never put credentials in a URI");
            }
            if (user.contains("@")) {
                // "sip:+33123456789@aircall@pbx.example.com" would otherwise keep "+33123456789@aircall" as the user
                throw invalid(input, "has more than one @; write sip:user@host with a single @");
            }
        }
        HostAndPort hp = HostAndPort.parse(input, hostPart);
        SipUri uri = new SipUri(secure, user, hp.host(), hp.port(), params);
        if (secure && uri.transport().filter(t -> t == Transport.UDP).isPresent()) {
            throw invalid(input, "is a sips: URI with transport=udp; SIPS requires TLS (use transport=tls or a sip: URI)");
        }
        return uri;
    }

    private static void parseParameters(String input, String text, Map<String, String> params) {
        for (String pair : text.split(";", -1)) {
            if (pair.isEmpty()) {
                throw invalid(input, "has an empty URI parameter (;;)");
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (!name.matches("[a-z0-9\\-_.!~*'%]+")) {
                throw invalid(input, "has an invalid parameter name " + Printable.quote(name));
            }
            if (name.equals("transport") && !value.toLowerCase(Locale.ROOT).matches("udp|tcp|tls|ws|wss|sctp")) {
                throw invalid(input, "has unknown transport " + Printable.quote(value) + "; use udp, tcp or tls");
            }
            params.put(name, value);
        }
    }

    static InvalidConfigurationException invalid(String input, String problem) {
        // quoteUri masks a password typed into the user part: the message may end up in a log
        return new InvalidConfigurationException("SIP URI " + Printable.quoteUri(input) + " " + problem);
    }

    /** @return whether this is a {@code sips:} URI */
    public boolean secure() {
        return secure;
    }

    /** @return the user part (e.g. a phone number), when present */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** @return the host name or IP literal (IPv6 without brackets) */
    public String host() {
        return host;
    }

    /** @return the port, when the URI names one */
    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /** @return the URI parameters in order, names lower-cased */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** @return the {@code transport} parameter as a {@link Transport}, when it is udp, tcp or tls */
    public Optional<Transport> transport() {
        String value = parameters.get("transport");
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "udp" -> Optional.of(Transport.UDP);
            case "tcp" -> Optional.of(Transport.TCP);
            case "tls" -> Optional.of(Transport.TLS);
            default -> Optional.empty();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipUri other && toString().equalsIgnoreCase(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().toLowerCase(Locale.ROOT).hashCode();
    }

    /** @return the URI in canonical text form */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(secure ? "sips:" : "sip:");
        if (user != null) {
            sb.append(user).append('@');
        }
        sb.append(host.contains(":") ? "[" + host + "]" : host);
        if (port != null) {
            sb.append(':').append(port);
        }
        parameters.forEach((k, v) -> sb.append(';').append(k).append(v.isEmpty() ? "" : "=" + v));
        return sb.toString();
    }
}
