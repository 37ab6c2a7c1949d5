package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.StalePlanException;
import org.junit.jupiter.api.Test;

/** An offline plan reads no vendor, assumes nothing exists, says so, and cannot be applied. */
class OfflinePlanningTest {

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan integration = EngineFixture.plan();

    @Test
    void anOfflinePlanReadsNoVendorAndCreatesEverything() {
        ChangePlan plan = fx.engine.planOffline(integration);

        assertThat(fx.platform.reads).hasValue(0);
        assertThat(fx.contactCenter.reads).hasValue(0);
        assertThat(plan.offline()).isTrue();
        assertThat(plan.changes()).filteredOn(c -> c.action().writes()).extracting(Change::id).containsExactly(
                "sip-number", "assistant-binding", "transfer-action[Transfer to Aircall team 678]",
                "transfer-attach[Transfer to Aircall team 678]", "transfer-action[Sales line]",
                "transfer-attach[Sales line]");
        assertThat(plan.changes()).filteredOn(c -> c.action() == Change.Action.MANUAL).isNotEmpty();
    }

    @Test
    void everyRenderingSaysThePlanIsOfflineAndWhatItCannotKnow() {
        ChangePlan plan = fx.engine.planOffline(integration);

        assertThat(plan.render(PlanFormat.TEXT)).contains("offline plan").contains("nothing was read from Aircall or Synthflow")
                .contains("dials the number of Aircall line 5678");
        assertThat(plan.render(PlanFormat.MARKDOWN)).contains("Offline plan made at");
        assertThat(plan.render(PlanFormat.JSON)).contains("\"offline\": true");
        assertThat(fx.engine.plan(integration).render(PlanFormat.JSON)).contains("\"offline\": false");
    }

    @Test
    void applyRefusesAnOfflinePlanAndWritesNothing() {
        ChangePlan plan = fx.engine.planOffline(integration);

        assertThatThrownBy(() -> fx.engine.apply(plan, ApplyListener.NONE))
                .isInstanceOf(StalePlanException.class).hasMessageContaining("made offline");
        assertThat(fx.platform.writeLog).isEmpty();
        assertThat(fx.store.entries("")).isEmpty();
    }
}
