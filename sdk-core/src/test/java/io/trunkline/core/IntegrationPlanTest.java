package io.trunkline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.ValidationReport;
import io.trunkline.core.exception.PlanValidationException;
import io.trunkline.core.model.SipNumber;
import org.junit.jupiter.api.Test;

class IntegrationPlanTest {

    @Test
    void guideHappyPathWithIpAllowlistHasOnlyThePhoneNumberTransferCaveat() {
        ValidationReport report = GuidePlans.ipAllowlist().build().validate();

        assertThat(report.diagnostics()).extracting(d -> d.code() + "@" + d.subject())
                .containsExactly("TRANSFER_TEL_OVER_CUSTOM_TRUNK@transferTargets[0]");
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void guideHappyPathWithCredentialsAndBusinessHoursHasOnlyThePhoneNumberTransferCaveats() {
        ValidationReport report = GuidePlans.credentialsAfterHours().build().validate();

        assertThat(report.diagnostics()).extracting(d -> d.code() + "@" + d.subject()).containsExactly(
                "TRANSFER_TEL_OVER_CUSTOM_TRUNK@transferTargets[0]", "TRANSFER_TEL_OVER_CUSTOM_TRUNK@transferTargets[1]");
    }

    @Test
    void sipNumberInheritsThePlansDidWhenUnset() {
        IntegrationPlan plan = GuidePlans.ipAllowlist().build();

        assertThat(plan.sipNumber().orElseThrow().did()).isEqualTo(GuidePlans.DID);
        assertThat(plan.phoneNumber().e164()).isEqualTo("+33123456789");
    }

    @Test
    void reportsEveryViolationAtOnce() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .did("01 23 45 67 89")
                .sipNumber(SipNumber.builder().did("+33123456780").build())
                .assistant(null)
                .build();

        ValidationReport report = plan.validate();

        assertThat(report.errors()).extracting(d -> d.code() + "@" + d.subject()).contains(
                "DID_FORMAT@did", "TERMINATION_URI_MISSING@sipNumber.terminationUri", "ASSISTANT_MISSING@assistant");
    }

    @Test
    void anInvalidDidInheritedByTheSipNumberIsReportedOnceOnDid() {
        IntegrationPlan plan = GuidePlans.ipAllowlist().did("01 23 45 67 89").build();

        assertThat(plan.validate().errors()).extracting(d -> d.code() + "@" + d.subject())
                .containsExactly("DID_FORMAT@did");
    }

    @Test
    void orThrowListsEveryErrorInTheMessage() {
        IntegrationPlan plan = GuidePlans.ipAllowlist().did((String) null).assistant(null).build();

        assertThatThrownBy(() -> plan.validate().orThrow())
                .isInstanceOf(PlanValidationException.class)
                .hasMessageContaining(DiagnosticCode.DID_MISSING.name())
                .hasMessageContaining(DiagnosticCode.ASSISTANT_MISSING.name());
    }

    @Test
    void toStringNeverShowsTheSipPassword() {
        IntegrationPlan plan = GuidePlans.credentialsAfterHours().build();

        assertThat(plan.toString()).doesNotContain(GuidePlans.SIP_PASSWORD);
        assertThat(plan.sipNumber().orElseThrow().toString()).doesNotContain(GuidePlans.SIP_PASSWORD);
        assertThat(plan.validate().toString()).doesNotContain(GuidePlans.SIP_PASSWORD);
    }
}
