package io.trunkline.core.validation;

/**
 * Every rule {@code IntegrationPlan.validate()} checks. The constant's name is the rule's stable
 * code: it appears in {@link Diagnostic#code()} and never changes meaning between releases.
 */
public enum Rule {
    // The DID on both sides
    /** The Aircall DID is missing. */
    DID_MISSING("The Aircall number's DID is required."),
    /** A DID is not a valid E.164 number. */
    DID_FORMAT("DIDs are written in E.164 form, e.g. +33123456789."),
    /** A DID's country code is not assigned. */
    DID_COUNTRY_CODE_UNASSIGNED("A DID starts with an assigned country calling code (ITU E.164, as libphonenumber lists them)."),
    /** A DID keeps the national trunk prefix after the country code. */
    DID_TRUNK_PREFIX("The national trunk prefix (the 0 of 020...) is dropped after the country code."),
    /** The Synthflow SIP number's DID differs from the Aircall DID. */
    DID_MISMATCH("Aircall sends the DID as the INVITE Request-URI; the Synthflow SIP number must be the same DID."),

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
    PORT_TRANSPORT_MISMATCH("Synthflow listens on 32681 for UDP/TCP and 32682 for TLS."),
    /** A deliberately overridden port. */
    PORT_OVERRIDDEN("A non-standard port was set on purpose; make sure something listens there."),
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
    CREDENTIALS_MISMATCH("With credential auth, Aircall and Synthflow must hold the same username and password."),

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
    FORWARD_FALLBACK_MISSING("If Synthflow does not answer, the call needs a fallback (e.g. a team)."),
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
    BUSINESS_HOURS_AFTER_SIP("Put the Business Hours condition before the Synthflow step."),
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
    AI_ON_WRONG_BRANCH("The AI must be reached only on the branch meant for it."),
    /** The branch meant for the AI does not reach it. */
    AI_BRANCH_WITHOUT_FORWARD("The branch meant for the AI has no Forward to External SIP step."),
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
    /** A cold (REFER) transfer to Aircall. */
    TRANSFER_REFER_UNSUPPORTED("Aircall does not support SIP REFER; use a warm transfer (new INVITE)."),
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
            + "carriers it recommends a SIP-URI transfer.");

    private final String summary;

    Rule(String summary) {
        this.summary = summary;
    }

    /** @return the stable code, e.g. {@code DID_MISMATCH} */
    public String code() {
        return name();
    }

    /** @return one sentence saying what the rule protects */
    public String summary() {
        return summary;
    }
}
