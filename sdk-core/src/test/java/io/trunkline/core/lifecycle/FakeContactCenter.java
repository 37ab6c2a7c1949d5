package io.trunkline.core.lifecycle;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory contact center with lines, teams and users, and one manual step per plan. */
final class FakeContactCenter implements ContactCenter {

    final Map<Long, ContactCenter.LineState> lines = new LinkedHashMap<>();
    final Map<Long, ContactCenter.TeamState> teams = new LinkedHashMap<>();
    final Map<Long, ContactCenter.UserState> users = new LinkedHashMap<>();
    final AtomicInteger reads = new AtomicInteger();
    /** How many snapshots the engine took: reads made through one are shared. */
    final AtomicInteger snapshots = new AtomicInteger();
    String smartflowTimeout = "30 seconds";
    /** Inbound calls by the DID they came in on. */
    final Map<PhoneNumber, List<ContactCenter.InboundCall>> calls = new LinkedHashMap<>();
    final List<CallWindow> callSearches = new ArrayList<>();

    FakeContactCenter call(String did, ContactCenter.InboundCall call) {
        calls.computeIfAbsent(PhoneNumber.parse(did), d -> new ArrayList<>()).add(call);
        return this;
    }

    FakeContactCenter line(long id, String did, boolean smartflows) {
        lines.put(id, new ContactCenter.LineState(id, "Line " + id, PhoneNumber.parse(did), smartflows, "Europe/Paris"));
        return this;
    }

    FakeContactCenter team(long id, int users) {
        teams.put(id, new ContactCenter.TeamState(id, "Team " + id, users));
        return this;
    }

    FakeContactCenter user(long id) {
        users.put(id, new ContactCenter.UserState(id, "User " + id));
        return this;
    }

    @Override
    public ContactCenter snapshot() {
        snapshots.incrementAndGet();
        return this;
    }

    @Override
    public Optional<ContactCenter.LineState> findLineByDid(PhoneNumber did) {
        reads.incrementAndGet();
        return lines.values().stream().filter(l -> l.number().equals(did)).findFirst();
    }

    @Override
    public synchronized Optional<ContactCenter.InboundCall> findInboundCall(CallWindow window) {
        callSearches.add(window);
        return calls.getOrDefault(window.did(), List.of()).stream().filter(c -> window.contains(c.startedAt()))
                .max(Comparator.comparing(ContactCenter.InboundCall::startedAt));
    }

    @Override
    public Optional<ContactCenter.LineState> findLine(long lineId) {
        reads.incrementAndGet();
        return Optional.ofNullable(lines.get(lineId));
    }

    @Override
    public Optional<ContactCenter.TeamState> findTeam(long teamId) {
        reads.incrementAndGet();
        return Optional.ofNullable(teams.get(teamId));
    }

    @Override
    public Optional<ContactCenter.UserState> findUser(long userId) {
        reads.incrementAndGet();
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public List<ManualStep> manualSteps(ValidIntegration plan) {
        List<ManualStep> steps = new ArrayList<>();
        steps.add(new ManualStep("aircall.sip-destination", "Add the SIP destination",
                "Integrations → SIP / External SIP → Add SIP Destination",
                List.of(ManualStep.Field.of("Name", "Synthflow AI"), ManualStep.Field.secret("Password", "the Synthflow SIP number",
                        io.trunkline.core.model.Secret.of("fake-sip-password"))),
                List.of("Click Save"), "caller confirmation", false));
        steps.add(new ManualStep("aircall.smartflow", "Forward to Synthflow", "Numbers → Edit Smartflow",
                List.of(ManualStep.Field.of("Timeout", smartflowTimeout)), List.of("Save and publish"),
                "caller confirmation", false));
        return steps;
    }

    @Override
    public List<ManualStep> teardownSteps(ValidIntegration plan) {
        return List.of(new ManualStep("aircall.smartflow-removal", "Stop forwarding to Synthflow",
                "Numbers → Edit Smartflow", List.of(), List.of("Remove the step", "Save and publish"),
                "caller confirmation", false));
    }

    @Override
    public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
        return List.of();
    }

    @Override
    public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did) {
        return List.of();
    }
}
