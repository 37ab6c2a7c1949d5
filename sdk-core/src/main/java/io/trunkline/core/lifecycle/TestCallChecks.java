package io.trunkline.core.lifecycle;

import static io.trunkline.core.lifecycle.VerificationReport.Check.failed;
import static io.trunkline.core.lifecycle.VerificationReport.Check.passed;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.diagnostic.LiveChecks;
import io.trunkline.core.internal.finding.CallFindings;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ContactCenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a test call shows, read once from both call logs: whether Aircall recorded it, whether it
 * reached the assistant and ended without a telephony error, whether and where it was transferred,
 * and what that proves about SIP registration. Failures are explained by Diagnose's call findings,
 * so each telephony error is described in one place.
 */
final class TestCallChecks {

    static final String CONTACT_CENTER = "test-call:aircall";
    static final String ASSISTANT = "test-call:ai";
    static final String TRANSFER = "test-call:transfer";

    /** Synthflow statuses of a call that has not ended yet. */
    private static final Set<String> UNFINISHED = Set.of("pending", "ringing", "in-progress", "registered", "paused");

    private final ValidIntegration integration;
    private final String assistantId;
    private final CallWindow window;
    private final Optional<ContactCenter.InboundCall> centerCall;
    private final Optional<AgentPlatform.AssistantCall> assistantCall;
    private final List<Diagnostic> findings;

    private TestCallChecks(ValidIntegration integration, String assistantId, CallWindow window,
                           Optional<ContactCenter.InboundCall> centerCall, Optional<AgentPlatform.AssistantCall> assistantCall) {
        this.integration = integration;
        this.assistantId = assistantId;
        this.window = window;
        this.centerCall = centerCall;
        this.assistantCall = assistantCall;
        DiagnosticList list = new DiagnosticList();
        assistantCall.ifPresent(call -> CallFindings.check(integration.plan(), List.of(call.record()), list));
        this.findings = list.all();
    }

    /** Reads both call logs once. */
    static TestCallChecks read(ValidIntegration integration, TestCall testCall, ContactCenter contactCenter,
                               AgentPlatform platform) {
        String assistantId = integration.assistant().id();
        CallWindow window = testCall.window(integration.did());
        return new TestCallChecks(integration, assistantId, window, contactCenter.findInboundCall(window),
                platform.findInboundCall(assistantId, window));
    }

    /** @return the test-call checks, in the order a call travels */
    List<VerificationReport.Check> checks() {
        List<VerificationReport.Check> checks = new ArrayList<>();
        checks.add(contactCenterCheck());
        checks.add(assistantCheck());
        if (centerCall.isPresent() || assistantCall.isPresent()) {
            checks.add(transferCheck());
        }
        return checks;
    }

    /**
     * @param unproven the registration check as it stands without a test call
     * @return passed when the call reached the assistant cleanly, failed when it failed on the trunk,
     *     else {@code unproven} with what the test call did not show
     */
    VerificationReport.Check registration(VerificationReport.Check unproven) {
        String ids = centerCall.map(c -> "Aircall call " + c.id()).orElse("no Aircall call in the window")
                + ", Synthflow call " + assistantCall.map(AgentPlatform.AssistantCall::id).orElse("-");
        if (assistantCall.isPresent() && !findings.isEmpty()) {
            return failed("registration", "a test call failed (" + ids + "): "
                    + VerificationReport.Check.oneLine(findings.get(0)), findings.get(0));
        }
        if (assistantCall.isPresent() && !unfinished(assistantCall.get())) {
            return passed("registration", "a test call reached the assistant: " + ids);
        }
        String why = assistantCall.isPresent() ? "the test call (" + ids + ") has not ended yet"
                : "no test call reached the assistant between " + window.from() + " and " + window.to();
        return VerificationReport.Check.notVerifiable(unproven.name(), why + "; " + unproven.reason());
    }

    private VerificationReport.Check contactCenterCheck() {
        if (centerCall.isEmpty()) {
            return failed(CONTACT_CENTER, Diagnostic.of(DiagnosticCode.TEST_CALL_NOT_RECORDED, Severity.ERROR,
                    "Aircall call log", "Aircall shows no inbound call on " + window.did() + " started between "
                            + window.from() + " and " + window.to(),
                    "call the DID and verify with a window that covers the call"));
        }
        ContactCenter.InboundCall call = centerCall.get();
        String found = "Aircall call " + call.id() + " started " + call.startedAt();
        return switch (call.outcome()) {
            case IN_PROGRESS -> VerificationReport.Check.pending(CONTACT_CENTER,
                    found + " and is still in progress; verify again after it ends");
            case ANSWERED -> passed(CONTACT_CENTER, found + " and was answered");
            case TRANSFERRED -> passed(CONTACT_CENTER, found + " and was transferred"
                    + call.transfer().map(t -> " to " + t).orElse(""));
            case MISSED -> passed(CONTACT_CENTER, found + " and is recorded as missed"
                    + call.missed().map(r -> " (" + r + ")").orElse("")
                    + "; Aircall does not document how it records a call forwarded to external SIP");
        };
    }

    private VerificationReport.Check assistantCheck() {
        if (assistantCall.isEmpty()) {
            return failed(ASSISTANT, Diagnostic.of(DiagnosticCode.TEST_CALL_NOT_ANSWERED, Severity.ERROR,
                    "Synthflow call log", "Synthflow logged no inbound call for assistant " + assistantId
                            + window.caller().map(c -> " from " + c).orElse("") + " started between " + window.from()
                            + " and " + window.to() + ": the call did not reach the assistant",
                    "check the Smartflow's Forward to External SIP step and the SIP destination, then "
                            + LiveChecks.REGISTRATION_FIX));
        }
        AgentPlatform.AssistantCall call = assistantCall.get();
        String found = "Synthflow call " + call.id() + " started " + call.startedAt();
        if (!findings.isEmpty()) {
            return failed(ASSISTANT, found + " failed: "
                    + findings.stream().map(VerificationReport.Check::oneLine).collect(Collectors.joining(" | ")), findings.get(0));
        }
        if (unfinished(call)) {
            return VerificationReport.Check.pending(ASSISTANT,
                    found + " is still " + call.record().status() + "; verify again after it ends");
        }
        return passed(ASSISTANT, found + " reached assistant " + assistantId + " and ended without a telephony error"
                + detail(", status ", call.record().status()) + detail(", end reason ", call.record().endReason()));
    }

    private VerificationReport.Check transferCheck() {
        List<String> seen = new ArrayList<>();
        centerCall.filter(c -> c.outcome() == ContactCenter.InboundCall.Outcome.TRANSFERRED)
                .ifPresent(c -> seen.add("Aircall: to " + c.transfer().orElse("a target it does not name")));
        assistantCall.ifPresent(c -> c.transfers().forEach(t -> seen.add("Synthflow executed " + t)));
        boolean attemptedByAi = assistantCall.map(AgentPlatform.AssistantCall::transferred).orElse(false);
        if (attemptedByAi && !findings.isEmpty()) {
            return failed(TRANSFER, "the call failed after a transfer was attempted (" + String.join("; ", seen)
                    + "); see " + ASSISTANT, findings.get(0));
        }
        if (!seen.isEmpty()) {
            return passed(TRANSFER, "transferred: " + String.join("; ", seen));
        }
        if (integration.transferTargets().isEmpty()) {
            return passed(TRANSFER, "not transferred, as planned: the plan has no transfer targets");
        }
        return VerificationReport.Check.notVerifiable(TRANSFER, "not transferred: neither"
                + " Aircall's record nor Synthflow's executed actions show a transfer, so no transfer back to Aircall"
                + " has been tried; ask for a person during a test call to prove it");
    }

    private static boolean unfinished(AgentPlatform.AssistantCall call) {
        String status = call.record().status();
        return status != null && UNFINISHED.contains(status.strip().toLowerCase(Locale.ROOT));
    }

    private static String detail(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value;
    }
}
