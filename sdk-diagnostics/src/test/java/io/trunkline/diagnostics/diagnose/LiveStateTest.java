package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.ValidIntegration;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.diagnostics.GuidePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveStateTest {

    private final IntegrationPlan plan = GuidePlans.ipAllowlist().build();

    @Test
    void readsEverythingThroughThePorts() {
        ReadOnlyContactCenter aircall = new ReadOnlyContactCenter(LiveStates.line(), new ContactCenter.TeamState(678, "Support", 0));
        ReadOnlyAgentPlatform synthflow = new ReadOnlyAgentPlatform(LiveStates.sipNumber(), LiveStates.assistant("2.0"),
                LiveStates.warmAction(), AgentPlatform.RegistrationStatus.pending("provisioning"));

        LiveState live = LiveState.read(plan, aircall, synthflow);

        assertThat(live.line()).isEqualTo(LiveStates.line());
        assertThat(live.fallbackTeam()).isEqualTo(new ContactCenter.TeamState(678, "Support", 0));
        assertThat(live.sipNumber()).isEqualTo(LiveStates.sipNumber());
        assertThat(live.assistant()).isEqualTo(LiveStates.assistant("2.0"));
        assertThat(live.transferActions()).containsExactly(LiveStates.warmAction());
        assertThat(live.registration()).isEqualTo(AgentPlatform.RegistrationStatus.pending("provisioning"));
        assertThat(live.notFound()).isEmpty();
        assertThat(synthflow.reads).containsExactly("sip-number +33123456789", "assistant " + GuidePlans.ASSISTANT_ID,
                "action act-1", "registration +33123456789");
        assertThat(TelCaveat.apart(Diagnose.plan(plan).liveState(live).run()).codes())
                .containsExactly(DiagnosticCode.FALLBACK_TEAM_EMPTY, DiagnosticCode.REGISTRATION_PENDING);
    }

    @Test
    void recordsWhatWasLookedUpAndNotFoundAndSkipsRegistrationWithoutANumber() {
        ReadOnlyAgentPlatform synthflow = new ReadOnlyAgentPlatform(null, null, null, null);

        LiveState live = LiveState.read(plan, new ReadOnlyContactCenter(null, null), synthflow);

        assertThat(live.notFound()).containsExactlyInAnyOrder(LiveState.Resource.LINE, LiveState.Resource.FALLBACK_TEAM,
                LiveState.Resource.SIP_NUMBER, LiveState.Resource.ASSISTANT);
        assertThat(live.missing(LiveState.Resource.LINE)).isTrue();
        assertThat(live.registration()).isNull();
        assertThat(synthflow.reads).doesNotContain("registration +33123456789");
    }

    @Test
    void refusesAPlanWithoutAValidDid() {
        IntegrationPlan noDid = GuidePlans.ipAllowlist().did("01 23 45 67 89").build();

        assertThatThrownBy(() -> LiveState.read(noDid, new ReadOnlyContactCenter(null, null),
                new ReadOnlyAgentPlatform(null, null, null, null)))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    @Test
    void theBuilderKeepsTheLastOfAValueAndItsAbsence() {
        LiveState live = LiveState.builder().lineNotFound().line(LiveStates.line()).sipNumber(LiveStates.sipNumber())
                .sipNumberNotFound().build();

        assertThat(live.line()).isEqualTo(LiveStates.line());
        assertThat(live.sipNumber()).isNull();
        assertThat(live.notFound()).containsExactly(LiveState.Resource.SIP_NUMBER);
    }

    private static final class ReadOnlyContactCenter implements ContactCenter {
        private final ContactCenter.LineState line;
        private final ContactCenter.TeamState team;

        ReadOnlyContactCenter(ContactCenter.LineState line, ContactCenter.TeamState team) {
            this.line = line;
            this.team = team;
        }

        @Override
        public Optional<ContactCenter.LineState> findLineByDid(PhoneNumber did) {
            return Optional.ofNullable(line).filter(l -> l.number().equals(did));
        }

        @Override
        public Optional<io.trunkline.core.spi.ContactCenter.InboundCall> findInboundCall(io.trunkline.core.spi.CallWindow window) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ContactCenter.LineState> findLine(long lineId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ContactCenter.TeamState> findTeam(long teamId) {
            return Optional.ofNullable(team).filter(t -> t.id() == teamId);
        }

        @Override
        public Optional<ContactCenter.UserState> findUser(long userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ManualStep> manualSteps(ValidIntegration plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ManualStep> teardownSteps(ValidIntegration plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did) {
            throw new UnsupportedOperationException();
        }
    }

    /** Answers reads from fixed values and fails on every write: reading live state must not write. */
    private static final class ReadOnlyAgentPlatform implements AgentPlatform {
        private final AgentPlatform.SipNumberState number;
        private final AgentPlatform.AssistantState assistant;
        private final AgentPlatform.TransferActionState action;
        private final AgentPlatform.RegistrationStatus registration;
        final List<String> reads = new ArrayList<>();

        ReadOnlyAgentPlatform(AgentPlatform.SipNumberState number, AgentPlatform.AssistantState assistant, AgentPlatform.TransferActionState action,
                              AgentPlatform.RegistrationStatus registration) {
            this.number = number;
            this.assistant = assistant;
            this.action = action;
            this.registration = registration;
        }

        @Override
        public Optional<io.trunkline.core.spi.AgentPlatform.AssistantCall> findInboundCall(String assistantId,
                                                                          io.trunkline.core.spi.CallWindow window) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AgentPlatform.SipNumberState> findSipNumber(PhoneNumber did) {
            reads.add("sip-number " + did);
            return Optional.ofNullable(number);
        }

        @Override
        public Optional<AgentPlatform.AssistantState> findAssistant(String assistantId) {
            reads.add("assistant " + assistantId);
            return Optional.ofNullable(assistant);
        }

        @Override
        public Optional<AgentPlatform.TransferActionState> findTransferAction(String actionId) {
            reads.add("action " + actionId);
            return Optional.ofNullable(action).filter(a -> a.id().equals(actionId));
        }

        @Override
        public AgentPlatform.RegistrationStatus registrationStatus(PhoneNumber did, String assistantId) {
            reads.add("registration " + did);
            return registration;
        }

        @Override
        public AgentPlatform.SipNumberState createSipNumber(AgentPlatform.SipNumberSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateSipNumber(AgentPlatform.SipNumberSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteSipNumber(PhoneNumber did) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void bindInboundNumber(String assistantId, PhoneNumber did) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AgentPlatform.TransferActionState> findMatchingTransferAction(AgentPlatform.TransferActionSpec spec, MatchScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AgentPlatform.TransferActionState createTransferAction(AgentPlatform.TransferActionSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateTransferAction(String actionId, AgentPlatform.TransferActionSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteTransferAction(String actionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void attachAction(String assistantId, String actionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void detachAction(String assistantId, String actionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ManualStep> manualSteps(ValidIntegration plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String transferActionBaseline(AgentPlatform.TransferActionSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AgentPlatform.TransferActionState> transferActionsCreatedSince(AgentPlatform.TransferActionSpec spec, String baseline) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did, String terminationUri) {
            throw new UnsupportedOperationException();
        }
    }
}
