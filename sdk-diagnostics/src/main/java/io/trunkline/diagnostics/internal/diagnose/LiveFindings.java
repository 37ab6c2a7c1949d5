package io.trunkline.diagnostics.internal.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.diagnostic.LiveChecks;
import io.trunkline.core.internal.finding.Evidence;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.diagnostics.diagnose.LiveState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks what the vendors report against the plan: DIDs, attachment, registration, fallback, transfers. */
public final class LiveFindings {

    private final IntegrationPlan plan;
    private final LiveState live;
    private final DiagnosticList findings;

    private LiveFindings(IntegrationPlan plan, LiveState live, DiagnosticList findings) {
        this.plan = plan;
        this.live = live;
        this.findings = findings;
    }

    /**
     * @param plan the plan, valid or not
     * @param live what the vendors report
     * @param findings where to add the findings
     */
    public static void check(IntegrationPlan plan, LiveState live, DiagnosticList findings) {
        LiveFindings checks = new LiveFindings(plan, live, findings);
        checks.checkDids();
        checks.checkLine();
        checks.checkAttachment();
        checks.checkTerminationUri();
        checks.checkRegistration();
        checks.checkFallbackTeam();
        checks.checkTransferActions();
    }

    private Optional<PhoneNumber> planDid() {
        return plan.did() != null && PhoneNumber.problemWith(plan.did()) == null
                ? Optional.of(PhoneNumber.parse(plan.did())) : Optional.empty();
    }

    private void checkDids() {
        Map<String, PhoneNumber> dids = new LinkedHashMap<>();
        planDid().ifPresent(did -> dids.put("plan", did));
        if (live.line() != null) {
            dids.put("Aircall line " + live.line().id(), live.line().number());
        }
        if (live.sipNumber() != null) {
            dids.put("Synthflow SIP number", live.sipNumber().did());
        }
        if (dids.values().stream().distinct().count() <= 1) {
            return;
        }
        List<String> shown = new ArrayList<>();
        dids.forEach((where, did) -> shown.add(where + " " + did.e164()));
        findings.error(DiagnosticCode.DID_MISMATCH, "DID", "the DIDs differ: " + String.join(", ", shown),
                "use the Aircall line's DID, in E.164 form, as the Synthflow SIP number and as the plan's DID;"
                        + " then run plan and apply");
    }

    private void checkLine() {
        if (live.missing(LiveState.Resource.LINE)) {
            findings.add(LiveChecks.lineNotFound(shownDid()));
            return;
        }
        ContactCenter.LineState line = live.line();
        if (line != null && !line.smartflowManaged()) {
            findings.add(LiveChecks.lineNotOnSmartflows(line));
        }
    }

    private void checkAttachment() {
        if (live.missing(LiveState.Resource.SIP_NUMBER)) {
            findings.add(LiveChecks.sipNumberNotFound(shownDid()));
        }
        Optional<AssistantRef> ref = plan.assistant();
        if (ref.isEmpty()) {
            return;
        }
        String id = ref.get().id();
        if (live.missing(LiveState.Resource.ASSISTANT)) {
            findings.add(LiveChecks.assistantNotFound(id));
            return;
        }
        AgentPlatform.SipNumberState number = live.sipNumber();
        AgentPlatform.AssistantState assistant = live.assistant();
        if (number != null && !number.assistantIds().contains(id)) {
            findings.add(LiveChecks.numberAttachedElsewhere(number, id));
        } else if (assistant != null && planDid().isPresent()
                && !assistant.boundNumber().map(planDid().get()::equals).orElse(false)) {
            findings.add(LiveChecks.assistantAnswersOther(id, assistant.boundNumber(), planDid().get()));
        }
    }

    /** @return the plan's DID in E.164 form, or as written (quoted) when it does not parse */
    private String shownDid() {
        return planDid().map(PhoneNumber::e164).orElse(Printable.quote(plan.did()));
    }

    private Optional<String> plannedTerminationUri() {
        return plan.sipNumber().map(SipNumber::terminationUri).filter(uri -> !uri.isBlank());
    }

    private boolean terminationUriDrifted() {
        AgentPlatform.SipNumberState number = live.sipNumber();
        return number != null && number.terminationUri() != null && plannedTerminationUri().isPresent()
                && !number.terminationUri().strip().equalsIgnoreCase(plannedTerminationUri().get().strip());
    }

    private void checkTerminationUri() {
        if (terminationUriDrifted()) {
            findings.warning(DiagnosticCode.TERMINATION_URI_DRIFT, "Synthflow SIP number " + live.sipNumber().did(),
                    "Synthflow SIP number's termination URI is "
                            + Printable.quoteUri(live.sipNumber().terminationUri()) + " but the plan says "
                            + Printable.quoteUri(plannedTerminationUri().get()),
                    "the SIP number was edited in the Synthflow dashboard after apply; transfers and outbound calls"
                            + " now go where the live URI points",
                    "run plan to see the drift and apply to restore the planned termination URI");
        }
    }

    private void checkRegistration() {
        AgentPlatform.RegistrationStatus status = live.registration();
        if (status == null || status.state() == AgentPlatform.RegistrationStatus.State.REGISTERED) {
            return;
        }
        String evidence = "SIP registration is " + status.state() + ": " + Evidence.quote(status.detail());
        String suspects = String.join("; ", registrationSuspects());
        if (status.state() == AgentPlatform.RegistrationStatus.State.PENDING) {
            findings.add(LiveChecks.registrationPending(Severity.WARNING, evidence, "registration takes 1-2 minutes"
                    + " after the number is attached to the assistant; if it stays pending longer, suspect: " + suspects,
                    "wait 2 minutes and diagnose again; if it is still pending, "));
        } else {
            findings.add(LiveChecks.registrationFailed(evidence, "suspect, in this order: " + suspects));
        }
    }

    private List<String> registrationSuspects() {
        List<String> suspects = new ArrayList<>();
        boolean credentials = plan.sipNumber().flatMap(SipNumber::trunkCredentials).isPresent();
        suspects.add(credentials ? "the trunk credentials (a single wrong character makes registration fail)"
                : "the trunk has no credentials in the plan while the carrier may require them");
        suspects.add(terminationUriDrifted()
                ? "the termination URI, which differs from the plan (" + Printable.quoteUri(live.sipNumber().terminationUri()) + ")"
                : "the termination URI " + plannedTerminationUri().map(Printable::quoteUri).orElse("(none)")
                        + ", which must be Aircall's SIP address");
        suspects.add(engineSuspect());
        return suspects;
    }

    private String engineSuspect() {
        String version = live.assistant() != null && live.assistant().engineVersion() != null
                ? live.assistant().engineVersion()
                : plan.assistant().flatMap(AssistantRef::knownEngineVersion).orElse(null);
        if (version == null) {
            return "the assistant engine, whose version the API does not show (it must be v2.0+)";
        }
        Integer major = majorVersion(version);
        return major != null && major < 2
                ? "the assistant engine v" + version.replaceFirst("^[vV]", "") + ", older than the required v2.0"
                : "the assistant engine (v" + version.replaceFirst("^[vV]", "") + ", fine if v2.0+)";
    }

    private static Integer majorVersion(String version) {
        int[] parsed = io.trunkline.core.internal.validation.EngineVersion.parse(version);
        return parsed == null ? null : parsed[0];
    }

    private void checkFallbackTeam() {
        if (live.missing(LiveState.Resource.FALLBACK_TEAM)) {
            fallbackTeamId(plan).ifPresent(teamId -> findings.add(LiveChecks.fallbackTeamNotFound(teamId)));
            return;
        }
        ContactCenter.TeamState team = live.fallbackTeam();
        if (team != null && team.userCount() == 0) {
            findings.add(LiveChecks.fallbackTeamEmpty(team));
        }
    }

    /**
     * @param plan the plan, valid or not
     * @return the team the forward step falls back to, if it rings a team
     */
    public static Optional<Long> fallbackTeamId(IntegrationPlan plan) {
        return plan.smartflow().flatMap(Smartflow::forwardStep).map(SmartflowStep.ForwardToSip::fallback)
                .filter(SmartflowStep.RingTeam.class::isInstance).map(f -> ((SmartflowStep.RingTeam) f).teamId());
    }

    private void checkTransferActions() {
        for (AgentPlatform.TransferActionState action : live.transferActions()) {
            if (action.mode() == TransferMode.COLD) {
                findings.add(LiveChecks.coldTransferAction(action));
            }
        }
    }
}
