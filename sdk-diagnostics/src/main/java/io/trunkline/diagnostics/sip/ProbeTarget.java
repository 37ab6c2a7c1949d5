package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.internal.sip.HeaderText;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a probe goes: a host (name, IPv4 or IPv6 literal), a port and a transport.
 *
 * @param host the host name or IP literal, without brackets
 * @param port the port, 1..65535
 * @param transport the SIP transport
 */
public record ProbeTarget(String host, int port, Transport transport) {

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("(?i)[0-9a-f:.]{2,45}");

    /**
     * Normalises an IPv6 literal given in brackets and checks every part.
     *
     * @param host the host name, IPv4 literal or IPv6 literal (brackets are removed), at most 253
     *     characters, e.g. {@code sip.synthflow.ai}
     * @param port the port, 1..65535; Synthflow listens on {@link Transport#PLAIN_PORT} for UDP/TCP
     *     and {@link Transport#TLS_PORT} for TLS
     * @param transport the SIP transport the probe uses; not null
     * @throws InvalidConfigurationException if the host is not a host name or IP literal, or the port
     *     is out of range
     */
    public ProbeTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean ipv6 = host.contains(":");
        if (host.length() > 253 || !(ipv6 ? IPV6 : HOST_NAME).matcher(host).matches()) {
            throw new InvalidConfigurationException("SIP probe host " + HeaderText.quote(host)
                    + " is not a host name or IP address, e.g. sip.synthflow.ai");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidConfigurationException("SIP probe port " + port + " must be 1..65535 (Synthflow uses "
                    + Transport.PLAIN_PORT + " for UDP/TCP and " + Transport.TLS_PORT + " for TLS)");
        }
    }

    /** @return the host as written in a SIP URI: IPv6 literals in brackets */
    public String uriHost() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** @return the Request-URI of the probe, e.g. {@code sip:sip.synthflow.ai:32681;transport=udp} */
    public String requestUri() {
        return "sip:" + uriHost() + ":" + port + ";transport=" + transport.uriParameter();
    }

    /** @return e.g. {@code "sip.synthflow.ai:32681 over UDP"} */
    @Override
    public String toString() {
        return uriHost() + ":" + port + " over " + transport;
    }
}
