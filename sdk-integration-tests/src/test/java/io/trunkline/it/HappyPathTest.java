package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Order(0)
class HappyPathTest {

    private static Vendors vendors;

    @BeforeAll
    static void start() {
        vendors = new Vendors(1);
    }

    @AfterAll
    static void stop() {
        vendors.close();
    }

    @Test
    void convergesVerifiesAndDestroysTheGuideIntegrationWithoutLeavingAnythingBehind() {
        IntegrationPlan integration = Plans.integration(0);
        Lifecycle lifecycle = new Lifecycle(Sdk.against(vendors).build().engine, integration, 1);

        ApplyResult applied = lifecycle.converge();
        assertThat(applied.complete()).as(applied.toString()).isTrue();
        ChangePlan replan = lifecycle.plan();
        assertThat(replan.hasChanges()).as(replan.render(io.trunkline.core.lifecycle.PlanFormat.TEXT)).isFalse();
        VerificationReport report = lifecycle.verify();
        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(vendors.numbersFor(Vendors.did(0))).isEqualTo(1);
        assertThat(vendors.actions()).hasSize(2);
        assertThat(vendors.attachmentsOf(0)).isEqualTo(2);

        lifecycle.destroy();
        assertThat(vendors.numbers()).isEmpty();
        assertThat(vendors.actions()).isEmpty();
        assertThat(lifecycle.failures).isEmpty();
    }
}
