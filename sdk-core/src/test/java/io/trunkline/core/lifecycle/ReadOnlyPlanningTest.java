package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.model.PhoneNumber;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plan, planDestroy and verify only read; the journal repairs they find are made by apply. */
class ReadOnlyPlanningTest {

    /** A store that refuses every write while frozen, as a read-only replica or a full disk would. */
    static final class FreezableStore implements StateStore {
        private final StateStore delegate = StateStore.inMemory();
        boolean frozen;

        @Override
        public Optional<String> get(String key) {
            return delegate.get(key);
        }

        @Override
        public void put(String key, String value) {
            refuseWhenFrozen("put " + key);
            delegate.put(key, value);
        }

        @Override
        public void remove(String key) {
            refuseWhenFrozen("remove " + key);
            delegate.remove(key);
        }

        @Override
        public Map<String, String> entries(String prefix) {
            return delegate.entries(prefix);
        }

        private void refuseWhenFrozen(String write) {
            if (frozen) {
                throw new AssertionError("a read-only phase wrote to the state store: " + write);
            }
        }
    }

    private final FreezableStore store = new FreezableStore();
    private final EngineFixture fx = new EngineFixture();
    private final IntegrationEngine engine = IntegrationEngine.builder().agentPlatform(fx.platform)
            .contactCenter(fx.contactCenter).stateStore(store).clock(fx.clock).sleeper(fx.clock::sleep).build();
    private final IntegrationPlan integration = EngineFixture.plan();

    @Test
    void planningAfterALostCreateAnswerWritesNothingAndApplyRecordsTheAdoption() {
        fx.platform.crashOnWrite(2, true); // the first transfer action is created, its answer lost
        assertThatThrownBy(() -> engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(ApplyFailedException.class);
        fx.platform.crashOnWrite(-1, false);
        Map<String, String> journal = new LinkedHashMap<>(store.entries(""));

        store.frozen = true;
        ChangePlan plan = engine.plan(integration);
        engine.planDestroy(integration);
        engine.verify(integration, new VerifyOptions(java.time.Duration.ZERO, java.time.Duration.ofSeconds(1),
                VerifyOptions.Listener.NONE));
        assertThat(store.entries("")).isEqualTo(journal);
        assertThat(plan.changes()).extracting(Change::id).contains("transfer-adopt[Transfer to Aircall team 678]");

        store.frozen = false;
        engine.apply(plan, ApplyListener.NONE, ManualStepConfirmer.NONE);
        assertThat(fx.platform.actions).hasSize(2);
        assertThat(engine.plan(integration).hasWrites()).isFalse();
        assertThat(engine.plan(integration).changes()).extracting(Change::id)
                .doesNotContain("transfer-adopt[Transfer to Aircall team 678]");
    }

    @Test
    void planningTheDestroyOfResourcesAlreadyGoneWritesNothingAndApplyForgetsThem() {
        engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.numbers.clear();
        fx.platform.actions.clear();

        store.frozen = true;
        ChangePlan destroy = engine.planDestroy(integration);

        // destroy deletes what the journal records without reading it first: a delete finding it gone is done
        store.frozen = false;
        engine.apply(destroy, ApplyListener.NONE, ManualStepConfirmer.NONE);
        assertThat(store.entries(PhoneNumber.parse(GuidePlans.DID).e164() + "/"))
                .as("only manual-step confirmations (and the journal's format) are left").allSatisfy((key, value) ->
                        assertThat(key).matches(".*/(confirmed/.*|journal-format)"));
    }

    @Test
    void anOperationTheApplierDoesNotKnowFailsApplyInsteadOfSucceedingSilently() {
        Change write = new Change("sip-number", "SIP number", Change.Action.CREATE, "import", List.of(), List.of(), null);
        ChangePlan plan = new ChangePlan(ChangePlan.Kind.APPLY, PhoneNumber.parse(GuidePlans.DID), Instant.EPOCH,
                List.of(new PlanStep(write, new Operation.None())));

        assertThatThrownBy(() -> engine.apply(plan, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(ApplyFailedException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("apply does not know how to execute None[] for the CREATE change sip-number");
        assertThat(fx.platform.writeLog).isEmpty();
    }

    @Test
    void aVendorWriteHiddenBehindAChangeThatShowsNoWriteIsNeverExecuted() {
        PhoneNumber did = PhoneNumber.parse(GuidePlans.DID);
        Change shown = Planner.noOp("sip-number", "SIP number", "already configured as planned");
        ChangePlan plan = new ChangePlan(ChangePlan.Kind.DESTROY, did, Instant.EPOCH,
                List.of(new PlanStep(shown, new Operation.DeleteSipNumber(did))));

        assertThatThrownBy(() -> engine.apply(plan, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .hasMessageContaining("apply does not know how to execute DeleteSipNumber")
                .hasMessageContaining("NO_OP change sip-number");
        assertThat(fx.platform.writeLog).isEmpty();
    }
}
