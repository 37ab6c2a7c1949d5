package io.trunkline.aircall;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory Synthflow side with one inbound assistant; the Aircall side under test is real. */
final class FakeAgentPlatform implements AgentPlatform {

    private final Map<String, AgentPlatform.SipNumberState> numbers = new LinkedHashMap<>();
    private final Map<String, AgentPlatform.TransferActionState> actions = new LinkedHashMap<>();
    private AgentPlatform.AssistantState assistant;
    private int nextActionId = 1;

    FakeAgentPlatform(String assistantId) {
        assistant = new AgentPlatform.AssistantState(assistantId, "Receptionist", true, null, "2.0", List.of());
    }

    /** No calls: the Aircall adapter's tests never place one through the platform. */
    @Override
    public Optional<io.trunkline.core.spi.AgentPlatform.AssistantCall> findInboundCall(String assistantId,
                                                                      io.trunkline.core.spi.CallWindow window) {
        return Optional.empty();
    }

    @Override
    public synchronized Optional<AgentPlatform.SipNumberState> findSipNumber(PhoneNumber did) {
        return Optional.ofNullable(numbers.get(did.e164()));
    }

    @Override
    public synchronized AgentPlatform.SipNumberState createSipNumber(AgentPlatform.SipNumberSpec spec) {
        AgentPlatform.SipNumberState state = new AgentPlatform.SipNumberState(spec.did(), spec.friendlyName(), spec.terminationUri(),
                spec.outboundProxy(), spec.authUsername(), spec.registrationEnabled(), spec.registrationExpirySeconds(),
                List.of());
        numbers.put(spec.did().e164(), state);
        return state;
    }

    @Override
    public synchronized void updateSipNumber(AgentPlatform.SipNumberSpec spec) {
        createSipNumber(spec);
    }

    @Override
    public synchronized void deleteSipNumber(PhoneNumber did) {
        numbers.remove(did.e164());
    }

    @Override
    public synchronized Optional<AgentPlatform.AssistantState> findAssistant(String assistantId) {
        return Optional.of(assistant).filter(a -> a.id().equals(assistantId));
    }

    @Override
    public synchronized void bindInboundNumber(String assistantId, PhoneNumber did) {
        assistant = new AgentPlatform.AssistantState(assistant.id(), assistant.name(), true, did, assistant.engineVersion(),
                assistant.actionIds());
    }

    @Override
    public synchronized Optional<AgentPlatform.TransferActionState> findTransferAction(String actionId) {
        return Optional.ofNullable(actions.get(actionId));
    }

    @Override
    public synchronized Optional<AgentPlatform.TransferActionState> findMatchingTransferAction(AgentPlatform.TransferActionSpec spec,
                                                                               MatchScope scope) {
        return actions.values().stream().filter(a -> a.phone().equals(spec.phone().e164())
                && a.instructions().equals(spec.instructions())).findFirst();
    }

    @Override
    public synchronized AgentPlatform.TransferActionState createTransferAction(AgentPlatform.TransferActionSpec spec) {
        String id = "action-" + nextActionId++;
        updateTransferAction(id, spec);
        return actions.get(id);
    }

    @Override
    public synchronized void updateTransferAction(String actionId, AgentPlatform.TransferActionSpec spec) {
        actions.put(actionId, new AgentPlatform.TransferActionState(actionId, spec.phone().e164(), spec.mode(), spec.instructions(),
                spec.initiatingMessage(), spec.timeout()));
    }

    @Override
    public synchronized void deleteTransferAction(String actionId) {
        actions.remove(actionId);
    }

    @Override
    public synchronized void attachAction(String assistantId, String actionId) {
        List<String> ids = new ArrayList<>(assistant.actionIds());
        ids.add(actionId);
        assistant = new AgentPlatform.AssistantState(assistant.id(), assistant.name(), true, assistant.inboundNumber(),
                assistant.engineVersion(), ids);
    }

    @Override
    public synchronized void detachAction(String assistantId, String actionId) {
        List<String> ids = new ArrayList<>(assistant.actionIds());
        ids.remove(actionId);
        assistant = new AgentPlatform.AssistantState(assistant.id(), assistant.name(), true, assistant.inboundNumber(),
                assistant.engineVersion(), ids);
    }

    @Override
    public AgentPlatform.RegistrationStatus registrationStatus(PhoneNumber did, String assistantId) {
        return AgentPlatform.RegistrationStatus.registered("trunk registered");
    }

    @Override
    public List<ManualStep> manualSteps(ValidIntegration plan) {
        return List.of();
    }

    @Override
    public synchronized String transferActionBaseline(AgentPlatform.TransferActionSpec spec) {
        return String.join(",", actions.keySet());
    }

    @Override
    public synchronized List<AgentPlatform.TransferActionState> transferActionsCreatedSince(AgentPlatform.TransferActionSpec spec, String baseline) {
        List<String> before = baseline.isEmpty() ? List.of() : List.of(baseline.split(","));
        return actions.values().stream().filter(a -> !before.contains(a.id())).toList();
    }

    @Override
    public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
        return List.of();
    }

    @Override
    public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did, String terminationUri) {
        return List.of();
    }
}
