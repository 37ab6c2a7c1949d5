package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.testkit.VendorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole lifecycle once, under each simulator profile. */
@org.junit.jupiter.api.Order(0)
@ParameterizedClass
@EnumSource(VendorProfile.class)
class HappyPathTest {

    /** The simulators' profile of this run of the class. */
    @Parameter
    VendorProfile profile;


    private static Vendors vendors;

    @BeforeParameterizedClassInvocation
    static void start(VendorProfile profile) {
        vendors = new Vendors(1, profile);
    }

    @AfterParameterizedClassInvocation
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
        assertThat(report.readyForTestCall()).as(report.toString()).isTrue();
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(vendors.numbersFor(Vendors.did(0))).isEqualTo(1);
        assertThat(vendors.actions()).hasSize(2);
        assertThat(vendors.attachmentsOf(0)).isEqualTo(2);

        lifecycle.destroy();
        assertThat(vendors.numbers()).isEmpty();
        assertThat(vendors.actions()).isEmpty();
        assertThat(lifecycle.failures).isEmpty();
    }
}
