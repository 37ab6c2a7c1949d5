package io.trunkline.core.lifecycle;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An in-memory agent platform that counts reads and writes and can crash on the k-th write, either
 * before the write takes effect or after it did (the vendor did the work, the caller never knew).
 */
final class FakeAgentPlatform implements AgentPlatform {

    /** Thrown by an injected crash. */
    static final class Crash extends RuntimeException {
        Crash(String message) {
            super(message);
        }
    }

    final Map<String, AgentPlatform.SipNumberState> numbers = new LinkedHashMap<>();
    final Map<String, AgentPlatform.AssistantState> assistants = new LinkedHashMap<>();
    final Map<String, AgentPlatform.TransferActionState> actions = new LinkedHashMap<>();
    final List<String> writeLog = new ArrayList<>();
    final AtomicInteger reads = new AtomicInteger();
    private int nextActionId = 1;
    private int crashOnWrite = -1;
    private boolean crashAfterEffect;
    private int pendingRegistrationPolls;
    private boolean registrationFails;
    private List<ManualStep> manualSteps = List.of();
    /** Calls the assistants answered, by assistant id. */
    final Map<String, List<AgentPlatform.AssistantCall>> calls = new LinkedHashMap<>();
    final List<CallWindow> callSearches = new ArrayList<>();

    synchronized FakeAgentPlatform call(String assistantId, AgentPlatform.AssistantCall call) {
        calls.computeIfAbsent(assistantId, a -> new ArrayList<>()).add(call);
        return this;
    }

    @Override
    public synchronized Optional<AgentPlatform.AssistantCall> findInboundCall(String assistantId, CallWindow window) {
        reads.incrementAndGet();
        callSearches.add(window);
        return calls.getOrDefault(assistantId, List.of()).stream()
                .filter(c -> c.record().inbound() && window.contains(c.startedAt()))
                .max(Comparator.comparing(AgentPlatform.AssistantCall::startedAt));
    }

    synchronized FakeAgentPlatform withAssistant(String id, boolean inbound) {
        assistants.put(id, new AgentPlatform.AssistantState(id, "Receptionist", inbound, null, null, List.of()));
        return this;
    }

    synchronized void crashOnWrite(int index, boolean afterEffect) {
        this.crashOnWrite = index;
        this.crashAfterEffect = afterEffect;
    }

    synchronized void registrationPendingFor(int polls) {
        this.pendingRegistrationPolls = polls;
    }

    synchronized void registrationFails() {
        this.registrationFails = true;
    }

    synchronized void manualSteps(List<ManualStep> steps) {
        this.manualSteps = steps;
    }

    synchronized int writes() {
        return writeLog.size();
    }

    private synchronized <T> T write(String description, Supplier<T> effect) {
        int index = writeLog.size();
        writeLog.add(description);
        if (index == crashOnWrite && !crashAfterEffect) {
            throw new Crash("crash before " + description);
        }
        T result = effect.get();
        if (index == crashOnWrite) {
            throw new Crash("crash after " + description + " took effect");
        }
        return result;
    }

    @Override
    public synchronized Optional<AgentPlatform.SipNumberState> findSipNumber(PhoneNumber did) {
        reads.incrementAndGet();
        return Optional.ofNullable(numbers.get(did.e164()));
    }

    @Override
    public AgentPlatform.SipNumberState createSipNumber(AgentPlatform.SipNumberSpec spec) {
        return write("create number " + spec.did(), () -> {
            AgentPlatform.SipNumberState state = state(spec, List.of());
            numbers.put(spec.did().e164(), state);
            return state;
        });
    }

    @Override
    public void updateSipNumber(AgentPlatform.SipNumberSpec spec) {
        write("update number " + spec.did(), () ->
                numbers.put(spec.did().e164(), state(spec, numbers.get(spec.did().e164()).assistantIds())));
    }

    private static AgentPlatform.SipNumberState state(AgentPlatform.SipNumberSpec spec, List<String> assistantIds) {
        return new AgentPlatform.SipNumberState(spec.did(), spec.friendlyName(), spec.terminationUri(), spec.outboundProxy(),
                spec.authUsername(), spec.registrationEnabled(), spec.registrationExpirySeconds(), assistantIds);
    }

    @Override
    public void deleteSipNumber(PhoneNumber did) {
        write("delete number " + did, () -> {
            numbers.remove(did.e164());
            assistants.replaceAll((id, a) -> did.equals(a.inboundNumber())
                    ? new AgentPlatform.AssistantState(a.id(), a.name(), a.inbound(), null, a.engineVersion(), a.actionIds()) : a);
            return null;
        });
    }

    @Override
    public synchronized Optional<AgentPlatform.AssistantState> findAssistant(String assistantId) {
        reads.incrementAndGet();
        return Optional.ofNullable(assistants.get(assistantId));
    }

    @Override
    public void bindInboundNumber(String assistantId, PhoneNumber did) {
        write("bind " + did + " to " + assistantId, () -> {
            AgentPlatform.AssistantState a = assistants.get(assistantId);
            assistants.put(assistantId, new AgentPlatform.AssistantState(a.id(), a.name(), a.inbound(), did, a.engineVersion(), a.actionIds()));
            AgentPlatform.SipNumberState n = numbers.get(did.e164());
            numbers.put(did.e164(), new AgentPlatform.SipNumberState(n.did(), n.friendlyName(), n.terminationUri(), n.outboundProxy(),
                    n.authUsername(), n.registrationEnabled(), n.registrationExpirySeconds(), List.of(assistantId)));
            return null;
        });
    }

    @Override
    public synchronized Optional<AgentPlatform.TransferActionState> findTransferAction(String actionId) {
        reads.incrementAndGet();
        return Optional.ofNullable(actions.get(actionId));
    }

    @Override
    public synchronized Optional<AgentPlatform.TransferActionState> findMatchingTransferAction(AgentPlatform.TransferActionSpec spec,
                                                                               MatchScope scope) {
        reads.incrementAndGet();
        return actions.values().stream().filter(a -> spec.phone().e164().equals(a.phone())
                && spec.instructions().equals(a.instructions()) && adoptable(a.id(), spec.assistantId(), scope))
                .findFirst();
    }

    private boolean adoptable(String actionId, String assistantId, MatchScope scope) {
        List<String> users = assistants.values().stream().filter(a -> a.actionIds().contains(actionId))
                .map(AgentPlatform.AssistantState::id).toList();
        return users.contains(assistantId) || (users.isEmpty() && scope == MatchScope.ATTACHED_OR_UNATTACHED);
    }

    @Override
    public AgentPlatform.TransferActionState createTransferAction(AgentPlatform.TransferActionSpec spec) {
        return write("create action " + spec.name(), () -> {
            String id = "action-" + nextActionId++;
            AgentPlatform.TransferActionState state = state(id, spec);
            actions.put(id, state);
            return state;
        });
    }

    private static AgentPlatform.TransferActionState state(String id, AgentPlatform.TransferActionSpec spec) {
        return new AgentPlatform.TransferActionState(id, spec.phone().e164(), spec.mode(), spec.instructions(),
                spec.initiatingMessage(), spec.timeout());
    }

    @Override
    public void updateTransferAction(String actionId, AgentPlatform.TransferActionSpec spec) {
        write("update action " + actionId, () -> actions.put(actionId, state(actionId, spec)));
    }

    @Override
    public void deleteTransferAction(String actionId) {
        write("delete action " + actionId, () -> actions.remove(actionId));
    }

    @Override
    public void attachAction(String assistantId, String actionId) {
        write("attach " + actionId, () -> {
            AgentPlatform.AssistantState a = assistants.get(assistantId);
            List<String> ids = new ArrayList<>(a.actionIds());
            if (!ids.contains(actionId)) {
                ids.add(actionId);
            }
            return assistants.put(assistantId, new AgentPlatform.AssistantState(a.id(), a.name(), a.inbound(), a.inboundNumber(),
                    a.engineVersion(), ids));
        });
    }

    @Override
    public void detachAction(String assistantId, String actionId) {
        write("detach " + actionId, () -> {
            AgentPlatform.AssistantState a = assistants.get(assistantId);
            List<String> ids = new ArrayList<>(a.actionIds());
            ids.remove(actionId);
            return assistants.put(assistantId, new AgentPlatform.AssistantState(a.id(), a.name(), a.inbound(), a.inboundNumber(),
                    a.engineVersion(), ids));
        });
    }

    @Override
    public synchronized AgentPlatform.RegistrationStatus registrationStatus(PhoneNumber did, String assistantId) {
        reads.incrementAndGet();
        if (registrationFails) {
            return AgentPlatform.RegistrationStatus.failed("401 Unauthorized from the trunk");
        }
        if (pendingRegistrationPolls > 0) {
            pendingRegistrationPolls--;
            return AgentPlatform.RegistrationStatus.pending("trunk registering");
        }
        return AgentPlatform.RegistrationStatus.registered("number attached to " + assistantId);
    }

    @Override
    public synchronized List<ManualStep> manualSteps(ValidIntegration plan) {
        return manualSteps;
    }

    static ManualStep step(String id, String value) {
        return new ManualStep(id, "Do " + id, "Dashboard → " + id, List.of(ManualStep.Field.of("Value", value)),
                List.of("Click Save"), "caller confirmation", false);
    }

    @Override
    public synchronized String transferActionBaseline(AgentPlatform.TransferActionSpec spec) {
        reads.incrementAndGet();
        return String.join(",", actions.keySet());
    }

    @Override
    public synchronized List<AgentPlatform.TransferActionState> transferActionsCreatedSince(AgentPlatform.TransferActionSpec spec, String baseline) {
        reads.incrementAndGet();
        List<String> before = baseline.isEmpty() ? List.of() : List.of(baseline.split(","));
        return actions.values().stream().filter(a -> !before.contains(a.id()))
                .filter(a -> adoptable(a.id(), spec.assistantId(), MatchScope.ATTACHED_OR_UNATTACHED)).toList();
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
