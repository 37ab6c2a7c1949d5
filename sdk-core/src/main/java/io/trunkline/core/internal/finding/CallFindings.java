package io.trunkline.core.internal.finding;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.spi.AgentPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Explains failed calls from the AI platform's call log. */
public final class CallFindings {

    private CallFindings() {
    }

    /**
     * @param plan the plan, for the termination URI named in the causes
     * @param calls recent call records
     * @param findings where to add the findings
     */
    public static void check(IntegrationPlan plan, List<AgentPlatform.CallRecord> calls, DiagnosticList findings) {
        for (AgentPlatform.CallRecord call : calls) {
            explain(plan, call, findings);
        }
    }

    private static void explain(IntegrationPlan plan, AgentPlatform.CallRecord call, DiagnosticList findings) {
        String evidence = evidence(call);
        String subject = "Synthflow call " + Evidence.quote(call.callId());
        Optional<TelephonyError> telephony = call.error().flatMap(TelephonyError::parse);
        String reason = lower(call.telephonyDisconnectReason());
        if (telephony.isPresent()) {
            TelephonyError error = telephony.get();
            findings.add(new Diagnostic(error.code(), error.severity(), subject, evidence, error.causeFor(leg(plan, call)),
                    error.fix()));
        } else if ("forbidden".equals(reason)) {
            findings.error(DiagnosticCode.CALL_DISCONNECTED_FORBIDDEN, subject, evidence,
                    "a SIP peer refused the call: Synthflow refused Aircall's INVITE (Aircall's address is not"
                            + " allowed or the credentials differ), or Aircall refused Synthflow's transfer INVITE"
                            + " (caller ID or Synthflow's address not allowed)",
                    "check the destination's authentication: allowlist Synthflow's signalling IPs or use the same"
                            + " credentials on both sides; for transfers, use a caller ID Aircall accepts");
        } else if ("error".equals(reason)) {
            findings.error(DiagnosticCode.CALL_DISCONNECTED_ERROR, subject, evidence,
                    "the call's SIP leg failed without a SIP error message: a network or media failure, or a peer"
                            + " that crashed",
                    "open the call in Synthflow's SIP call ladder (dashboard) by its id; probe the SIP signalling"
                            + " and check UDP 10000-60000 (media) is open");
        } else if (call.error().isPresent() || "failed".equals(lower(call.status())) || "error".equals(lower(call.endReason()))) {
            findings.error(DiagnosticCode.CALL_FAILED, subject, evidence,
                    call.error().map(e -> "Synthflow reports: " + Evidence.quote(e))
                            .orElse("Synthflow reports the call failed without saying why"),
                    "open the call in Synthflow's dashboard by its id (SIP call ladder, transcript) and check the"
                            + " assistant's configuration");
        }
    }

    /** @return the SIP leg an error on this call most likely concerns, named for the causes */
    private static String leg(IntegrationPlan plan, AgentPlatform.CallRecord call) {
        String uri = plan.sipNumber().map(SipNumber::terminationUri).filter(u -> !u.isBlank())
                .map(Printable::quoteUri).map(u -> " (termination URI " + u + ")").orElse("");
        String type = lower(call.typeOfCall());
        if ("inbound".equals(type)) {
            // The inbound leg from Aircall reached Synthflow (the call was logged), so an error is most
            // likely on the new INVITE a warm transfer places back to Aircall.
            return "the transfer INVITE Synthflow sent back to Aircall" + uri;
        }
        if ("outbound".equals(type)) {
            return "the outbound INVITE Synthflow sent to Aircall" + uri;
        }
        return "the call's INVITE";
    }

    private static String evidence(AgentPlatform.CallRecord call) {
        List<String> parts = new ArrayList<>();
        call.error().ifPresent(e -> parts.add("error message " + Evidence.quote(e)));
        addIfSet(parts, "disconnect reason", call.telephonyDisconnectReason());
        addIfSet(parts, "hung up by", call.telephonyHangup());
        addIfSet(parts, "status", call.status());
        addIfSet(parts, "end reason", call.endReason());
        String type = call.typeOfCall() == null ? "" : " (" + Evidence.quote(call.typeOfCall()) + ")";
        return "call " + Evidence.quote(call.callId()) + type + ": " + String.join(", ", parts);
    }

    private static void addIfSet(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + " " + Evidence.quote(value));
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
