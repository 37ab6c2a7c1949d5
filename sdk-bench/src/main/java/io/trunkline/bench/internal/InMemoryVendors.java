package io.trunkline.bench.internal;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only, hash-indexed in-memory ports holding {@code integrations} untouched integrations (lines
 * and inbound assistants, nothing imported yet), for measuring the planner alone. Lookups are O(1) so
 * that planning N integrations measures the engine, not the fake. Writes are refused: group 4 only
 * plans.
 *
 * <p>Why not sdk-core's test fakes: they look lines up by DID with a linear scan (planning N
 * integrations would be quadratic in the fake), they record every read, and sharing them would mean
 * a test-jar and making package-private test classes public; these ~100 read-only lines are cheaper.
 */
public final class InMemoryVendors {

    private final Map<PhoneNumber, ContactCenter.LineState> linesByDid = new HashMap<>();
    private final Map<Long, ContactCenter.LineState> lines = new HashMap<>();
    private final Map<String, AgentPlatform.AssistantState> assistants = new HashMap<>();
    private final ContactCenter.TeamState team = new ContactCenter.TeamState(BenchPlans.SUPPORT_TEAM, "Support", 1);
    private final ContactCenter.UserState agent = new ContactCenter.UserState(BenchPlans.SUPPORT_AGENT, "Ada Agent");

    /** @param integrations how many untouched integrations to hold */
    public InMemoryVendors(int integrations) {
        line(new ContactCenter.LineState(BenchPlans.TRANSFER_LINE, "Support (human)", PhoneNumber.parse(BenchPlans.TRANSFER_LINE_DID),
                true, "Europe/Paris"));
        for (int i = 0; i < integrations; i++) {
            line(new ContactCenter.LineState(BenchPlans.lineId(i), "Support line " + i, PhoneNumber.parse(BenchPlans.did(i)), true,
                    "Europe/Paris"));
            assistants.put(BenchPlans.assistantId(i), new AgentPlatform.AssistantState(BenchPlans.assistantId(i), "Receptionist " + i,
                    true, null, null, List.of()));
        }
    }

    private void line(ContactCenter.LineState line) {
        linesByDid.put(line.number(), line);
        lines.put(line.id(), line);
    }

    /** @return the agent-platform side */
    public AgentPlatform platform() {
        return new Platform();
    }

    /** @return the contact-center side */
    public ContactCenter contactCenter() {
        return new Center();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the planning benchmark never writes");
    }

    /** The two dashboard steps the Aircall adapter asks for, with a few values, so confirmations are checked. */
    private static List<ManualStep> setupSteps(ValidIntegration plan) {
        return List.of(
                new ManualStep("aircall.sip-destination", "Add the Synthflow SIP destination in Aircall",
                        "Integrations → SIP / External SIP → Add SIP Destination",
                        List.of(ManualStep.Field.of("Name", "Synthflow AI"), ManualStep.Field.of("SIP URI / host", "sip.synthflow.ai")),
                        List.of("Click Save"), "caller confirmation", false),
                new ManualStep("aircall.smartflow", "Forward " + plan.did() + " to Synthflow in the Smartflow",
                        "Numbers → " + plan.did() + " → Edit Smartflow",
                        List.of(ManualStep.Field.of("Timeout", "30 seconds"), ManualStep.Field.of("Fallback", "Ring team Support")),
                        List.of("Click Save", "Click Publish"), "caller confirmation", false));
    }

    private final class Platform implements AgentPlatform {
        /** No call log: benchmarks place no calls. */
        @Override
        public Optional<AgentPlatform.AssistantCall> findInboundCall(String assistantId, CallWindow window) {
            return Optional.empty();
        }

        @Override
        public String transferActionBaseline(AgentPlatform.TransferActionSpec spec) {
            throw readOnly();
        }

        @Override
        public List<AgentPlatform.TransferActionState> transferActionsCreatedSince(AgentPlatform.TransferActionSpec spec, String baseline) {
            return List.of();
        }

        @Override
        public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
            return List.of();
        }

        @Override
        public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did, String terminationUri) {
            return List.of();
        }

        @Override
        public Optional<AgentPlatform.SipNumberState> findSipNumber(PhoneNumber did) {
            return Optional.empty();
        }

        @Override
        public AgentPlatform.SipNumberState createSipNumber(AgentPlatform.SipNumberSpec spec) {
            throw readOnly();
        }

        @Override
        public void updateSipNumber(AgentPlatform.SipNumberSpec spec) {
            throw readOnly();
        }

        @Override
        public void deleteSipNumber(PhoneNumber did) {
            throw readOnly();
        }

        @Override
        public Optional<AgentPlatform.AssistantState> findAssistant(String assistantId) {
            return Optional.ofNullable(assistants.get(assistantId));
        }

        @Override
        public void bindInboundNumber(String assistantId, PhoneNumber did) {
            throw readOnly();
        }

        @Override
        public Optional<AgentPlatform.TransferActionState> findTransferAction(String actionId) {
            return Optional.empty();
        }

        @Override
        public Optional<AgentPlatform.TransferActionState> findMatchingTransferAction(AgentPlatform.TransferActionSpec spec, MatchScope scope) {
            return Optional.empty();
        }

        @Override
        public AgentPlatform.TransferActionState createTransferAction(AgentPlatform.TransferActionSpec spec) {
            throw readOnly();
        }

        @Override
        public void updateTransferAction(String actionId, AgentPlatform.TransferActionSpec spec) {
            throw readOnly();
        }

        @Override
        public void deleteTransferAction(String actionId) {
            throw readOnly();
        }

        @Override
        public void attachAction(String assistantId, String actionId) {
            throw readOnly();
        }

        @Override
        public void detachAction(String assistantId, String actionId) {
            throw readOnly();
        }

        @Override
        public AgentPlatform.RegistrationStatus registrationStatus(PhoneNumber did, String assistantId) {
            return AgentPlatform.RegistrationStatus.pending("not attached");
        }

        @Override
        public List<ManualStep> manualSteps(ValidIntegration plan) {
            return List.of();
        }
    }

    private final class Center implements ContactCenter {
        /** No call log: benchmarks place no calls. */
        @Override
        public Optional<ContactCenter.InboundCall> findInboundCall(CallWindow window) {
            return Optional.empty();
        }

        @Override
        public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
            return List.of();
        }

        @Override
        public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did) {
            return List.of();
        }


        @Override
        public Optional<ContactCenter.LineState> findLineByDid(PhoneNumber did) {
            return Optional.ofNullable(linesByDid.get(did));
        }

        @Override
        public Optional<ContactCenter.LineState> findLine(long lineId) {
            return Optional.ofNullable(lines.get(lineId));
        }

        @Override
        public Optional<ContactCenter.TeamState> findTeam(long teamId) {
            return teamId == team.id() ? Optional.of(team) : Optional.empty();
        }

        @Override
        public Optional<ContactCenter.UserState> findUser(long userId) {
            return userId == agent.id() ? Optional.of(agent) : Optional.empty();
        }

        @Override
        public List<ManualStep> manualSteps(ValidIntegration plan) {
            return setupSteps(plan);
        }

        @Override
        public List<ManualStep> teardownSteps(ValidIntegration plan) {
            return List.of();
        }
    }
}
