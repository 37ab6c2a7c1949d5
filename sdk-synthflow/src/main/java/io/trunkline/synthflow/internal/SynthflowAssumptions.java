package io.trunkline.synthflow.internal;

import io.trunkline.core.spi.VendorAssumption;
import java.util.List;

/**
 * Synthflow's entries of the assumption ledger: every choice trunkline-synthflow makes where
 * Synthflow's documentation is silent, in one place. {@code docs/vendor-assumptions.md} renders the
 * same entries (a test keeps them in step), and {@link SynthflowPreflight} checks them live.
 */
public final class SynthflowAssumptions {

    private static final String OAS = "Synthflow OpenAPI (docs.synthflow.ai/openapi.yml)";
    private static final String GUIDE = "Synthflow's Aircall guide (docs.synthflow.ai/sip-with-aircall)";

    /** Whether a LIVE_TRANSFER's settings can be read back. */
    public static final VendorAssumption LIVE_TRANSFER_READBACK = new VendorAssumption("SF-LIVE-TRANSFER-READBACK",
            "GET /actions and GET /actions/{id} show a LIVE_TRANSFER's settings (phone, transfer_mode, instructions, "
                    + "initiating_msg, timeout) in parameters_hard_coded, under their create-body names",
            OAS + ": the only parameters_hard_coded example is an SMS action's sms_message_text",
            "an action cannot be recognised by what it dials, and its settings cannot be compared for drift",
            "off unless enabled: actions are known by the id recorded in the journal; a create whose answer was lost "
                    + "is found by comparing the workspace's LIVE_TRANSFER ids with those recorded before the create; "
                    + "unreadable settings are never reported as drift",
            "preflight: read the workspace's actions and look for phone and transfer_mode in a LIVE_TRANSFER's "
                    + "parameters_hard_coded (UNKNOWN when the workspace has no LIVE_TRANSFER)");

    /** How Synthflow answers an unknown number slug. */
    public static final VendorAssumption UNKNOWN_SLUG_STATUS = new VendorAssumption("SF-UNKNOWN-SLUG-STATUS",
            "GET /numbers/{slug} answers 404 for a number the workspace does not have",
            OAS + " documents only 200 and 400 for GET/PATCH/DELETE /numbers/{slug}; the regional hosts' "
                    + "{\"detail\":\"Not Found\"} shape",
            "a missing number could not be told from a malformed request",
            "a 400 or 404 is taken as 'absent' only after the paginated GET /numbers confirms the DID is not listed; "
                    + "if it is listed, the lookup fails with an error naming this entry",
            "preflight: GET /numbers/{slug} for a number the list does not hold, and report the status");

    /** How Synthflow answers an unknown assistant or action id. */
    public static final VendorAssumption UNKNOWN_ID_STATUS = new VendorAssumption("SF-UNKNOWN-ID-STATUS",
            "GET/PUT/DELETE /actions/{id} and GET /assistants/{id} answer 404 for an id the workspace does not have",
            OAS + " documents only 200 and 400 for them",
            "a deleted action or assistant could not be told from a malformed request",
            "a 400 or 404 counts as 'absent' only after the paginated GET /actions or GET /assistants/ confirms it; "
                    + "if the list holds it, the call fails naming this entry",
            "preflight: GET /actions/{id} for an id the action list does not hold, and report the status");

    /** What the API shows of SIP registration. */
    public static final VendorAssumption REGISTRATION_VISIBILITY = new VendorAssumption("SF-REGISTRATION-VISIBILITY",
            "no API shows the SIP REGISTER; the number's assistants list shows only that the number is attached",
            GUIDE + ": the trunk is created when the number is attached and registers within 1-2 minutes; "
                    + OAS + " has no registration-status field",
            "verify would claim a registration it cannot see",
            "verify reports the attachment (seen through GET /numbers/{slug}) and the registration as separate "
                    + "checks; registration is NOT_VERIFIABLE until a test call reaches the assistant",
            "a test call: verify's test-call check finds it in GET /v2/calls");

    /** The unit of a LIVE_TRANSFER's timeout. */
    public static final VendorAssumption TRANSFER_TIMEOUT_UNIT = new VendorAssumption("SF-TRANSFER-TIMEOUT-UNIT",
            "a LIVE_TRANSFER's timeout is in seconds",
            OAS + ": timeout is an integer, \"how long to try\", without a unit; the docs' examples use 30",
            "a transfer would give up after 30 ms instead of 30 s",
            "the timeout is sent in whole seconds (validation refuses fractions); the transfer step shows the unit",
            "the Synthflow dashboard (Agents → agent → Actions → Call Transfer) shows the answer timeout; or read it "
                    + "back when " + LIVE_TRANSFER_READBACK.id() + " is confirmed");

    /** How a TEL transfer reaches Aircall. */
    public static final VendorAssumption TEL_VIA_TERMINATION_URI = new VendorAssumption("SF-TEL-VIA-TERMINATION-URI",
            "a phone-number (TEL) transfer leaves through the custom number's termination URI, so dialling an Aircall "
                    + "line's DID reaches Aircall",
            GUIDE + "; docs.synthflow.ai/call-transfers: TEL transfers are confirmed only with Twilio and Telnyx",
            "transfers would not reach Aircall over the custom trunk",
            "a validation warning on every TEL transfer over a custom trunk names the caveat and the SIP-URI "
                    + "alternative (a dashboard step)",
            "a test call that asks for a human: the call's executed actions show the transfer and Aircall's "
                    + "/v1/calls shows the new inbound call");

    /** Warm transfers and SIP REFER. */
    public static final VendorAssumption WARM_WITHOUT_REFER = new VendorAssumption("SF-WARM-WITHOUT-REFER",
            "a warm transfer is a new INVITE to the target and needs no SIP REFER on the original call",
            GUIDE + " (\"Synthflow initiates a new outbound SIP INVITE\"); the Asterisk guide describes a REFER "
                    + "after the target answers",
            "warm transfers to Aircall, which has no SIP REFER, would fail after the target answers",
            "cold transfers (SIP REFER) are refused; warm modes are used",
            "a test call with a warm transfer that a person answers in Aircall");

    /** Which credentials the Aircall destination uses. */
    public static final VendorAssumption TRUNK_CREDENTIALS = new VendorAssumption("SF-TRUNK-CREDENTIALS",
            "the credentials typed into Aircall's SIP destination are the Synthflow SIP number's trunk credentials "
                    + "(trunk_username / trunk_pwd)",
            GUIDE + ": \"credentials from the Synthflow SIP number\"",
            "calls from Aircall would be refused with 401/403 (Telephony - 401 - Unauthorized)",
            "the runbook shows the trunk username and tells the person to paste the same password; Synthflow never "
                    + "returns the password, so the SDK cannot compare it",
            "a test call: a 401 in the call's telephony error means the credentials differ");

    /** Whether Synthflow stores the termination URI as sent. */
    public static final VendorAssumption TERMINATION_URI_STORED_AS_SENT = new VendorAssumption(
            "SF-TERMINATION-URI-AS-SENT",
            "sip_term_uri reads back exactly as termination_uri / sip_term_uri was written",
            OAS + ": termination_uri \"maps to sip_term_uri\"; the docs' example shows sip:33782990580.custom.com",
            "a normalised value (scheme added, case changed) would show as drift on every plan",
            "termination URIs are compared as SIP URIs: scheme and host case-insensitively, a missing sip: scheme "
                    + "ignored, so a normalised value is not drift",
            "preflight: when the plan's number exists, compare its sip_term_uri with the plan's termination URI");

    /** How a call's executed actions show a transfer. */
    public static final VendorAssumption EXECUTED_ACTIONS_SHOW_TRANSFER = new VendorAssumption(
            "SF-EXECUTED-ACTIONS-TRANSFER",
            "a call's executed_actions (GET /v2/calls) holds an entry for a LIVE_TRANSFER it ran, whose key or "
                    + "action_type, type or name mentions \"transfer\", with the dialled phone inside",
            OAS + ": executed_actions is an object without a schema; the docs list a typed transfer outcome as unknown",
            "verify's test-call check could not tell that the AI transferred the call",
            "a transfer is reported from Aircall's transferred_to or from such an entry (CallLog); when neither shows "
                    + "one, test-call:transfer is NOT_VERIFIABLE, never PASSED",
            "a test call that asks for a person: verify with VerifyOptions.testCall reports where it went");

    private SynthflowAssumptions() {
    }

    /** @return every Synthflow entry, in ledger order */
    public static List<VendorAssumption> all() {
        return List.of(LIVE_TRANSFER_READBACK, UNKNOWN_SLUG_STATUS, UNKNOWN_ID_STATUS, REGISTRATION_VISIBILITY, TRANSFER_TIMEOUT_UNIT,
                TEL_VIA_TERMINATION_URI, WARM_WITHOUT_REFER, TRUNK_CREDENTIALS, TERMINATION_URI_STORED_AS_SENT,
                EXECUTED_ACTIONS_SHOW_TRANSFER);
    }
}
