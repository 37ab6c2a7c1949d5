package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.IpRange;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipUri;
import io.trunkline.core.model.Transport;
import io.trunkline.core.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules for the Aircall External SIP destination. */
final class DestinationRules {

    private DestinationRules() {
    }

    static void check(SipDestination destination, DiagnosticList findings) {
        if (destination.name() == null || destination.name().isBlank()) {
            findings.error(DiagnosticCode.DESTINATION_NAME_MISSING, "destination.name", "the destination has no name",
                    "name it, e.g. \"" + SipDestination.DEFAULT_NAME + "\"; the Smartflow step selects it by name");
        }
        checkHost(destination.host(), findings);
        if (destination.transport() == null) {
            findings.error(DiagnosticCode.TRANSPORT_MISSING, "destination.transport", "the destination has no transport",
                    "set .transport(Transport.UDP), TCP or TLS, or leave it unset for UDP");
        } else {
            checkPort(destination, findings);
        }
        checkAuth(destination.auth(), findings);
    }

    private static void checkHost(String host, DiagnosticList findings) {
        String problem = problemWithHost(host);
        if (problem != null) {
            findings.error(DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                    "the destination host " + Printable.quoteUri(host) + " " + problem,
                    "use " + SipDestination.DEFAULT_HOST + " or your region's Synthflow SIP host, without scheme or port");
            return;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1); // a fully qualified name is the same host
        }
        if (!lower.equals("synthflow.ai") && !lower.endsWith(".synthflow.ai") && !lower.equals("34.138.86.8")) {
            findings.warning(DiagnosticCode.DESTINATION_HOST_NOT_SYNTHFLOW, "destination.host",
                    "the destination host " + Printable.quote(host) + " is not a Synthflow SIP host",
                    "use " + SipDestination.DEFAULT_HOST + " unless Synthflow support gave you another host");
        }
    }

    /** @return why {@code host} is not a bare host name or IP literal, or {@code null} */
    private static String problemWithHost(String host) {
        if (host == null || host.isBlank()) {
            return "is missing";
        }
        if (host.contains("@") || host.contains(";")) {
            return "is not a bare host name (no user part or URI parameters)";
        }
        String problem = SipUri.problemWith("sip:" + host);
        if (problem != null) {
            return "is not a valid host name";
        }
        // A port here would be silently ignored or doubled: the port is its own field
        if (SipUri.parse("sip:" + host).port().isPresent()) {
            return "includes a port; set the port with port(..) or portOverride(..) instead";
        }
        return null;
    }

    private static void checkPort(SipDestination destination, DiagnosticList findings) {
        int port = destination.port();
        Transport transport = destination.transport();
        if (port < 1 || port > 65535) {
            findings.error(DiagnosticCode.PORT_OUT_OF_RANGE, "destination.port", "port " + port + " is outside 1-65535",
                    "use " + transport.defaultPort() + " for " + transport);
            return;
        }
        if (port == transport.defaultPort()) {
            return;
        }
        if (destination.portOverridden()) {
            findings.warning(DiagnosticCode.PORT_OVERRIDDEN, "destination.port",
                    "port " + port + " differs from Synthflow's " + transport.defaultPort() + " for " + transport,
                    "keep the override only if a proxy listens on " + port);
        } else {
            String hint = port == Transport.TLS_PORT ? " (32682 is Synthflow's TLS port)"
                    : port == Transport.PLAIN_PORT ? " (32681 is Synthflow's UDP/TCP port)" : "";
            findings.error(DiagnosticCode.PORT_TRANSPORT_MISMATCH, "destination.port",
                    "port " + port + " does not match transport " + transport + hint,
                    "use port " + transport.defaultPort() + " for " + transport
                            + ", or portOverride(" + port + ") if the port is deliberate");
        }
    }

    private static void checkAuth(SipAuth auth, DiagnosticList findings) {
        if (auth == null) {
            findings.error(DiagnosticCode.AUTH_MISSING, "destination.auth", "the destination has no authentication",
                    "use SipAuth.ipAllowlist(<Synthflow signalling IPs>) or SipAuth.credentials(user, password)");
            return;
        }
        if (auth instanceof SipAuth.IpAllowlist allowlist) {
            checkAllowlist(allowlist.entries(), findings);
        } else if (auth instanceof SipAuth.Credentials credentials) {
            checkCredentials(credentials, "destination.auth", findings);
        }
    }

    private static void checkAllowlist(List<String> entries, DiagnosticList findings) {
        if (entries.isEmpty()) {
            findings.error(DiagnosticCode.ALLOWLIST_EMPTY, "destination.auth.allowlist", "the IP allowlist is empty",
                    "add Synthflow's SIP signalling IPs (global: 34.138.86.8; ask Synthflow support for the current list)");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "destination.auth.allowlist[" + i + "]";
            String entry = entries.get(i);
            String uriProblem = UriEntry.problemWith(entry);
            if (uriProblem != null) {
                findings.error(DiagnosticCode.ALLOWLIST_ENTRY_IS_URI, path, "the allowlist entry " + Printable.quoteUri(entry) + " "
                        + uriProblem, "keep only the address: no scheme, user part, port or parameters");
                continue;
            }
            String problem = IpRange.problemWith(entry);
            if (problem != null) {
                // IpRange quotes the entry itself; the path names which one
                findings.error(DiagnosticCode.ALLOWLIST_ENTRY_INVALID, path, problem,
                        "write an IPv4/IPv6 address or CIDR block, e.g. 34.138.86.8 or 34.73.190.0/24");
                continue;
            }
            IpRange range = IpRange.parse(entry);
            if (range.isPrivate()) {
                findings.warning(DiagnosticCode.ALLOWLIST_ENTRY_PRIVATE, path, entry + " is a private or loopback address",
                        "allowlist Synthflow's public signalling IPs instead");
            }
            if (!seen.add(range.toString())) {
                findings.warning(DiagnosticCode.ALLOWLIST_ENTRY_DUPLICATE, path, entry + " appears more than once",
                        "remove the duplicate");
            }
        }
    }

    static void checkCredentials(SipAuth.Credentials credentials, String path, DiagnosticList findings) {
        if (credentials.username() == null || credentials.username().isBlank()) {
            findings.error(DiagnosticCode.CREDENTIALS_USERNAME_BLANK, path + ".username",
                    "the SIP username is " + (credentials.username() == null ? "missing" : "blank"),
                    "copy the SIP username from the Synthflow SIP number settings");
        }
        if (credentials.password() == null) {
            findings.error(DiagnosticCode.CREDENTIALS_PASSWORD_MISSING, path + ".password", "the SIP password is missing",
                    "pass the SIP password from the Synthflow SIP number settings, e.g. Secret.fromEnv(\"SIP_PASSWORD\")");
        }
    }
}
