package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import org.junit.jupiter.api.Test;

class ManualStepsTest {

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan integration = EngineFixture.plan();

    @Test
    void manualStepsStayPendingUntilConfirmed() {
        ApplyResult result = fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        assertThat(result.pendingManualSteps()).extracting(Change::id)
                .containsExactly("manual[aircall.sip-destination]", "manual[aircall.smartflow]");
        assertThat(result.complete()).isFalse();
        assertThat(fx.engine.plan(integration).counts().get(Change.Action.MANUAL)).isEqualTo(2);
    }

    @Test
    void aConfirmerDuringApplyRecordsTheConfirmation() {
        ApplyResult result = fx.engine.converge(integration, ApplyListener.NONE, step -> true);

        assertThat(result.complete()).isTrue();
        assertThat(fx.engine.plan(integration).hasChanges()).isFalse();
    }

    @Test
    void aConfirmationGivenThroughTheEngineTurnsTheStepIntoANoOp() {
        fx.engine.confirmManualStep(integration, "aircall.smartflow");

        ChangePlan plan = fx.engine.plan(integration);

        assertThat(plan.changes()).filteredOn(c -> c.id().equals("manual[aircall.smartflow]")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(Change.Action.NO_OP));
    }

    @Test
    void changingAStepsValuesMakesAnOldConfirmationStale() {
        fx.engine.confirmManualStep(integration, "aircall.smartflow");
        fx.contactCenter.smartflowTimeout = "45 seconds";

        ChangePlan plan = fx.engine.plan(integration);

        assertThat(plan.changes()).filteredOn(c -> c.id().equals("manual[aircall.smartflow]")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(Change.Action.MANUAL));
    }

    @Test
    void confirmingAnUnknownStepNamesTheKnownOnes() {
        assertThatThrownBy(() -> fx.engine.confirmManualStep(integration, "aircall.nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aircall.sip-destination").hasMessageContaining("aircall.smartflow");
    }
}
