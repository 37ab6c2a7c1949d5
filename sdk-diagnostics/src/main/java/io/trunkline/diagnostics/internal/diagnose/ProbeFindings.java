package io.trunkline.diagnostics.internal.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.sip.ProbeResult;
import io.trunkline.diagnostics.sip.ProbeTarget;
import java.util.List;
import java.util.Optional;

/**
 * Explains SIP probe results. A probe runs from wherever the SDK runs, not from Aircall, so a
 * finding here describes that network path; the causes say so where it matters.
 */
public final class ProbeFindings {

    /** Synthflow's global media (RTP/RTCP) addresses, per its SIP trunking ACL page. */
    static final String MEDIA_IPS = "34.73.190.14, 35.237.117.4 and 34.148.74.207";

    private ProbeFindings() {
    }

    /**
     * @param plan the plan; its destination, when set, tells which probe matches Aircall's settings
     * @param results the probe results
     * @param findings where to add the findings
     */
    public static void check(IntegrationPlan plan, List<ProbeResult> results, DiagnosticList findings) {
        Optional<SipDestination> destination = plan.destination();
        for (ProbeResult result : results) {
            explain(result, findings);
        }
        destination.ifPresent(d -> checkTransportAndPort(d, results, findings));
        results.stream().filter(r -> r.outcome() == ProbeResult.Outcome.REACHABLE).findFirst()
                .ifPresent(r -> remindRtp(r, findings));
    }

    private static void explain(ProbeResult result, DiagnosticList findings) {
        ProbeTarget target = result.target();
        String evidence = "SIP probe: " + result.summary();
        String subject = "SIP probe of " + target;
        switch (result.outcome()) {
            case NO_ANSWER -> findings.error(DiagnosticCode.SIGNALLING_UNREACHABLE, subject, evidence,
                    "a firewall between this machine and Synthflow drops SIP on " + target.transport() + " port "
                            + target.port() + " (Synthflow listens on UDP/TCP " + Transport.PLAIN_PORT + " and TLS "
                            + Transport.TLS_PORT + "), or the host is not a Synthflow SIP host",
                    "allow outbound " + target.transport() + " to " + target.host() + " port " + target.port()
                            + " and its replies (Synthflow's global signalling IP is 34.138.86.8); if Aircall's calls"
                            + " time out too, ask Synthflow support for your region's signalling IPs and allowlist them");
            case REFUSED -> findings.error(DiagnosticCode.SIGNALLING_REFUSED, subject, evidence, refusedCause(target),
                    "use " + SipDestination.DEFAULT_HOST + " (or your region's Synthflow host) with port "
                            + target.transport().defaultPort() + " for " + target.transport());
            case TLS_HANDSHAKE_FAILED -> findings.error(DiagnosticCode.TLS_HANDSHAKE_FAILED, subject, evidence, tlsCause(target),
                    "for TLS use host " + SipDestination.DEFAULT_HOST + " and port " + Transport.TLS_PORT
                            + "; make sure this JVM trusts the certificate's CA");
            case UNKNOWN_HOST -> findings.error(DiagnosticCode.SIP_HOST_UNRESOLVED, subject, evidence,
                    "the host name is mistyped, or this machine's DNS cannot resolve it",
                    "use " + SipDestination.DEFAULT_HOST + " or the regional host Synthflow support gave you");
            case SIP_ERROR -> findings.warning(DiagnosticCode.SIGNALLING_REJECTED, subject, evidence,
                    result.status().map(s -> s.meaning()).orElse("the peer rejected the probe")
                            + "; the SIP port is reachable, and many SIP servers reject OPTIONS from addresses they"
                            + " do not know while accepting INVITEs from allowlisted peers",
                    "if calls from Aircall fail too, check the destination's authentication (allowlist or"
                            + " credentials); otherwise signalling is fine");
            case INVALID_RESPONSE, TRANSPORT_ERROR -> findings.error(DiagnosticCode.SIGNALLING_BROKEN, subject, evidence,
                    "something other than a SIP server answers on this port (a proxy, a TLS port probed in clear,"
                            + " a middlebox rewriting SIP), or it closes the connection",
                    "probe " + SipDestination.DEFAULT_HOST + " on port " + target.transport().defaultPort() + " over "
                            + target.transport() + "; disable any SIP ALG on the firewall in between");
            case REACHABLE -> {
                // nothing wrong; the RTP reminder is added once for all probes
            }
            default -> throw new IllegalStateException("unhandled probe outcome " + result.outcome());
        }
    }

    private static String refusedCause(ProbeTarget target) {
        if (target.port() != target.transport().defaultPort()) {
            return "port " + target.port() + " is not Synthflow's port for " + target.transport() + " ("
                    + target.transport().defaultPort() + "), so nothing listens there";
        }
        return "the host is not Synthflow's SIP server (or not for this region), so nothing listens on "
                + target.transport() + " port " + target.port();
    }

    private static String tlsCause(ProbeTarget target) {
        if (target.port() != Transport.TLS_PORT) {
            return "port " + target.port() + " does not speak TLS: Synthflow's TLS port is " + Transport.TLS_PORT;
        }
        if (target.host().matches("[0-9.]+") || target.host().contains(":")) {
            return "the probe used an IP address, but the certificate is issued for a host name such as "
                    + SipDestination.DEFAULT_HOST;
        }
        return "the certificate is not trusted by this JVM, or is not issued for " + target.host();
    }

    private static void checkTransportAndPort(SipDestination destination, List<ProbeResult> results,
                                              DiagnosticList findings) {
        Optional<ProbeResult> failedAtDestination = results.stream()
                .filter(r -> r.target().transport() == destination.transport() && r.target().port() == destination.port())
                .filter(r -> !r.outcome().sipPeerAnswered())
                .findFirst();
        if (failedAtDestination.isEmpty()) {
            return;
        }
        Optional<ProbeResult> answeredElsewhere = results.stream()
                .filter(r -> r.outcome() == ProbeResult.Outcome.REACHABLE)
                .filter(r -> r.target().transport() != destination.transport() || r.target().port() != destination.port())
                .findFirst();
        answeredElsewhere.ifPresent(other -> {
            ProbeTarget t = other.target();
            String evidence = "the destination's " + destination.transport() + " port " + destination.port()
                    + " failed (" + failedAtDestination.get().outcome() + ") but Synthflow answered on " + t;
            if (t.transport() == destination.transport()) {
                findings.error(DiagnosticCode.PORT_TRANSPORT_MISMATCH, "destination.port", evidence,
                        "the Aircall destination uses port " + destination.port() + ", where Synthflow does not answer"
                                + " over " + destination.transport(),
                        "set the destination port to " + t.port() + " for " + t.transport());
            } else {
                findings.error(DiagnosticCode.TRANSPORT_MISMATCH, "destination.transport", evidence,
                        destination.transport() + " to Synthflow is blocked or not served on this path while "
                                + t.transport() + " works",
                        "switch the Aircall destination to " + t.transport() + " (port " + t.transport().defaultPort()
                                + "), or open " + destination.transport() + " port " + destination.port());
            }
        });
    }

    private static void remindRtp(ProbeResult reachable, DiagnosticList findings) {
        findings.info(DiagnosticCode.RTP_MEDIA_PORTS, "RTP media", "SIP signalling reached " + reachable.target()
                        + "; media (RTP) is not probed",
                "if UDP 10000-60000 to Synthflow's media IPs (global: " + MEDIA_IPS + ") is blocked, calls connect"
                        + " but stay silent (no audio, or audio one way)",
                "allow UDP 10000-60000 in both directions between Aircall and Synthflow's media IPs (ask Synthflow"
                        + " support for the US/EU lists); offer G.711 u-law/A-law or Opus");
    }
}
