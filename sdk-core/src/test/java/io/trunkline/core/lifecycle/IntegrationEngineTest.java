package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.exception.PlanValidationException;
import io.trunkline.core.exception.PlanningException;
import io.trunkline.core.exception.StalePlanException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.AgentPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrationEngineTest {

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan integration = EngineFixture.plan();

    @Test
    void firstPlanCreatesInDependencyOrderAndWritesNothing() {
        ChangePlan plan = fx.engine.plan(integration);

        assertThat(plan.changes()).extracting(Change::id).containsExactly(
                "sip-number", "assistant-binding",
                "transfer-action[Transfer to Aircall team 678]", "transfer-attach[Transfer to Aircall team 678]",
                "transfer-action[Sales line]", "transfer-attach[Sales line]",
                "manual[aircall.sip-destination]", "manual[aircall.smartflow]");
        assertThat(plan.changes()).extracting(Change::action).containsExactly(
                Change.Action.CREATE, Change.Action.UPDATE, Change.Action.CREATE, Change.Action.CREATE,
                Change.Action.CREATE, Change.Action.CREATE, Change.Action.MANUAL, Change.Action.MANUAL);
        assertThat(fx.platform.writes()).isZero();
    }

    @Test
    void applyExecutesChangesInPlanOrder() {
        fx.engine.apply(fx.engine.plan(integration), ApplyListener.NONE);

        assertThat(fx.platform.writeLog).containsExactly(
                "create number +33123456789", "bind +33123456789 to " + GuidePlans.ASSISTANT_ID,
                "create action Transfer to Aircall team 678", "attach action-1",
                "create action Sales line", "attach action-2");
    }

    @Test
    void transferDialsTheLineThatReachesTheTarget() {
        fx.engine.apply(fx.engine.plan(integration), ApplyListener.NONE);

        assertThat(fx.platform.actions.values()).extracting(a -> a.phone())
                .containsExactly("+33987654321", "+33111111111");
    }

    @Test
    void reapplyingAConvergedIntegrationMakesZeroWrites() {
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        int writesAfterFirst = fx.platform.writes();

        ChangePlan second = fx.engine.plan(integration);
        fx.engine.apply(second, ApplyListener.NONE);

        assertThat(second.hasWrites()).isFalse();
        assertThat(fx.platform.writes()).isEqualTo(writesAfterFirst);
    }

    @Test
    void aCrashAtAnyWriteFollowedByARerunConvergesWithoutDuplicates() {
        int writes = countWritesOfAFirstApply();
        for (int k = 0; k < writes; k++) {
            for (boolean afterEffect : List.of(false, true)) {
                EngineFixture run = new EngineFixture();
                run.platform.crashOnWrite(k, afterEffect);

                assertThatThrownBy(() -> run.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE))
                        .as("crash at write %d (after effect: %s)", k, afterEffect)
                        .isInstanceOf(ApplyFailedException.class);
                run.platform.crashOnWrite(-1, false);
                run.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

                String label = "crash at write " + k + " after effect " + afterEffect;
                assertThat(run.engine.plan(integration).hasWrites()).as(label).isFalse();
                assertThat(run.platform.numbers).as(label).hasSize(1);
                assertThat(run.platform.actions).as(label).hasSize(2);
                assertThat(run.platform.assistants.get(GuidePlans.ASSISTANT_ID).actionIds()).as(label)
                        .hasSize(2).doesNotHaveDuplicates();
            }
        }
    }

    private int countWritesOfAFirstApply() {
        EngineFixture probe = new EngineFixture();
        probe.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        return probe.platform.writes();
    }

    @Test
    void applyFailedExceptionReportsWhatWasDone() {
        fx.platform.crashOnWrite(2, false);

        assertThatThrownBy(() -> fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOfSatisfying(ApplyFailedException.class, e -> {
                    assertThat(e.partialResult().succeededCount()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("transfer-action[Transfer to Aircall team 678]")
                            .contains("run plan and apply again");
                });
    }

    @Test
    void driftOnASingleFieldIsReportedAsExactlyThatField() {
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        AgentPlatform.SipNumberState live = fx.platform.numbers.get("+33123456789");
        fx.platform.numbers.put("+33123456789", new AgentPlatform.SipNumberState(live.did(), live.friendlyName(),
                "sip:edited-in-dashboard.example.com", live.outboundProxy(), live.authUsername(),
                live.registrationEnabled(), live.registrationExpirySeconds(), live.assistantIds()));

        ChangePlan plan = fx.engine.plan(integration);

        assertThat(plan.changes()).filteredOn(c -> c.action().writes()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("sip-number");
            assertThat(c.fields()).singleElement().isEqualTo(Change.FieldChange.of("terminationUri",
                    "sip:edited-in-dashboard.example.com", "sip:aircall-pbx.example.com"));
        });
    }

    @Test
    void aPlanMadeBeforeAnOutOfBandChangeIsRefusedAsStale() {
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        IntegrationPlan edited = integration.toBuilder()
                .sipNumber(integration.sipNumber().orElseThrow().toBuilder().friendlyName("Renamed").build()).build();
        ChangePlan plan = fx.engine.plan(edited);
        AgentPlatform.SipNumberState live = fx.platform.numbers.get("+33123456789");
        fx.platform.numbers.put("+33123456789", new AgentPlatform.SipNumberState(live.did(), "Someone else's name",
                live.terminationUri(), null, null, false, null, live.assistantIds()));
        int writes = fx.platform.writes();

        assertThatThrownBy(() -> fx.engine.apply(plan, ApplyListener.NONE))
                .isInstanceOf(ApplyFailedException.class).hasCauseInstanceOf(StalePlanException.class)
                .hasMessageContaining("friendlyName changed since the plan was made");
        assertThat(fx.platform.writes()).isEqualTo(writes);
    }

    @Test
    void aSavedPlanWhoseSipNumberAppearedSinceIsRefusedInsteadOfImportingItTwice() {
        ChangePlan plan = fx.engine.plan(integration);
        fx.platform.numbers.put("+33123456789", new AgentPlatform.SipNumberState(PhoneNumber.parse("+33123456789"), "By hand",
                "sip:elsewhere.example.com", null, null, false, null, List.of()));

        assertThatThrownBy(() -> fx.engine.apply(plan, ApplyListener.NONE))
                .isInstanceOf(ApplyFailedException.class).hasCauseInstanceOf(StalePlanException.class)
                .hasMessageContaining("appeared since the plan was made");
        assertThat(fx.platform.writes()).isZero();
    }

    @Test
    void aSavedPlanIsRefusedWhenAnotherApplyOfTheDidRanSinceEvenWhereNoLookUpCouldTell() {
        ChangePlan saved = fx.engine.plan(integration);
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        int writes = fx.platform.writes();

        assertThatThrownBy(() -> fx.engine.apply(saved, ApplyListener.NONE)).isInstanceOf(StalePlanException.class)
                .hasMessageContaining("changed Trunkline's journal since the plan was made");
        assertThat(fx.platform.writes()).isEqualTo(writes);
    }

    @Test
    void confirmingAManualStepDoesNotMakeASavedPlanStale() {
        ChangePlan saved = fx.engine.plan(integration);
        fx.engine.confirmManualStep(integration, "aircall.sip-destination");

        assertThat(fx.engine.apply(saved, ApplyListener.NONE).succeededCount()).isEqualTo(6);
    }

    @Test
    void convergeCreatesOnItsPlansLookupsWhileASavedPlanLooksEachCreatedResourceUpAgain() {
        EngineFixture saved = new EngineFixture();
        saved.engine.apply(saved.engine.plan(integration), ApplyListener.NONE);
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        assertThat(fx.platform.writeLog).isEqualTo(saved.platform.writeLog);
        // the plan creates a SIP number and two transfer actions: one look-up each, saved under converge's lock
        assertThat(saved.platform.reads.get() - fx.platform.reads.get()).isEqualTo(3);
    }

    @Test
    void destroyRemovesWhatTrunklineCreatedAndNothingElse() {
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        ChangePlan destroy = fx.engine.planDestroy(integration);
        fx.engine.apply(destroy, ApplyListener.NONE);

        assertThat(destroy.kind()).isEqualTo(ChangePlan.Kind.DESTROY);
        assertThat(fx.platform.numbers).isEmpty();
        assertThat(fx.platform.actions).isEmpty();
        assertThat(fx.store.entries("+33123456789/")).isEmpty();
    }

    @Test
    void destroyLeavesAPreExistingSipNumberInPlace() {
        PhoneNumber did = PhoneNumber.parse(GuidePlans.DID);
        fx.platform.numbers.put(did.e164(), new AgentPlatform.SipNumberState(did, "Created by hand", "sip:old.example.com",
                null, null, false, null, List.of()));
        fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        ChangePlan destroy = fx.engine.planDestroy(integration);
        fx.engine.apply(destroy, ApplyListener.NONE);

        assertThat(destroy.changes()).filteredOn(c -> c.id().equals("sip-number")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(Change.Action.NO_OP));
        assertThat(fx.platform.numbers).containsKey(did.e164());
        assertThat(fx.platform.actions).isEmpty();
    }

    @Test
    void destroyFindsAnActionWhoseCreateCrashedBeforeItsIdWasRecorded() {
        fx.platform.crashOnWrite(2, true);
        assertThatThrownBy(() -> fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(ApplyFailedException.class);

        fx.engine.apply(fx.engine.planDestroy(integration), ApplyListener.NONE);

        assertThat(fx.platform.actions).as("no leaked action").isEmpty();
        assertThat(fx.platform.numbers).isEmpty();
    }

    @Test
    void planningReportsEveryLiveProblemAtOnce() {
        IntegrationPlan impossible = GuidePlans.ipAllowlist()
                .did("+44 20 7946 0000")
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com").build())
                .assistant(io.trunkline.core.model.AssistantRef.of("unknown-assistant", "2.0"))
                .transferTargets(List.of(TransferTarget.team(999).viaLine(4242).build()))
                .build();

        assertThatThrownBy(() -> fx.engine.plan(impossible))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.code() + ": " + d.message()).containsExactly(
                                "LINE_NOT_FOUND: +442079460000 is not a number of this Aircall company",
                                "ASSISTANT_NOT_FOUND: assistant unknown-assistant does not exist in this Synthflow workspace",
                                "TRANSFER_TARGET_NOT_FOUND: Aircall team 999 does not exist",
                                "TRANSFER_TARGET_NOT_FOUND: Aircall line 4242 (to reach Aircall team 999) does not exist"));
    }

    @Test
    void aTransferBackToTheIntegratedLineItselfCannotBePlanned() {
        IntegrationPlan loop = integration.toBuilder()
                .transferTargets(List.of(TransferTarget.team(678).viaLine(1234).build())).build();

        assertThatThrownBy(() -> fx.engine.plan(loop)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("dials line 1234, the integrated line itself");
    }

    @Test
    void aLineNotManagedBySmartflowsCannotBePlanned() {
        fx.contactCenter.line(1234, GuidePlans.DID, false);

        assertThatThrownBy(() -> fx.engine.plan(integration)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("not managed by Smartflows");
    }

    @Test
    void anInvalidIntegrationCannotBePlannedOrApplied() {
        IntegrationPlan invalid = integration.toBuilder().did("0123456789").build();

        assertThatThrownBy(() -> fx.engine.plan(invalid)).isInstanceOf(PlanValidationException.class);
        assertThatThrownBy(() -> fx.engine.converge(invalid, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(PlanValidationException.class);
        assertThat(fx.platform.reads.get() + fx.contactCenter.reads.get()).as("nothing was even read").isZero();
    }
}
