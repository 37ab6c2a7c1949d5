package io.trunkline.core.lifecycle;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.exception.PlanningException;
import io.trunkline.core.internal.diagnostic.LiveChecks;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads live state through the ports and works out the changes. Never writes, to a vendor or to the state store. */
final class Planner {

    static final String SIP_NUMBER = "sip-number";
    static final String BINDING = "assistant-binding";

    private final AgentPlatform platform;
    private final ContactCenter contactCenter;
    private final StateStore store;
    private final Clock clock;

    Planner(AgentPlatform platform, ContactCenter contactCenter, StateStore store, Clock clock) {
        this.platform = platform;
        this.contactCenter = contactCenter;
        this.store = store;
        this.clock = clock;
    }

    ChangePlan plan(ValidIntegration integration) {
        return plan(integration, Preconditions.check(integration, platform, contactCenter));
    }

    /**
     * Plans as if nothing existed, reading neither vendor: the line, the assistant and the transfer
     * targets are assumed to be there, and nothing Trunkline creates is assumed to be. The plan
     * renders, and says it is offline; apply refuses it.
     */
    ChangePlan planOffline(ValidIntegration integration) {
        return plan(integration, Preconditions.assumed(integration));
    }

    private ChangePlan plan(ValidIntegration integration, Preconditions live) {
        PhoneNumber did = integration.did();
        Ledger ledger = new Ledger(store, did);
        List<PlanStep> steps = new ArrayList<>();
        planSipNumber(integration, live, ledger, steps);
        planBinding(live.assistant(), did, steps);
        // a SIP-URI transfer has no API: the platform lists it as a manual step
        for (ValidIntegration.DialledTransfer transfer : integration.dialledTransfers()) {
            planTransfer(transfer, live, ledger, steps);
        }
        planManualSteps(integration, ledger, steps);
        return new ChangePlan(ChangePlan.Kind.APPLY, did, clock.instant(), live.offline(), steps, ledger.serial());
    }

    static AgentPlatform.SipNumberSpec spec(ValidIntegration integration) {
        SipNumber number = integration.sipNumber();
        return new AgentPlatform.SipNumberSpec(integration.did(), number.friendlyName(), number.terminationUri(),
                number.trunkCredentials().map(c -> c.username()).orElse(null),
                number.trunkCredentials().map(c -> c.password()).orElse(null),
                number.outboundProxy(), number.authUsername(), number.registrationEnabled(),
                number.registrationExpiry() == null ? null : (int) number.registrationExpiry().toSeconds());
    }

    private void planSipNumber(ValidIntegration integration, Preconditions live, Ledger ledger, List<PlanStep> steps) {
        AgentPlatform.SipNumberSpec spec = spec(integration);
        PhoneNumber did = integration.did();
        String resource = "SIP number " + did;
        Optional<AgentPlatform.SipNumberState> current = live.offline() ? Optional.empty() : platform.findSipNumber(did,
                ledger.owns(SIP_NUMBER) ? AgentPlatform.Expectation.PRESENT : AgentPlatform.Expectation.ABSENT);
        if (current.isEmpty()) {
            List<Change.FieldChange> fields = new ArrayList<>(Diffs.creation(Diffs.desired(spec)));
            if (spec.trunkUsername() != null) {
                fields.add(Change.FieldChange.of("trunkUsername", null, spec.trunkUsername()));
                fields.add(Change.FieldChange.secret("trunkPassword", true));
            }
            steps.add(new PlanStep(new Change(SIP_NUMBER, resource, Change.Action.CREATE, "import " + did + " as a custom SIP number",
                    fields, List.of(), null), new Operation.CreateSipNumber(spec)));
            return;
        }
        List<Change.FieldChange> diff = Diffs.compare(Diffs.desired(spec), Diffs.live(current.get()), false);
        if (diff.isEmpty()) {
            steps.add(new PlanStep(noOp(SIP_NUMBER, resource, "already configured as planned"), new Operation.None()));
        } else {
            steps.add(new PlanStep(new Change(SIP_NUMBER, resource, Change.Action.UPDATE, "update " + diff.size() + " field(s)",
                    diff, List.of(), null), new Operation.UpdateSipNumber(spec, Diffs.before(diff))));
        }
    }

    private void planBinding(AgentPlatform.AssistantState assistant, PhoneNumber did, List<PlanStep> steps) {
        String resource = "assistant " + assistant.id() + " inbound number";
        if (assistant.boundNumber().filter(did::equals).isPresent()) {
            steps.add(new PlanStep(noOp(BINDING, resource, "already answers " + did), new Operation.None()));
            return;
        }
        String before = assistant.boundNumber().map(PhoneNumber::e164).orElse(null);
        steps.add(new PlanStep(new Change(BINDING, resource, Change.Action.UPDATE,
                        "attach " + did + " to the assistant; the SIP trunk registers within 1-2 minutes",
                        List.of(Change.FieldChange.of("inboundNumber", before, did.e164())), List.of(SIP_NUMBER), null),
                new Operation.BindNumber(assistant.id(), did)));
    }

    static AgentPlatform.TransferActionSpec actionSpec(String assistantId, TransferTarget target, PhoneNumber dialled) {
        return new AgentPlatform.TransferActionSpec(assistantId, target.name(), dialled, target.mode(), target.instructions(),
                target.initiatingMessage(), target.timeout());
    }

    private void planTransfer(ValidIntegration.DialledTransfer transfer, Preconditions live, Ledger ledger,
                              List<PlanStep> steps) {
        TransferTarget target = transfer.target();
        String key = Ledger.actionKey(target.name());
        String actionChange = "transfer-action[" + target.name() + "]";
        String resource = "transfer action \"" + target.name() + "\" to " + target.describe();
        if (live.offline()) { // the line's number is unknown offline: say where it comes from
            String dialled = "the number of Aircall line " + transfer.lineId();
            steps.add(PlanStep.showOnly(new Change(actionChange, resource, Change.Action.CREATE,
                    "create a warm transfer that dials " + dialled + " (a new INVITE to Aircall)",
                    Diffs.creation(Diffs.desired(target, dialled)), List.of(), null)));
            planAttach(target, live, key, null, steps);
            return;
        }
        AgentPlatform.TransferActionSpec spec = actionSpec(live.assistant().id(), target, live.linePhones().get(transfer.lineId()));
        Optional<String> knownId = ledger.recordedId(key);
        Optional<AgentPlatform.TransferActionState> current = knownId.isPresent() ? platform.findTransferAction(knownId.get())
                : ledger.intentBaseline(key).isPresent() ? LostCreate.find(platform, ledger, key, spec)
                : platform.findMatchingTransferAction(spec, ledger.owns(key)
                        ? AgentPlatform.MatchScope.ATTACHED_OR_UNATTACHED : AgentPlatform.MatchScope.ATTACHED_TO_ASSISTANT);
        String actionId = current.map(AgentPlatform.TransferActionState::id).orElse(null);
        if (knownId.isEmpty() && actionId != null && ledger.owns(key)) {
            // a crash hit between the create and the journal update: apply records the id, planning writes nothing
            steps.add(new PlanStep(noOp("transfer-adopt[" + target.name() + "]", resource,
                    "record action " + actionId + ", made by a create whose answer was lost"),
                    new Operation.RecordAdoption(key, actionId)));
        }
        if (current.isEmpty()) {
            steps.add(new PlanStep(new Change(actionChange, resource, Change.Action.CREATE,
                    "create a warm transfer that dials " + spec.phone() + " (a new INVITE to Aircall)",
                    Diffs.creation(Diffs.desired(spec)), List.of(), null), new Operation.CreateAction(key, spec)));
        } else {
            List<Change.FieldChange> diff = Diffs.compare(Diffs.desired(spec), Diffs.live(current.get()), true);
            steps.add(new PlanStep(diff.isEmpty() ? noOp(actionChange, resource, "already configured as planned")
                            : new Change(actionChange, resource, Change.Action.UPDATE, "update " + diff.size() + " field(s)",
                                    diff, List.of(), null),
                    diff.isEmpty() ? new Operation.None() : new Operation.UpdateAction(actionId, spec, Diffs.before(diff))));
        }
        planAttach(target, live, key, actionId, steps);
    }

    private static void planAttach(TransferTarget target, Preconditions live, String key, String actionId,
                                   List<PlanStep> steps) {
        String actionChange = "transfer-action[" + target.name() + "]";
        String attachChange = "transfer-attach[" + target.name() + "]";
        String assistantId = live.assistant().id();
        String attachResource = "assistant " + assistantId + " action \"" + target.name() + "\"";
        if (actionId != null && live.assistant().actionIds().contains(actionId)) {
            steps.add(new PlanStep(noOp(attachChange, attachResource, "already attached"), new Operation.None()));
        } else {
            steps.add(new PlanStep(new Change(attachChange, attachResource, Change.Action.CREATE, "attach the transfer to the assistant",
                            List.of(Change.FieldChange.of("actions", null, target.name())), List.of(actionChange, BINDING), null),
                    new Operation.AttachAction(assistantId, key, actionId)));
        }
    }

    private void planManualSteps(ValidIntegration integration, Ledger ledger, List<PlanStep> steps) {
        List<ManualStep> manualSteps = new ArrayList<>(contactCenter.manualSteps(integration));
        manualSteps.addAll(platform.manualSteps(integration));
        for (ManualStep step : manualSteps) {
            boolean confirmed = ledger.confirmed(step);
            steps.add(new PlanStep(new Change("manual[" + step.id() + "]", step.title(),
                    confirmed ? Change.Action.NO_OP : Change.Action.MANUAL,
                    confirmed ? "confirmed" : "to do in the dashboard: " + step.dashboardPath(),
                    List.of(), List.of(BINDING), step), new Operation.None()));
        }
    }

    static Change noOp(String id, String resource, String summary) {
        return new Change(id, resource, Change.Action.NO_OP, summary, List.of(), List.of(), null);
    }

    /** Reads and checks what must exist before anything can be planned, reporting all problems at once. */
    record Preconditions(AgentPlatform.AssistantState assistant, Map<Long, PhoneNumber> linePhones, boolean offline) {

        /** What an offline plan assumes: the assistant exists, answers inbound calls, and has nothing bound. */
        static Preconditions assumed(ValidIntegration integration) {
            return new Preconditions(new AgentPlatform.AssistantState(integration.assistant().id(), null, true, null, null, List.of()),
                    Map.of(), true);
        }

        static Preconditions check(ValidIntegration integration, AgentPlatform platform, ContactCenter contactCenter) {
            List<Diagnostic> problems = new ArrayList<>();
            PhoneNumber did = integration.did();
            Optional<ContactCenter.LineState> integrated = contactCenter.findLineByDid(did);
            integrated.ifPresentOrElse(line -> {
                if (!line.smartflowManaged()) {
                    problems.add(LiveChecks.lineNotOnSmartflows(line));
                }
            }, () -> problems.add(LiveChecks.lineNotFound(did.e164())));
            integrated.ifPresent(line -> integration.dialledTransfers().stream()
                    .filter(t -> t.lineId() == line.id()).map(ValidIntegration.DialledTransfer::target)
                    .forEach(t -> problems.add(LiveChecks.transferDialsIntegratedLine(t.describe(), line.id()))));
            AssistantRef ref = integration.assistant();
            AgentPlatform.AssistantState assistant = platform.findAssistant(ref.id()).orElse(null);
            if (assistant == null) {
                problems.add(LiveChecks.assistantNotFound(ref.id()));
            } else if (!assistant.inbound()) {
                problems.add(LiveChecks.assistantNotInbound(ref.id()));
            }
            integration.transferTargets().forEach(target -> checkExists(target, contactCenter, problems));
            Map<Long, PhoneNumber> phones = new LinkedHashMap<>();
            for (ValidIntegration.DialledTransfer transfer : integration.dialledTransfers()) {
                long lineId = transfer.lineId();
                if (!phones.containsKey(lineId)) {
                    contactCenter.findLine(lineId).ifPresentOrElse(line -> phones.put(lineId, line.number()),
                            () -> problems.add(LiveChecks.transferLineNotFound(lineId, transfer.target().describe())));
                }
            }
            if (!problems.isEmpty()) {
                throw new PlanningException(problems);
            }
            return new Preconditions(assistant, phones, false);
        }

        private static void checkExists(TransferTarget target, ContactCenter contactCenter, List<Diagnostic> problems) {
            boolean exists = switch (target.kind()) {
                // a dialled line is looked up with the other dialled lines
                case LINE -> !target.viaSipUri() || contactCenter.findLine(target.id()).isPresent();
                case TEAM -> contactCenter.findTeam(target.id()).isPresent();
                case USER -> contactCenter.findUser(target.id()).isPresent();
            };
            if (!exists) {
                problems.add(LiveChecks.transferTargetNotFound(target.describe()));
            }
        }
    }
}
