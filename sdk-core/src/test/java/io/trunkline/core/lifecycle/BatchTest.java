package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.PlanValidationException;
import io.trunkline.core.model.SipNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BatchTest {

    private final EngineFixture fx = new EngineFixture();

    private IntegrationPlan planFor(String did) {
        return planFor(did, GuidePlans.ASSISTANT_ID);
    }

    private IntegrationPlan planFor(String did, String assistantId) {
        fx.platform.withAssistant(assistantId, true);
        return GuidePlans.ipAllowlist().did(did)
                .assistant(io.trunkline.core.model.AssistantRef.of(assistantId, "2.0"))
                .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com").build())
                .transferTargets(List.of()).build();
    }

    /** @return {@code count} integrations, each with its own line and assistant */
    private List<IntegrationPlan> integrationsOnTheirOwnLines(int count) {
        List<IntegrationPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String did = "+3312345670" + i;
            fx.contactCenter.line(2000 + i, did, true);
            plans.add(planFor(did, "assistant-" + i));
        }
        return plans;
    }

    @Test
    void oneFailureDoesNotStopTheOthers() {
        List<IntegrationPlan> plans = integrationsOnTheirOwnLines(6);
        plans.add(2, planFor("not a number"));

        BatchResult result = fx.engine.applyAll(plans, 3, ApplyListener.NONE, step -> true);

        assertThat(result.items()).hasSize(7);
        assertThat(result.count(BatchResult.Item.Status.CONVERGED)).isEqualTo(6);
        assertThat(result.items().get(2).status()).isEqualTo(BatchResult.Item.Status.FAILED);
        assertThat(result.items().get(2).failure()).get().isInstanceOf(PlanValidationException.class);
        assertThat(fx.platform.numbers).hasSize(6);
    }

    @Test
    void aBatchReadsTheContactCenterThroughOneSnapshotAndEachConvergeThroughItsOwn() {
        List<IntegrationPlan> plans = integrationsOnTheirOwnLines(4);

        fx.engine.applyAll(plans, 2, ApplyListener.NONE, step -> true);
        assertThat(fx.contactCenter.snapshots).as("one for the whole batch").hasValue(1);

        fx.engine.converge(plans.get(0), ApplyListener.NONE, step -> true);
        fx.engine.converge(plans.get(1), ApplyListener.NONE, step -> true);
        assertThat(fx.contactCenter.snapshots).as("then one per converge").hasValue(3);
    }

    @Test
    void twoConcurrentConvergesOfTheSameIntegrationEndWithOneSetOfResources() throws Exception {
        IntegrationPlan integration = EngineFixture.plan();
        IntegrationEngine second = fx.engine(); // a second SDK instance over the same vendors and state
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<ApplyResult> a = pool.submit(() -> {
                start.await();
                return fx.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
            });
            Future<ApplyResult> b = pool.submit(() -> {
                start.await();
                return second.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
            });
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(fx.platform.numbers).hasSize(1);
        assertThat(fx.platform.actions).hasSize(2);
        assertThat(fx.platform.writes()).isEqualTo(6);
    }

    @Test
    void twoIntegrationsCannotShareAnAssistantInOneBatch() {
        fx.contactCenter.line(2000, "+33123456700", true).line(2001, "+33123456701", true);

        BatchResult result = fx.engine.applyAll(List.of(planFor("+33123456700"), planFor("+33123456701")), 2,
                ApplyListener.NONE, step -> true);

        assertThat(result.items()).extracting(BatchResult.Item::status)
                .containsExactly(BatchResult.Item.Status.CONVERGED, BatchResult.Item.Status.FAILED);
        assertThat(result.items().get(1).failure()).get().extracting(Throwable::getMessage).asString()
                .contains("already the inbound assistant of +33123456700");
        assertThat(fx.platform.numbers).hasSize(1);
    }

    @Test
    void concurrencyMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> fx.engine.applyAll(List.of(), 0, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
