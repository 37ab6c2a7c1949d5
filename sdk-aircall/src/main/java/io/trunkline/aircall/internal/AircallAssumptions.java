package io.trunkline.aircall.internal;

import io.trunkline.core.spi.VendorAssumption;
import java.util.List;

/**
 * Aircall's entries of the assumption ledger: every choice trunkline-aircall makes where Aircall's
 * documentation is silent, in one place. {@code docs/vendor-assumptions.md} renders the same
 * entries (a test keeps them in step), and {@link AircallPreflight} checks them live.
 */
public final class AircallAssumptions {

    private static final String REF = "Aircall API reference (developer.aircall.io/api-references)";

    /** Whether ordinary answers carry the rate-limit headers. */
    public static final VendorAssumption RATE_HEADERS_ON_EVERY_ANSWER = new VendorAssumption(
            "AC-RATE-HEADERS-ON-EVERY-ANSWER",
            "X-AircallApi-Limit, -Remaining and -Reset come with ordinary answers, not only with a 429",
            REF + ": the headers are documented as available \"when the rate limit has been reached\"",
            "the client could not learn the company's remaining budget before it is exhausted",
            "the client paces itself at the configured budget (120 requests per minute by default) and uses the "
                    + "headers only when they are present",
            "preflight: GET /v1/ping and look for the headers on its answer");

    /** Whether a 429 means no work was done. */
    public static final VendorAssumption REFUSES_429_BEFORE_WORK = new VendorAssumption("AC-429-BEFORE-WORK",
            "Aircall refuses a request with 429 before doing any of its work",
            "the leaky-bucket limit is enforced at Aircall's API gateway (DataGrail's Aircall notes); Aircall does "
                    + "not state it",
            "a POST answered 429 could have taken effect, and retrying it could create a duplicate",
            "Trunkline only reads from Aircall (GET), so nothing it sends depends on this; the shared HTTP pipeline "
                    + "would send a POST once, even after a 429",
            "UNKNOWN to any read-only check; only Aircall support can confirm it");

    /** The unit of the reset header. */
    public static final VendorAssumption RESET_UNIT = new VendorAssumption("AC-RESET-UNIT",
            "X-AircallApi-Reset is a UNIX timestamp in seconds",
            REF + " calls it a UNIX timestamp without a unit; client libraries disagree (seconds or milliseconds)",
            "the client would wait 1000 times too long or not at all after a 429",
            "a value above 10^12 is read as milliseconds, anything else as seconds; a wait is capped by the configured "
                    + "maximum",
            "preflight: when an answer carries the header, compare it with the current time");

    /** Whether numbers report whether Smartflows manage them. */
    public static final VendorAssumption FLOW_EDITOR_FIELD = new VendorAssumption("AC-FLOW-EDITOR-FIELD",
            "GET /v1/numbers reports flow_editor_enabled on every number that the Smartflows editor manages",
            REF + ": flow_editor_enabled is documented as optional",
            "a Smartflows line without the field would plan as \"not managed by Smartflows\"",
            "a line without the field counts as not managed, and planning says so with the fix; "
                    + "AircallContactCenter.Builder.smartflowsAssumedWhenUnreported(true) overrides it",
            "preflight: GET /v1/numbers and count the numbers with and without the field");

    /** How a transfer reaches an Aircall team or user. */
    public static final VendorAssumption LINE_REACHED_BY_DID = new VendorAssumption("AC-LINE-REACHED-BY-DID",
            "a call to an Aircall line's DID from Synthflow enters Aircall as a new inbound call and follows that "
                    + "line's routing to the team or user",
            "Synthflow's Aircall guide (a new INVITE to the agent queue); Aircall documents no SIP URI for a line, "
                    + "team or user",
            "transfers would ring nobody, or loop back into the integrated line's Smartflow",
            "a transfer may not dial the integrated line itself (planning refuses it); verify reports the line it dials",
            "a test call that is transferred: Aircall's /v1/calls shows the new inbound call on that line");

    private AircallAssumptions() {
    }

    /** @return every Aircall entry, in ledger order */
    public static List<VendorAssumption> all() {
        return List.of(RATE_HEADERS_ON_EVERY_ANSWER, REFUSES_429_BEFORE_WORK, RESET_UNIT, FLOW_EDITOR_FIELD,
                LINE_REACHED_BY_DID);
    }
}
