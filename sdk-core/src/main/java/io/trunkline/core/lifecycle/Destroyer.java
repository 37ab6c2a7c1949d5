package io.trunkline.core.lifecycle;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans the removal of what Trunkline created for a DID, and nothing else: resources without an
 * entry in the {@link StateStore} existed before Trunkline and are left in place.
 */
final class Destroyer {

    private final AgentPlatform platform;
    private final ContactCenter contactCenter;
    private final StateStore store;
    private final Clock clock;

    Destroyer(AgentPlatform platform, ContactCenter contactCenter, StateStore store, Clock clock) {
        this.platform = platform;
        this.contactCenter = contactCenter;
        this.store = store;
        this.clock = clock;
    }

    ChangePlan plan(ValidIntegration integration) {
        PhoneNumber did = integration.did();
        Ledger ledger = new Ledger(store, did);
        List<PlanStep> steps = new ArrayList<>();
        for (ManualStep step : contactCenter.teardownSteps(integration)) {
            steps.add(new PlanStep(new Change("manual[" + step.id() + "]", step.title(), Change.Action.MANUAL,
                    "to do in the dashboard first, so no call is forwarded to a removed number: " + step.dashboardPath(),
                    List.of(), List.of(), step), new Operation.None()));
        }
        String assistantId = integration.assistant().id();
        List<String> attached = platform.findAssistant(assistantId).map(a -> a.actionIds()).orElse(List.of());
        // a SIP-URI transfer was never created through the API, so it is never deleted through it
        for (ValidIntegration.DialledTransfer transfer : integration.dialledTransfers()) {
            planAction(transfer, assistantId, attached, ledger, steps);
        }
        planSipNumber(did, ledger, steps);
        return new ChangePlan(ChangePlan.Kind.DESTROY, did, clock.instant(), false, steps, ledger.serial());
    }

    private void planAction(ValidIntegration.DialledTransfer transfer, String assistantId, List<String> attached,
                            Ledger ledger, List<PlanStep> steps) {
        TransferTarget target = transfer.target();
        String key = Ledger.actionKey(target.name());
        String id = "transfer-action[" + target.name() + "]";
        String resource = "transfer action \"" + target.name() + "\"";
        if (!ledger.owns(key)) {
            steps.add(new PlanStep(Planner.noOp(id, resource, "not created by Trunkline; left in place"), new Operation.None()));
            return;
        }
        Optional<String> live = liveActionId(transfer, assistantId, attached, ledger);
        if (live.isEmpty()) {
            steps.add(new PlanStep(Planner.noOp(id, resource, "already gone"), new Operation.ForgetGone(List.of(key))));
            return;
        }
        String actionId = live.get();
        if (attached.contains(actionId)) {
            steps.add(new PlanStep(new Change("transfer-detach[" + target.name() + "]", resource, Change.Action.DELETE,
                    "detach from assistant " + assistantId, List.of(Change.FieldChange.of("actions", target.name(), null)),
                    List.of(), null), new Operation.DetachAction(assistantId, actionId)));
        }
        steps.add(new PlanStep(new Change(id, resource, Change.Action.DELETE, "delete the action Trunkline created", List.of(),
                List.of(), null), new Operation.DeleteAction(key, actionId)));
    }

    /**
     * The id of the action Trunkline created, if it still exists. An id the journal records and the
     * assistant lists (read once for the whole destroy) is taken to exist without another read; should
     * it be gone all the same, its delete finding nothing counts as done. Any other id is read.
     */
    private Optional<String> liveActionId(ValidIntegration.DialledTransfer transfer, String assistantId,
                                          List<String> attached, Ledger ledger) {
        Optional<String> knownId = ledger.recordedId(Ledger.actionKey(transfer.target().name()));
        if (knownId.filter(attached::contains).isPresent()) {
            return knownId;
        }
        Optional<AgentPlatform.TransferActionState> live = knownId.isPresent() ? platform.findTransferAction(knownId.get())
                : findByContent(transfer, assistantId, ledger);
        return live.map(AgentPlatform.TransferActionState::id);
    }

    /** Only reached when a crash hit between the create and the journal update, so the id was never recorded. */
    private Optional<AgentPlatform.TransferActionState> findByContent(ValidIntegration.DialledTransfer transfer, String assistantId,
                                                        Ledger ledger) {
        return contactCenter.findLine(transfer.lineId())
                .map(line -> Planner.actionSpec(assistantId, transfer.target(), line.number()))
                .flatMap(spec -> LostCreate.findOwned(platform, ledger, Ledger.actionKey(transfer.target().name()), spec));
    }

    private void planSipNumber(PhoneNumber did, Ledger ledger, List<PlanStep> steps) {
        String resource = "SIP number " + did;
        if (!ledger.owns(Planner.SIP_NUMBER)) {
            steps.add(new PlanStep(Planner.noOp(Planner.SIP_NUMBER, resource, "not created by Trunkline; left in place"),
                    new Operation.None()));
        } else { // not read first: the journal names it, and a delete that finds it gone counts as done
            steps.add(new PlanStep(new Change(Planner.SIP_NUMBER, resource, Change.Action.DELETE,
                    "delete the number Trunkline imported (this also detaches it from the assistant)", List.of(),
                    List.of(), null), new Operation.DeleteSipNumber(did)));
        }
    }
}
