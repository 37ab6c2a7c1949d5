package io.trunkline.core.internal.finding;

import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.SipStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A telephony error from a call log, {@code Telephony - <SIP code> - <text>}, with what it means in
 * an Aircall–Synthflow setup. Fixes follow Synthflow's telephony-errors page where it gives one
 * (400, 401, 403, 407, 603); the others are the standard SIP meaning applied to this setup.
 *
 * @param status the SIP status of the error
 * @param code the finding code
 * @param severity how serious it is
 * @param cause the likely cause; {@code {leg}} stands for the SIP leg that failed
 * @param fix the fix
 */
record TelephonyError(SipStatus status, DiagnosticCode code, Severity severity, String cause, String fix) {

    private static final Pattern FORMAT = Pattern.compile("(?is)\\s*telephony\\s*-\\s*([1-6][0-9]{2})\\s*-\\s*(.*)");

    private record Entry(DiagnosticCode code, Severity severity, String cause, String fix) {
    }

    private static final Severity ERROR = Severity.ERROR;
    private static final Severity WARNING = Severity.WARNING;

    private static final Map<Integer, Entry> KNOWN = Map.ofEntries(
            Map.entry(400, new Entry(DiagnosticCode.TELEPHONY_400_BAD_REQUEST, ERROR,
                    "{leg} was malformed, usually because the number in the To header is not in E.164 form"
                            + " (Synthflow: 'Invalid phone number')",
                    "use E.164 everywhere (e.g. +33123456789): in the transfer action's number (the DID of the Aircall"
                            + " line that rings the target) and in the SIP number; keep the termination URI a plain SIP URI")),
            Map.entry(401, new Entry(DiagnosticCode.TELEPHONY_401_UNAUTHORIZED, ERROR,
                    "the peer challenged {leg} and the trunk credentials did not satisfy it",
                    "check the trunk credentials: copy the username and password into the Synthflow SIP number exactly"
                            + " as Aircall expects them; if Aircall authenticates by IP, allow Synthflow's signalling IPs")),
            Map.entry(403, new Entry(DiagnosticCode.TELEPHONY_403_FORBIDDEN, ERROR,
                    "the peer refused {leg}: the caller ID is not authorised (Synthflow: 'Caller ID is unauthorized'),"
                            + " or Synthflow's address is not allowed",
                    "use a purchased or verified caller ID (for transfers, a number Aircall accepts, such as the Aircall"
                            + " DID); check that Synthflow's signalling IPs are allowed on Aircall's side")),
            Map.entry(404, new Entry(DiagnosticCode.TELEPHONY_404_NOT_FOUND, ERROR,
                    "the peer does not know the number or user {leg} asked for: the transfer dials a number that is"
                            + " not an Aircall line, or the termination URI points to the wrong SIP domain",
                    "make each transfer dial the E.164 DID of the Aircall line that rings the target"
                            + " (TransferTarget.viaLine), and check the termination URI is Aircall's SIP address")),
            Map.entry(407, new Entry(DiagnosticCode.TELEPHONY_407_PROXY_AUTHENTICATION_REQUIRED, ERROR,
                    "a proxy demanded digest authentication for {leg}",
                    "set the trunk credentials (and the auth username, if different) on the Synthflow SIP number and"
                            + " check its outbound proxy; see Synthflow's help center on SIP 407")),
            Map.entry(408, new Entry(DiagnosticCode.TELEPHONY_408_REQUEST_TIMEOUT, WARNING,
                    "nothing answered {leg} in time: the termination URI's host is unreachable from Synthflow (firewall,"
                            + " wrong host or transport), or the target did not answer within the transfer timeout",
                    "check the termination URI's host, port and transport, that Aircall accepts SIP from Synthflow's"
                            + " signalling IPs, and the transfer timeout (30 s by default)")),
            Map.entry(480, new Entry(DiagnosticCode.TELEPHONY_480_TEMPORARILY_UNAVAILABLE, WARNING,
                    "the destination of {leg} is temporarily unavailable: no agent of the target is available"
                            + " (offline, outside the line's opening hours), or the SIP number is not registered yet",
                    "check that the target's agents are available at that hour and that the line the transfer dials"
                            + " rings them; after attaching the number, wait 1-2 minutes for registration")),
            Map.entry(486, new Entry(DiagnosticCode.TELEPHONY_486_BUSY_HERE, WARNING,
                    "every agent reached by {leg} was busy",
                    "ring a larger team, or enable 'Ring even if busy' on the Aircall line's Ring-to step; let the AI"
                            + " offer a callback when a transfer fails")),
            Map.entry(488, new Entry(DiagnosticCode.TELEPHONY_488_NOT_ACCEPTABLE_HERE, ERROR,
                    "the two sides share no codec for {leg}, or disagree on encrypted media",
                    "offer G.711 u-law/A-law or Opus on both sides; do not require SRTP unless both use TLS")),
            Map.entry(503, new Entry(DiagnosticCode.TELEPHONY_503_SERVICE_UNAVAILABLE, WARNING,
                    "{leg} met an overloaded peer, a peer in maintenance, or one with no route to the destination",
                    "retry later; if it persists, check the termination URI and contact the vendor's support with the"
                            + " call id")),
            Map.entry(603, new Entry(DiagnosticCode.TELEPHONY_603_DECLINE, ERROR,
                    "Synthflow: 'The account is not active' (SIP trunking needs an active Enterprise plan); otherwise"
                            + " the destination declined {leg}",
                    "check that the Synthflow account and plan are active (see Synthflow's help center), then call again")));

    /**
     * @param errorMessage a call's error message
     * @return the telephony error it reports, if it has the {@code Telephony - <code> - <text>} form or
     *     is Synthflow's "Invalid phone number"
     */
    static Optional<TelephonyError> parse(String errorMessage) {
        if (errorMessage == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(errorMessage);
        if (m.matches()) {
            return Optional.of(of(new SipStatus(Integer.parseInt(m.group(1)), m.group(2).strip())));
        }
        if (errorMessage.toLowerCase(Locale.ROOT).contains("invalid phone number")) {
            return Optional.of(of(new SipStatus(400, errorMessage.strip())));
        }
        return Optional.empty();
    }

    private static TelephonyError of(SipStatus status) {
        Entry entry = KNOWN.get(status.code());
        if (entry != null) {
            return new TelephonyError(status, entry.code(), entry.severity(), entry.cause(), entry.fix());
        }
        return new TelephonyError(status, DiagnosticCode.TELEPHONY_OTHER, status.code() < 300 ? WARNING : ERROR,
                "{leg} failed with SIP " + status.code() + ": " + status.meaning(),
                "open the call in Synthflow's SIP call ladder (dashboard) by its id; check the termination URI,"
                        + " the trunk credentials and the transfer number");
    }

    /**
     * @param leg the failing SIP leg, e.g. "the transfer INVITE to Aircall"
     * @return the cause with the leg filled in
     */
    String causeFor(String leg) {
        return cause.replace("{leg}", leg);
    }
}
