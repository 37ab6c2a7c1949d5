package io.trunkline.core.lifecycle;

import static io.trunkline.core.lifecycle.VerificationReport.Check.failed;
import static io.trunkline.core.lifecycle.VerificationReport.Check.passed;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.internal.diagnostic.LiveChecks;
import io.trunkline.core.internal.time.WaitLog;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads everything back and checks it, waiting (bounded) for registration to settle. With a
 * {@link TestCall}, also looks the call up on both sides ({@link TestCallChecks}).
 */
final class Verifier {

    private static final Logger LOG = LoggerFactory.getLogger(Verifier.class);

    /** Polled for registration: the one read that can change while verify waits. */
    private final AgentPlatform platform;
    /** Everything else, each resource read once: the snapshot of this verify. */
    private final AgentPlatform reads;
    private final ContactCenter contactCenter;
    private final StateStore store;
    private final Clock clock;
    private final Sleeper sleeper;

    Verifier(AgentPlatform platform, ContactCenter contactCenter, StateStore store, Clock clock, Sleeper sleeper) {
        this.platform = platform;
        this.reads = platform.snapshot();
        this.contactCenter = contactCenter;
        this.store = store;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    VerificationReport verify(ValidIntegration integration, VerifyOptions options) {
        PhoneNumber did = integration.did();
        String assistantId = integration.assistant().id();
        Ledger ledger = new Ledger(store, did);
        List<VerificationReport.Check> checks = new ArrayList<>();
        checks.add(checkLine(did));
        checkFallbackTeams(integration, checks);
        checks.add(checkSipNumber(integration, did));
        Optional<AgentPlatform.AssistantState> assistant = reads.findAssistant(assistantId);
        boolean bound = assistant.flatMap(AgentPlatform.AssistantState::boundNumber).filter(did::equals).isPresent();
        Optional<Diagnostic> unbound = bound ? Optional.empty() : Optional.of(assistant.isEmpty()
                ? LiveChecks.assistantNotFound(assistantId)
                : LiveChecks.assistantAnswersOther(assistantId, assistant.get().boundNumber(), did));
        checks.add(unbound.map(d -> failed("assistant-binding", d))
                .orElseGet(() -> passed("assistant-binding", "the assistant answers " + did)));
        // a SIP-URI transfer is a dashboard step, checked with the manual steps
        for (ValidIntegration.DialledTransfer transfer : integration.dialledTransfers()) {
            checks.add(checkTransfer(transfer, assistantId, assistant.orElse(null), ledger));
        }
        List<ManualStep> steps = new ArrayList<>(contactCenter.manualSteps(integration));
        steps.addAll(reads.manualSteps(integration));
        for (ManualStep step : steps) {
            checks.add(ledger.confirmed(step) ? passed("manual:" + step.id(), "confirmed")
                    : VerificationReport.Check.pending("manual:" + step.id(),
                    "not confirmed yet: " + step.title() + " (" + step.dashboardPath() + ")"));
        }
        checks.add(unbound.map(d -> failed("attachment", "not attempted: " + d.message() + "; " + d.fix(), d))
                .orElseGet(() -> awaitAttachment(did, assistantId, options)));
        VerificationReport.Check registration = VerificationReport.Check.notVerifiable("registration",
                "no API shows whether the SIP trunk registered; call " + did + " from a phone: the call reaching the "
                        + "assistant proves it (if it does not, " + LiveChecks.REGISTRATION_FIX + ")");
        Optional<TestCallChecks> testCall = options.testCall()
                .map(call -> TestCallChecks.read(integration, call, contactCenter, reads));
        checks.add(testCall.map(t -> t.registration(registration)).orElse(registration));
        testCall.ifPresent(t -> checks.addAll(t.checks()));
        return new VerificationReport(checks);
    }

    private VerificationReport.Check checkLine(PhoneNumber did) {
        return contactCenter.findLineByDid(did)
                .map(line -> line.smartflowManaged() ? passed("line", "line " + line.id() + " owns " + did + " and uses Smartflows")
                        : failed("line", LiveChecks.lineNotOnSmartflows(line)))
                .orElseGet(() -> failed("line", LiveChecks.lineNotFound(did.e164())));
    }

    private void checkFallbackTeams(ValidIntegration integration, List<VerificationReport.Check> checks) {
        if (integration.forward().fallback() instanceof SmartflowStep.RingTeam ringTeam) {
            long teamId = ringTeam.teamId();
            checks.add(contactCenter.findTeam(teamId)
                        .map(team -> team.userCount() > 0
                                ? passed("fallback-team", "team " + team.name() + " (" + teamId + ") has " + team.userCount() + " user(s)")
                                : failed("fallback-team", LiveChecks.fallbackTeamEmpty(team)))
                        .orElseGet(() -> failed("fallback-team", LiveChecks.fallbackTeamNotFound(teamId))));
        }
    }

    private VerificationReport.Check checkSipNumber(ValidIntegration integration, PhoneNumber did) {
        return reads.findSipNumber(did).map(live -> {
            List<Change.FieldChange> diff = Diffs.compare(Diffs.desired(Planner.spec(integration)),
                    Diffs.live(live), false);
            return diff.isEmpty() ? passed("sip-number", did + " is configured as planned")
                    : failed("sip-number", LiveChecks.sipNumberDrift(did, diff.stream().map(Change.FieldChange::field).toList()));
        }).orElseGet(() -> failed("sip-number", LiveChecks.sipNumberNotFound(did.e164())));
    }

    private VerificationReport.Check checkTransfer(ValidIntegration.DialledTransfer transfer, String assistantId,
                                            AgentPlatform.AssistantState assistant, Ledger ledger) {
        TransferTarget target = transfer.target();
        String name = "transfer:" + target.name();
        String key = Ledger.actionKey(target.name());
        Optional<AgentPlatform.TransferActionState> action = ledger.recordedId(key)
                .flatMap(reads::findTransferAction)
                .or(() -> contactCenter.findLine(transfer.lineId()).flatMap(line ->
                        LostCreate.findOwned(reads, ledger, key, Planner.actionSpec(assistantId, target, line.number()))));
        if (action.isEmpty()) {
            return failed(name, LiveChecks.transferActionMissing(target.describe()));
        }
        if (assistant == null || !assistant.actionIds().contains(action.get().id())) {
            return failed(name, LiveChecks.transferActionNotAttached(target.describe()));
        }
        String dialled = action.get().phone() != null ? action.get().phone()
                : "line " + transfer.lineId();
        return passed(name, "warm transfer to " + target.describe() + " via " + dialled);
    }

    /**
     * Waits until the platform shows the number attached to the assistant: what its API can show.
     * Only the attachment is re-read while waiting, and not before the first wait; everything else
     * was read once.
     */
    private VerificationReport.Check awaitAttachment(PhoneNumber did, String assistantId, VerifyOptions options) {
        Instant start = clock.instant();
        AgentPlatform source = reads; // the first answer may come from the SIP number already read
        while (true) {
            AgentPlatform.RegistrationStatus status = source.registrationStatus(did, assistantId);
            source = platform;
            if (status.state() == AgentPlatform.RegistrationStatus.State.REGISTERED) {
                return passed("attachment", status.detail());
            }
            if (status.state() == AgentPlatform.RegistrationStatus.State.FAILED) {
                return failed("attachment", LiveChecks.registrationFailed(status.detail(),
                        DiagnosticCode.REGISTRATION_FAILED.why()));
            }
            Duration elapsed = Duration.between(start, clock.instant());
            Duration remaining = options.registrationDeadline().minus(elapsed);
            if (remaining.compareTo(options.pollInterval()) < 0) {
                return failed("attachment", LiveChecks.registrationPending(Severity.ERROR, "still pending after "
                        + elapsed.toSeconds() + " s (" + status.detail() + ")",
                        DiagnosticCode.REGISTRATION_PENDING.why(), ""));
            }
            options.listener().waiting(status, elapsed, remaining);
            LOG.atLevel(WaitLog.level(options.pollInterval())).log(
                    "Waiting {} for Synthflow to attach {} to assistant {} ({}): {} left of {}",
                    WaitLog.show(options.pollInterval()), did, assistantId, status.detail(), WaitLog.show(remaining),
                    WaitLog.show(options.registrationDeadline()));
            sleep(options.pollInterval());
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.trunkline.core.exception.TrunklineException("interrupted while waiting for SIP registration", e);
        }
    }
}
