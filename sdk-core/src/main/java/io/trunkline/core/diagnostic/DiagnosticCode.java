package io.trunkline.core.diagnostic;

/**
 * The stable code of a {@link Diagnostic}: every rule {@code IntegrationPlan.validate()} checks, every
 * live check of planning, verification and {@code Diagnose}, and every probe and call finding. The
 * constant's name is the code; it never changes meaning between releases. Each code carries one
 * sentence saying why it matters. {@code docs/validation-rules.md} and {@code docs/troubleshooting.md}
 * list every code with its cause and fix.
 */
public enum DiagnosticCode {
    // Validation of the plan
    /** The Aircall DID is missing. */
    DID_MISSING("The Aircall number's DID is required."),
    /** A DID is not a valid E.164 number. */
    DID_FORMAT("DIDs are written in E.164 form, e.g. +33123456789."),
    /** A DID's country code is not assigned. */
    DID_COUNTRY_CODE_UNASSIGNED("A DID starts with an assigned country calling code (ITU E.164, as libphonenumber lists them)."),
    /** A DID keeps the national trunk prefix after the country code. */
    DID_TRUNK_PREFIX("The national trunk prefix (the 0 of 020...) is dropped after the country code."),
    /** The Synthflow SIP number's DID differs from the Aircall DID. */
    DID_MISMATCH("Aircall sends the DID as the INVITE Request-URI and Synthflow looks it up among its SIP numbers:"
            + " with different DIDs the call matches no assistant and is rejected (often 404 Not Found)."),

    // Assistant
    /** No assistant is given. */
    ASSISTANT_MISSING("A Synthflow assistant must answer the calls."),
    /** The assistant id is blank. */
    ASSISTANT_ID_BLANK("The assistant is identified by its Synthflow model_id."),
    /** The engine version cannot be read. */
    ASSISTANT_ENGINE_VERSION_FORMAT("Engine versions are major.minor, such as 2.0 or v2.1."),
    /** The assistant's engine is older than 2.0. */
    ASSISTANT_ENGINE_TOO_OLD("SIP numbers attach to assistants on engine v2.0 or later."),
    /** The engine version is unknown and will need a manual confirmation. */
    ASSISTANT_ENGINE_VERSION_UNKNOWN("Synthflow's API does not expose the engine version; confirm v2.0+ by hand."),

    // Destination
    /** No SIP destination is given. */
    DESTINATION_MISSING("Aircall forwards calls to an External SIP destination."),
    /** The destination name is blank. */
    DESTINATION_NAME_MISSING("The Smartflow step selects the destination by its name."),
    /** The destination host is not a valid host name. */
    DESTINATION_HOST_INVALID("The destination host is Synthflow's SIP host, e.g. sip.synthflow.ai."),
    /** The destination host is not a Synthflow host. */
    DESTINATION_HOST_NOT_SYNTHFLOW("Calls should go to sip.synthflow.ai or a regional Synthflow SIP host."),
    /** The destination has no transport. */
    TRANSPORT_MISSING("The destination's transport (UDP, TCP or TLS) decides Synthflow's port."),
    /** The port is outside 1-65535. */
    PORT_OUT_OF_RANGE("Ports are between 1 and 65535."),
    /** The port does not match the transport. */
    PORT_TRANSPORT_MISMATCH("Synthflow listens on 32681 for UDP/TCP and 32682 for TLS: SIP sent to another port times out or is"
            + " refused before reaching the AI."),
    /** A deliberately overridden port. */
    PORT_OVERRIDDEN("A non-standard port was set on purpose; unless something listens there, calls time out or are refused."),
    /** No authentication mode. */
    AUTH_MISSING("The destination authenticates by IP allowlist or by credentials."),
    /** The IP allowlist is empty. */
    ALLOWLIST_EMPTY("An IP allowlist needs Synthflow's SIP signalling addresses."),
    /** An allowlist entry is not an IP or CIDR block. */
    ALLOWLIST_ENTRY_INVALID("Allowlist entries are IPv4/IPv6 addresses or CIDR blocks."),
    /** An allowlist entry is a URI (e.g. {@code sip:34.138.86.8}) instead of a bare address. */
    ALLOWLIST_ENTRY_IS_URI("Allowlist entries are bare addresses, without a sip: or https: scheme."),
    /** An allowlist entry is a private or loopback address. */
    ALLOWLIST_ENTRY_PRIVATE("Synthflow signals from public addresses; private ranges never match."),
    /** The same allowlist entry appears twice. */
    ALLOWLIST_ENTRY_DUPLICATE("Each allowlist entry needs to appear once."),
    /** The credentials username is blank. */
    CREDENTIALS_USERNAME_BLANK("Credential auth needs the SIP username from the Synthflow SIP number."),
    /** The destination credentials have no password. */
    CREDENTIALS_PASSWORD_MISSING("Credential auth needs the SIP password from the Synthflow SIP number."),
    /** The destination credentials differ from the SIP number's trunk credentials. */
    CREDENTIALS_MISMATCH("With credential auth, Aircall and Synthflow must hold the same username and password: otherwise"
            + " digest authentication fails (401/407) and registration does not settle."),

    // Smartflow
    /** No Smartflow is given. */
    SMARTFLOW_MISSING("The Aircall line's Smartflow must forward calls to the destination."),
    /** A Smartflow step is {@code null}. */
    SMARTFLOW_STEP_MISSING("Every Smartflow step is a forward, a business-hours condition or a route."),
    /** The Smartflow never forwards to the SIP destination. */
    FORWARD_STEP_MISSING("Without a Forward to External SIP step, no call reaches the AI."),
    /** The forward step names a destination the plan does not define. */
    FORWARD_UNKNOWN_DESTINATION("The forward step must select the destination defined in the plan."),
    /** The forward step has no fallback. */
    FORWARD_FALLBACK_MISSING("When Synthflow does not answer within the timeout (not registered, unreachable, overloaded) a call"
            + " without a fallback has nowhere to go and is dropped."),
    /** The forward step has no timeout. */
    FORWARD_TIMEOUT_MISSING("The forward step needs a timeout (30 s recommended)."),
    /** The timeout is outside sane bounds. */
    FORWARD_TIMEOUT_OUT_OF_RANGE("Timeouts between 5 and 120 seconds keep callers from waiting in silence."),
    /** A duration that the vendor stores in whole seconds has a fraction of a second. */
    DURATION_NOT_WHOLE_SECONDS("Aircall and Synthflow store these durations in whole seconds; a fraction would be dropped."),
    /** The timeout differs from the recommended 30 s. */
    FORWARD_TIMEOUT_NOT_RECOMMENDED("The guide recommends a 30 second timeout."),
    /** A step can never be reached. */
    STEP_UNREACHABLE("Steps after a forward step are never reached: its fallback takes the call."),
    /** A team or user id in the Smartflow is not positive. */
    ROUTE_ID_NOT_POSITIVE("Aircall IDs are positive integers, as shown in the dashboard URL."),
    /** The business-hours condition comes after the SIP step. */
    BUSINESS_HOURS_AFTER_SIP("A Business Hours condition after the Synthflow step is never reached: every call goes to the AI first."),
    /** The business-hours time zone is invalid. */
    BUSINESS_HOURS_TIME_ZONE_INVALID("Time zones are IANA names such as Europe/Paris."),
    /** The business-hours schedule is empty. */
    BUSINESS_HOURS_EMPTY("A Business Hours condition needs opening hours."),
    /** An opening interval closes before it opens. */
    BUSINESS_HOURS_INTERVAL_INVALID("An opening interval must close after it opens."),
    /** An opening interval lacks its day, opening or closing time. */
    BUSINESS_HOURS_INTERVAL_INCOMPLETE("An opening interval needs a weekday, an opening time and a closing time."),
    /** Two opening intervals overlap. */
    BUSINESS_HOURS_OVERLAP("Opening intervals on the same day must not overlap."),
    /** The AI is reached on a branch not meant for it. */
    AI_ON_WRONG_BRANCH("The AI must be reached only on the branch meant for it, or it answers at hours it is not meant to."),
    /** The branch meant for the AI does not reach it. */
    AI_BRANCH_WITHOUT_FORWARD("The branch meant for the AI has no Forward to External SIP step, so the AI never answers at those hours."),
    /** AI hours need a business-hours condition. */
    AI_HOURS_WITHOUT_CONDITION("Answering only in or out of business hours needs a Business Hours condition."),

    // SIP number
    /** No Synthflow SIP number. */
    SIP_NUMBER_MISSING("Synthflow needs the DID as a Custom/SIP number."),
    /** The termination URI is missing. */
    TERMINATION_URI_MISSING("Synthflow requires a termination URI for custom numbers: Aircall's SIP address."),
    /** The termination URI is not a valid SIP URI or domain. */
    TERMINATION_URI_INVALID("The termination URI is a SIP URI or domain, e.g. sip:pbx.example.com."),
    /** The termination URI points to Synthflow itself. */
    TERMINATION_URI_LOOPS_TO_SYNTHFLOW("The termination URI must point back to Aircall, not to Synthflow."),
    /** The outbound proxy is not a valid SIP URI. */
    OUTBOUND_PROXY_INVALID("The outbound proxy is a SIP URI such as sip:proxy.example.com:5060."),
    /** REGISTER is enabled without trunk credentials. */
    REGISTRATION_WITHOUT_CREDENTIALS("Synthflow needs a trunk username and password to REGISTER."),
    /** REGISTER expiry outside 60–3600 s. */
    REGISTRATION_EXPIRY_OUT_OF_RANGE("Synthflow accepts a REGISTER expiry between 60 and 3600 seconds."),
    /** Trunk credentials are incomplete. */
    TRUNK_CREDENTIALS_INCOMPLETE("Trunk credentials need both a username and a password."),

    // Transfers
    /** A transfer target is {@code null}. */
    TRANSFER_TARGET_MISSING("Each transfer target names an Aircall line, team or user."),
    /** A transfer target does not say whether it is a line, a team or a user. */
    TRANSFER_KIND_MISSING("A transfer target is an Aircall line, team or user."),
    /** A transfer target has no transfer mode. */
    TRANSFER_MODE_MISSING("Aircall transfers are warm: Synthflow places a new INVITE."),
    /** A transfer target id is not positive. */
    TRANSFER_ID_NOT_POSITIVE("Aircall Line, Team and User IDs are positive integers."),
    /** A cold (REFER) transfer to Aircall, in the plan or in a live Synthflow action. */
    TRANSFER_REFER_UNSUPPORTED("A cold transfer makes Synthflow send SIP REFER, which Aircall does not support: the transfer fails and"
            + " the caller stays with the AI or is cut off; use a warm transfer (new INVITE)."),
    /** A team or user target without the line that rings it. */
    TRANSFER_NEEDS_LINE("Teams and users have no SIP address; name the line whose Smartflow rings them."),
    /** Two transfer targets dial the same line. */
    TRANSFER_LINE_DUPLICATE("A line's Smartflow rings one thing; two targets dialling it reach the same people."),
    /** Two transfer targets share a name. */
    TRANSFER_NAME_DUPLICATE("Transfer action names identify actions in Synthflow and must be unique."),
    /** A transfer target has a blank name, instructions or message. */
    TRANSFER_TEXT_MISSING("Synthflow requires a name, instructions and an initiating message for a transfer."),
    /** A transfer timeout is not positive. */
    TRANSFER_TIMEOUT_INVALID("A transfer timeout is a positive number of seconds."),
    /** A SIP-URI transfer whose URI is not a SIP URI. */
    TRANSFER_SIP_URI_INVALID("A SIP-URI transfer goes to a SIP URI such as sip:support@example.aircall.io."),
    /** A custom header Synthflow would refuse. */
    TRANSFER_SIP_HEADER_INVALID("Synthflow accepts custom transfer headers named X-[A-Za-z0-9-_]+ with one-line values."),
    /** Custom headers on a transfer that dials a number. */
    TRANSFER_SIP_HEADERS_WITHOUT_URI("Custom SIP headers go with a SIP-URI transfer only."),
    /** A phone-number transfer over the custom trunk: Synthflow confirms those only with Twilio and Telnyx. */
    TRANSFER_TEL_OVER_CUSTOM_TRUNK("Synthflow confirms phone-number transfers only with Twilio and Telnyx; for other "
            + "carriers it recommends a SIP-URI transfer."),

    // Live state: read by planning, verification and Diagnose
    /** No Aircall line owns the plan's DID. */
    LINE_NOT_FOUND("The DID must be an Aircall number of this company: it is mistyped, or belongs to another company."),
    /** The Aircall line is not edited with Smartflows. */
    LINE_NOT_ON_SMARTFLOWS("A line on Aircall's classic call distribution has no Forward to External SIP step, so no call"
            + " is forwarded to Synthflow."),
    /** Synthflow has no SIP number for the DID. */
    SIP_NUMBER_NOT_FOUND("Synthflow needs the DID as a Custom/SIP number: it was never imported, was deleted, or has"
            + " another DID."),
    /** The live SIP number differs from the plan. */
    SIP_NUMBER_DRIFT("The SIP number was edited after apply; calls follow the live settings, not the plan."),
    /** The live termination URI differs from the plan's. */
    TERMINATION_URI_DRIFT("Transfers and outbound calls go to the termination URI; edited after apply, it may no longer"
            + " point to Aircall."),
    /** The SIP number is not attached to the plan's assistant. */
    NUMBER_NOT_ATTACHED("The SIP trunk exists only once the number is attached to the assistant."),
    /** The plan's assistant does not exist. */
    ASSISTANT_NOT_FOUND("The assistant must exist in the Synthflow workspace: its model_id is wrong or it was deleted."),
    /** The plan's assistant does not answer inbound calls. */
    ASSISTANT_NOT_INBOUND("Only an inbound assistant answers the calls Aircall forwards."),
    /** Two integrations of one batch bind the same assistant. */
    ASSISTANT_SHARED_IN_BATCH("An assistant answers one inbound number; two integrations binding it would take the number"
            + " from each other on every run."),
    /** The forward step's fallback team does not exist. */
    FALLBACK_TEAM_NOT_FOUND("If Synthflow does not answer, the call needs a fallback that exists; without it the call goes"
            + " nowhere."),
    /** The fallback team has no users. */
    FALLBACK_TEAM_EMPTY("A fallback team without users rings nobody, so calls Synthflow does not answer are not picked up."),
    /** A transfer target's team, user or line does not exist. */
    TRANSFER_TARGET_NOT_FOUND("A transfer dials an Aircall line that rings the target; both must exist."),
    /** A transfer dials the integrated line itself. */
    TRANSFER_DIALS_INTEGRATED_LINE("A transfer to the integrated line re-enters the Smartflow that forwards to the AI."),
    /** A planned transfer action is missing from Synthflow. */
    TRANSFER_ACTION_MISSING("Without its Synthflow transfer action, the AI cannot hand the call back to Aircall."),
    /** A transfer action exists but is not attached to the assistant. */
    TRANSFER_ACTION_NOT_ATTACHED("The assistant only uses the transfer actions attached to it."),

    // Registration and test calls
    /** SIP registration has not settled yet. */
    REGISTRATION_PENDING("Registration takes 1-2 minutes after attaching the number; longer means a problem."),
    /** SIP registration failed. */
    REGISTRATION_FAILED("Registration fails on wrong credentials, a wrong termination URI or an old assistant engine."),
    /** Aircall recorded no inbound test call in the window. */
    TEST_CALL_NOT_RECORDED("A test call proves the path only if Aircall recorded it in the window verify looks at."),
    /** Synthflow logged no inbound call for the assistant in the window. */
    TEST_CALL_NOT_ANSWERED("A call that never reaches the assistant was lost on the Smartflow step, the SIP destination"
            + " or the trunk."),

    // Signalling and media
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

    private final String why;

    DiagnosticCode(String why) {
        this.why = why;
    }

    /** @return one sentence saying why the code matters: what breaks, or what the rule protects */
    public String why() {
        return why;
    }
}
