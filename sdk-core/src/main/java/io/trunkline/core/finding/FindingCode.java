package io.trunkline.core.finding;

/**
 * The stable code of a {@link Finding}. The constant's name is the code; it never changes meaning
 * between releases. {@code docs/troubleshooting.md} lists every code with its cause and fix.
 */
public enum FindingCode {
    // The DID on both sides
    /** The plan's DID, the Synthflow SIP number's DID and the Aircall line's DID are not all the same. */
    DID_MISMATCH("Aircall sends the DID as the INVITE Request-URI; every side must hold the same DID."),
    /** No Aircall line owns the plan's DID. */
    LINE_NOT_FOUND("The DID must be an Aircall number of this company."),
    /** The Aircall line is not edited with Smartflows. */
    LINE_NOT_ON_SMARTFLOWS("Forward to External SIP is a Smartflow step; the line must use Smartflows."),
    /** Synthflow has no SIP number for the DID. */
    SIP_NUMBER_NOT_FOUND("Synthflow needs the DID as a Custom/SIP number."),
    /** The SIP number is not attached to the plan's assistant. */
    NUMBER_NOT_ATTACHED("The SIP trunk exists only once the number is attached to the assistant."),
    /** The live termination URI differs from the plan's. */
    TERMINATION_URI_DRIFT("Transfers and outbound calls go to the termination URI; it must point to Aircall."),

    // Registration
    /** SIP registration has not settled yet. */
    REGISTRATION_PENDING("Registration takes 1-2 minutes after attaching the number; longer means a problem."),
    /** SIP registration failed. */
    REGISTRATION_FAILED("Registration fails on wrong credentials, a wrong termination URI or an old assistant engine."),

    // Signalling and media
    /** The destination's port does not match its transport. */
    PORT_TRANSPORT_MISMATCH("Synthflow listens on 32681 for UDP/TCP and 32682 for TLS."),
    /** Synthflow answered on another transport than the destination's. */
    TRANSPORT_MISMATCH("The destination must use a transport that reaches Synthflow."),
    /** A probe got no answer: SIP is dropped on the way. */
    SIGNALLING_UNREACHABLE("SIP signalling to Synthflow must pass firewalls on 32681 (UDP/TCP) and 32682 (TLS)."),
    /** A probe was refused: nothing listens there. */
    SIGNALLING_REFUSED("Nothing listens on that host, port and transport."),
    /** The TLS handshake failed. */
    TLS_HANDSHAKE_FAILED("TLS needs port 32682, the host name sip.synthflow.ai and a trusted certificate."),
    /** The SIP host does not resolve. */
    SIP_HOST_UNRESOLVED("The destination host must resolve, e.g. sip.synthflow.ai."),
    /** The SIP peer answered a probe with an error status. */
    SIGNALLING_REJECTED("The SIP port is reachable but the peer rejected the probe."),
    /** The SIP exchange broke (invalid response, reset connection). */
    SIGNALLING_BROKEN("Something other than a SIP server answers, or the connection breaks."),
    /** Reminder: media needs UDP 10000-60000 to Synthflow's media IPs. */
    RTP_MEDIA_PORTS("Signalling is not media: RTP flows on UDP 10000-60000, which no probe checks."),

    // Smartflow and transfers
    /** A transfer back to Aircall uses SIP REFER (cold transfer). */
    TRANSFER_USES_REFER("Aircall does not support SIP REFER; transfers must be warm (a new INVITE)."),
    /** The business-hours condition comes after the SIP step. */
    BUSINESS_HOURS_AFTER_SIP("Put the Business Hours condition before the Synthflow step."),
    /** The AI is reached at hours it should not answer, or not at hours it should. */
    AI_HOURS_MISROUTED("The AI must be reached exactly on the branch meant for it."),
    /** The forward step has no fallback, or the fallback team does not exist. */
    FALLBACK_MISSING("If Synthflow does not answer, the call needs a fallback that exists."),
    /** The fallback team has no users. */
    FALLBACK_TEAM_EMPTY("A fallback team without users rings nobody."),
    /** Aircall and Synthflow hold different SIP credentials. */
    CREDENTIALS_MISMATCH("With credential auth, both sides must hold the same username and password."),
    /** Any other validation finding of the plan. */
    PLAN_VALIDATION("The plan breaks a rule of the guide; see the validation rule named in the evidence."),

    // Synthflow call records
    /** A call ended with telephony disconnect reason {@code forbidden}. */
    CALL_DISCONNECTED_FORBIDDEN("The SIP peer refused the call (authentication, allowlist or caller ID)."),
    /** A call ended with telephony disconnect reason {@code error}. */
    CALL_DISCONNECTED_ERROR("The call's SIP leg failed."),
    /** A call failed with an error message that is not a telephony error. */
    CALL_FAILED("The call failed; its error message says why."),
    /** {@code Telephony - 400 - Bad Request}. */
    TELEPHONY_400_BAD_REQUEST("The INVITE was malformed, usually a number not in E.164 form."),
    /** {@code Telephony - 401 - Unauthorized}. */
    TELEPHONY_401_UNAUTHORIZED("The peer demands digest authentication the trunk credentials did not satisfy."),
    /** {@code Telephony - 403 - ...}. */
    TELEPHONY_403_FORBIDDEN("The peer refused the call: caller ID, IP allowlist or account."),
    /** {@code Telephony - 404 - Not Found}. */
    TELEPHONY_404_NOT_FOUND("The peer does not know the dialled number or user."),
    /** {@code Telephony - 407 - Proxy Authentication Required}. */
    TELEPHONY_407_PROXY_AUTHENTICATION_REQUIRED("A proxy demands digest authentication."),
    /** {@code Telephony - 408 - Request Timeout}. */
    TELEPHONY_408_REQUEST_TIMEOUT("The peer did not answer the INVITE in time."),
    /** {@code Telephony - 480 - Temporarily Unavailable}. */
    TELEPHONY_480_TEMPORARILY_UNAVAILABLE("Nobody is available at the destination right now."),
    /** {@code Telephony - 486 - Busy Here}. */
    TELEPHONY_486_BUSY_HERE("The destination is busy."),
    /** {@code Telephony - 488 - Not Acceptable Here}. */
    TELEPHONY_488_NOT_ACCEPTABLE_HERE("The two sides share no codec."),
    /** {@code Telephony - 503 - Service Unavailable}. */
    TELEPHONY_503_SERVICE_UNAVAILABLE("The peer is overloaded, in maintenance or has no route."),
    /** {@code Telephony - 603 - Decline}. */
    TELEPHONY_603_DECLINE("Synthflow: the account is not active."),
    /** A {@code Telephony - <code> - <text>} error with another SIP status. */
    TELEPHONY_OTHER("A SIP error status without a specific entry; its class says what failed.");

    private final String summary;

    FindingCode(String summary) {
        this.summary = summary;
    }

    /** @return one sentence saying what the code is about */
    public String summary() {
        return summary;
    }
}
