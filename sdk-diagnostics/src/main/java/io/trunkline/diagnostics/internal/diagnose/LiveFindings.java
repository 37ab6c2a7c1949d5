package io.trunkline.diagnostics.internal.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.finding.FindingCode;
import io.trunkline.core.internal.finding.Evidence;
import io.trunkline.core.internal.finding.FindingList;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AssistantState;
import io.trunkline.core.spi.LineState;
import io.trunkline.core.spi.RegistrationStatus;
import io.trunkline.core.spi.SipNumberState;
import io.trunkline.core.spi.TeamState;
import io.trunkline.core.spi.TransferActionState;
import io.trunkline.diagnostics.diagnose.LiveState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks what the vendors report against the plan: DIDs, attachment, registration, fallback, transfers. */
public final class LiveFindings {

    private final IntegrationPlan plan;
    private final LiveState live;
    private final FindingList findings;

    private LiveFindings(IntegrationPlan plan, LiveState live, FindingList findings) {
        this.plan = plan;
        this.live = live;
        this.findings = findings;
    }

    /**
     * @param plan the plan, valid or not
     * @param live what the vendors report
     * @param findings where to add the findings
     */
    public static void check(IntegrationPlan plan, LiveState live, FindingList findings) {
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
        findings.error(FindingCode.DID_MISMATCH, "the DIDs differ: " + String.join(", ", shown),
                "Aircall sends the DID as the INVITE Request-URI and Synthflow matches it against its SIP numbers;"
                        + " with different DIDs the call matches no assistant and is rejected (often 404 Not Found)",
                "use the Aircall line's DID, in E.164 form, as the Synthflow SIP number and as the plan's DID;"
                        + " then run plan and apply");
    }

    private void checkLine() {
        if (live.missing(LiveState.Resource.LINE)) {
            findings.error(FindingCode.LINE_NOT_FOUND, "no Aircall line owns " + planDid().map(PhoneNumber::e164)
                            .orElse(Printable.quote(plan.did())),
                    "the DID is mistyped, or the number belongs to another Aircall company",
                    "copy the DID from Aircall (Numbers) and make sure the API key belongs to that company");
            return;
        }
        LineState line = live.line();
        if (line != null && !line.smartflowManaged()) {
            findings.error(FindingCode.LINE_NOT_ON_SMARTFLOWS, "Aircall line " + line.id() + " "
                            + Printable.quote(line.name()) + " is not managed by Smartflows",
                    "the line uses the classic call distribution, which has no Forward to External SIP step,"
                            + " so no call is forwarded to Synthflow",
                    "switch the line to the Smartflows editor in Aircall (Numbers → the number → Edit Smartflow)");
        }
    }

    private void checkAttachment() {
        if (live.missing(LiveState.Resource.SIP_NUMBER)) {
            findings.error(FindingCode.SIP_NUMBER_NOT_FOUND, "Synthflow has no SIP number "
                            + planDid().map(PhoneNumber::e164).orElse(Printable.quote(plan.did())),
                    "the number was never imported as Custom/SIP, was deleted, or was created with another DID",
                    "run apply to create it, or add it in Synthflow (Phone Numbers → Add Number → Custom / SIP)");
        }
        Optional<AssistantRef> ref = plan.assistant();
        if (ref.isEmpty()) {
            return;
        }
        String id = ref.get().id();
        if (live.missing(LiveState.Resource.ASSISTANT)) {
            notAttached("the assistant " + Printable.quote(id) + " does not exist in Synthflow",
                    "the assistant id is wrong or the assistant was deleted");
            return;
        }
        SipNumberState number = live.sipNumber();
        AssistantState assistant = live.assistant();
        if (number != null && !number.assistantIds().contains(id)) {
            notAttached("Synthflow SIP number " + number.did().e164() + " is attached to " + number.assistantIds()
                    + ", not to assistant " + Printable.quote(id), "the number was never attached to this assistant,"
                    + " or was attached to another one; the SIP trunk only exists once it is attached");
        } else if (assistant != null && planDid().isPresent()
                && !assistant.boundNumber().map(planDid().get()::equals).orElse(false)) {
            notAttached("assistant " + Printable.quote(id) + " answers "
                            + assistant.boundNumber().map(PhoneNumber::e164).orElse("no inbound number")
                            + " instead of " + planDid().get().e164(),
                    "the assistant's inbound number was changed after the integration was applied");
        }
    }

    private void notAttached(String evidence, String cause) {
        findings.error(FindingCode.NUMBER_NOT_ATTACHED, evidence, cause,
                "attach the SIP number to the assistant (run apply, or Synthflow: Assistants → the assistant →"
                        + " phone number), then wait 1-2 minutes for SIP registration");
    }

    private Optional<String> plannedTerminationUri() {
        return plan.sipNumber().map(SipNumber::terminationUri).filter(uri -> !uri.isBlank());
    }

    private boolean terminationUriDrifted() {
        SipNumberState number = live.sipNumber();
        return number != null && number.terminationUri() != null && plannedTerminationUri().isPresent()
                && !number.terminationUri().strip().equalsIgnoreCase(plannedTerminationUri().get().strip());
    }

    private void checkTerminationUri() {
        if (terminationUriDrifted()) {
            findings.warning(FindingCode.TERMINATION_URI_DRIFT, "Synthflow SIP number's termination URI is "
                            + Printable.quoteUri(live.sipNumber().terminationUri()) + " but the plan says "
                            + Printable.quoteUri(plannedTerminationUri().get()),
                    "the SIP number was edited in the Synthflow dashboard after apply; transfers and outbound calls"
                            + " now go where the live URI points",
                    "run plan to see the drift and apply to restore the planned termination URI");
        }
    }

    private void checkRegistration() {
        RegistrationStatus status = live.registration();
        if (status == null || status.state() == RegistrationStatus.State.REGISTERED) {
            return;
        }
        String evidence = "SIP registration is " + status.state() + ": " + Evidence.quote(status.detail());
        String suspects = String.join("; ", registrationSuspects());
        String fix = "re-copy the trunk username and password into the Synthflow SIP number exactly, check the"
                + " termination URI points to Aircall, confirm the assistant runs engine v2.0+, then detach and"
                + " re-attach the number to the assistant and wait 2 minutes";
        if (status.state() == RegistrationStatus.State.PENDING) {
            findings.warning(FindingCode.REGISTRATION_PENDING, evidence, "registration takes 1-2 minutes after the"
                    + " number is attached to the assistant; if it stays pending longer, suspect: " + suspects,
                    "wait 2 minutes and diagnose again; if it is still pending, " + fix);
        } else {
            findings.error(FindingCode.REGISTRATION_FAILED, evidence, "suspect, in this order: " + suspects, fix);
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
            findings.error(FindingCode.FALLBACK_MISSING, "the forward step's fallback team does not exist in Aircall",
                    "the team was deleted or its ID was mistyped: calls Synthflow does not answer go nowhere",
                    "copy the Team ID from the Aircall dashboard URL into the fallback, or pick an existing team");
            return;
        }
        TeamState team = live.fallbackTeam();
        if (team != null && team.userCount() == 0) {
            findings.error(FindingCode.FALLBACK_TEAM_EMPTY, "fallback team " + team.id() + " "
                            + Printable.quote(team.name()) + " has no users",
                    "calls Synthflow does not answer in time ring an empty team, so nobody picks them up",
                    "add agents to team " + team.id() + " in Aircall, or fall back to another team, a user or voicemail");
        }
    }

    private void checkTransferActions() {
        for (TransferActionState action : live.transferActions()) {
            if (action.mode() == TransferMode.COLD) {
                findings.error(FindingCode.TRANSFER_USES_REFER, "Synthflow transfer action " + Printable.quote(action.id())
                                + (action.phone() == null ? "" : " to " + Printable.quote(action.phone()))
                                + " is a cold transfer (" + action.mode().name().toLowerCase(Locale.ROOT) + ")",
                        "a cold transfer sends SIP REFER, which Aircall does not support: the caller is never"
                                + " connected to the agent",
                        "set the action's transfer mode to warm (new INVITE through the termination URI), or run apply");
            }
        }
    }
}
