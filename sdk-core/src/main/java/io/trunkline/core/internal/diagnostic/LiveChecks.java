package io.trunkline.core.internal.diagnostic;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every problem live state can show, worded once: planning's preconditions, verification and
 * {@code Diagnose} all report a live problem through these factories, so the same problem has the
 * same code, message and fix wherever it is found. The cause is the code's
 * {@link DiagnosticCode#why()} unless the check knows more.
 */
public final class LiveChecks {

    /** What fixes a failed or stuck SIP registration, in the order to try it. */
    public static final String REGISTRATION_FIX = "re-copy the trunk credentials (username and password) into the"
            + " Synthflow SIP number exactly, check the termination URI points to Aircall, confirm the assistant runs"
            + " engine v2.0+, then detach and re-attach the number to the assistant and wait 2 minutes";

    private static final String ATTACH_FIX = "attach the SIP number to the assistant (run apply, or Synthflow:"
            + " Assistants → the assistant → phone number), then wait 1-2 minutes for SIP registration";

    private LiveChecks() {
    }

    /** @param did the DID as planned, E.164 when it parses */
    public static Diagnostic lineNotFound(String did) {
        return error(DiagnosticCode.LINE_NOT_FOUND, "Aircall number " + did,
                did + " is not a number of this Aircall company",
                "copy the DID from Aircall (Numbers) and check that the API credentials belong to that company");
    }

    public static Diagnostic lineNotOnSmartflows(ContactCenter.LineState line) {
        return error(DiagnosticCode.LINE_NOT_ON_SMARTFLOWS, "Aircall line " + line.id() + " " + Printable.quote(line.name()),
                "line " + line.id() + " (" + line.number() + ") is not managed by Smartflows",
                "switch the line to the Smartflows editor in Aircall (Numbers → the number → Edit Smartflow) so it"
                        + " can forward to an external SIP destination");
    }

    /** @param did the DID as planned, E.164 when it parses */
    public static Diagnostic sipNumberNotFound(String did) {
        return error(DiagnosticCode.SIP_NUMBER_NOT_FOUND, "Synthflow SIP number " + did,
                "Synthflow has no SIP number " + did,
                "run apply to create it, or add it in Synthflow (Phone Numbers → Add Number → Custom / SIP)");
    }

    public static Diagnostic sipNumberDrift(PhoneNumber did, List<String> fields) {
        return error(DiagnosticCode.SIP_NUMBER_DRIFT, "Synthflow SIP number " + did,
                "fields differ from the plan: " + fields, "run plan to see the drift and apply to fix it");
    }

    public static Diagnostic numberAttachedElsewhere(AgentPlatform.SipNumberState number, String assistantId) {
        return new Diagnostic(DiagnosticCode.NUMBER_NOT_ATTACHED, Severity.ERROR, "Synthflow SIP number " + number.did(),
                "Synthflow SIP number " + number.did().e164() + " is attached to " + number.assistantIds()
                        + ", not to assistant " + assistantId,
                "the number was never attached to this assistant, or was attached to another one; the SIP trunk"
                        + " only exists once it is attached", ATTACH_FIX);
    }

    /** @param bound the number the assistant answers, if any */
    public static Diagnostic assistantAnswersOther(String assistantId, Optional<PhoneNumber> bound, PhoneNumber did) {
        return error(DiagnosticCode.NUMBER_NOT_ATTACHED, "Synthflow assistant " + assistantId,
                "assistant " + assistantId + " answers " + bound.map(PhoneNumber::e164).orElse("no inbound number")
                        + " instead of " + did.e164(), ATTACH_FIX);
    }

    public static Diagnostic assistantNotFound(String assistantId) {
        return error(DiagnosticCode.ASSISTANT_NOT_FOUND, "Synthflow assistant " + assistantId,
                "assistant " + assistantId + " does not exist in this Synthflow workspace",
                "check its model_id in Synthflow (Assistants), or create the assistant");
    }

    public static Diagnostic assistantNotInbound(String assistantId) {
        return error(DiagnosticCode.ASSISTANT_NOT_INBOUND, "Synthflow assistant " + assistantId,
                "assistant " + assistantId + " is not an inbound assistant", "choose or create an inbound one");
    }

    /** @param owner the DID that binds the assistant earlier in the batch */
    public static Diagnostic assistantSharedInBatch(String assistantId, String owner, String did) {
        return error(DiagnosticCode.ASSISTANT_SHARED_IN_BATCH, "Synthflow assistant " + assistantId,
                "assistant " + assistantId + " is already the inbound assistant of " + owner + " in this batch",
                "give " + did + " its own assistant");
    }

    public static Diagnostic fallbackTeamNotFound(long teamId) {
        return error(DiagnosticCode.FALLBACK_TEAM_NOT_FOUND, "Aircall team " + teamId,
                "fallback team " + teamId + " does not exist in Aircall",
                "copy the Team ID from the Aircall dashboard URL into the fallback, or pick an existing team");
    }

    public static Diagnostic fallbackTeamEmpty(ContactCenter.TeamState team) {
        return error(DiagnosticCode.FALLBACK_TEAM_EMPTY, "Aircall team " + team.id(),
                "fallback team " + team.id() + " " + Printable.quote(team.name()) + " has no users",
                "add agents to team " + team.id() + " in Aircall, or fall back to another team, a user or voicemail");
    }

    /** @param target the target as {@code TransferTarget.describe()} names it, e.g. "Aircall team 678" */
    public static Diagnostic transferTargetNotFound(String target) {
        return error(DiagnosticCode.TRANSFER_TARGET_NOT_FOUND, target, target + " does not exist",
                "copy the ID from the Aircall dashboard URL");
    }

    /** @param target the target the line rings, as {@code TransferTarget.describe()} names it */
    public static Diagnostic transferLineNotFound(long lineId, String target) {
        return error(DiagnosticCode.TRANSFER_TARGET_NOT_FOUND, "Aircall line " + lineId,
                "Aircall line " + lineId + " (to reach " + target + ") does not exist",
                "copy the Line ID from the Aircall dashboard URL");
    }

    public static Diagnostic transferDialsIntegratedLine(String target, long lineId) {
        return error(DiagnosticCode.TRANSFER_DIALS_INTEGRATED_LINE, "transfer to " + target,
                "the transfer to " + target + " dials line " + lineId + ", the integrated line itself",
                "use a line whose Smartflow rings the team or user directly");
    }

    public static Diagnostic transferActionMissing(String target) {
        return error(DiagnosticCode.TRANSFER_ACTION_MISSING, "transfer to " + target,
                "no transfer action reaches " + target, "run apply");
    }

    public static Diagnostic transferActionNotAttached(String target) {
        return error(DiagnosticCode.TRANSFER_ACTION_NOT_ATTACHED, "transfer to " + target,
                "the transfer action to " + target + " exists but is not attached to the assistant", "run apply");
    }

    public static Diagnostic coldTransferAction(AgentPlatform.TransferActionState action) {
        return error(DiagnosticCode.TRANSFER_REFER_UNSUPPORTED, "Synthflow transfer action " + Printable.quote(action.id()),
                "Synthflow transfer action " + Printable.quote(action.id())
                        + (action.phone() == null ? "" : " to " + Printable.quote(action.phone()))
                        + " is a cold transfer (" + action.mode().name().toLowerCase(Locale.ROOT) + ")",
                "set the action's transfer mode to warm (new INVITE through the termination URI), or run apply");
    }

    /**
     * @param message what the platform shows
     * @param cause what to suspect, in order
     */
    public static Diagnostic registrationFailed(String message, String cause) {
        return new Diagnostic(DiagnosticCode.REGISTRATION_FAILED, Severity.ERROR, "SIP registration", message, cause,
                REGISTRATION_FIX);
    }

    /**
     * @param severity an error once verify stops waiting, a warning while it may still settle
     * @param message what the platform shows
     * @param cause what to suspect, in order
     * @param fix what to do before {@link #REGISTRATION_FIX} (e.g. wait and look again), or empty
     */
    public static Diagnostic registrationPending(Severity severity, String message, String cause, String fix) {
        return new Diagnostic(DiagnosticCode.REGISTRATION_PENDING, severity, "SIP registration", message, cause,
                fix + REGISTRATION_FIX);
    }

    private static Diagnostic error(DiagnosticCode code, String subject, String message, String fix) {
        return Diagnostic.of(code, Severity.ERROR, subject, message, fix);
    }
}
